// An event as one flat object of scalars (GIS tools read flat properties best): lists are
// joined with "; ", the location and casualty objects spread into prefixed keys.
import type { ExportRow } from './types.js';

export type FlatValue = string | number | boolean | null;

export function flatEvent(row: ExportRow): Record<string, FlatValue> {
  const e = row.event;
  const l = e.location;
  return {
    event_id: row.eventId,
    report_id: row.report.id,
    incident_id: row.incidentId ?? null,
    type: e.type,
    subtype: e.subtype,
    date: e.date,
    date_end: e.date_end,
    date_precision: e.date_precision,
    actor1: e.actor1,
    assoc_actors1: e.assoc_actors1.join('; '),
    actor2: e.actor2,
    assoc_actors2: e.assoc_actors2.join('; '),
    location: l.name,
    location_ar: l.name_ar,
    admin1: l.admin1,
    admin2: l.admin2 ?? null,
    admin3: l.admin3 ?? null,
    country: l.country ?? null,
    geo_precision: l.geo_precision,
    gazetteer_id: l.gazetteer_id,
    fatalities: e.fatalities.total,
    fatalities_civilians: e.fatalities.civilians ?? null,
    fatalities_women: e.fatalities.women ?? null,
    fatalities_children: e.fatalities.children ?? null,
    fatalities_approx: e.fatalities.approx ?? false,
    injuries: e.injuries.total,
    casualties_total: e.casualties_total,
    weapons: e.weapons.join('; '),
    confidence: e.confidence,
    source: row.sources && row.sources.length > 0 ? row.sources.join('; ') : row.report.source,
    url: row.report.url,
    published: row.report.published,
  };
}
