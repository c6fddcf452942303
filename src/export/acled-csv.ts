// ACLED's CSV layout: its 31 columns in its order, its labels for types and sub-types, its
// interaction codes, and notes written in English with the Arabic evidence after " | ".
import { acledEventType, acledSubType, disorderType } from './acled-labels.js';
import { countryOf } from './countries.js';
import { csvRecord, type CsvValue } from './csv.js';
import { eventNumber } from './event-number.js';
import { acledNotes } from './notes.js';
import { outlets, resolve, type Rows } from './rows.js';
import { sourceScale } from './source-scale.js';
import type { ExportOptions, ExportRow } from './types.js';

export const ACLED_COLUMNS = [
  'event_id_cnty',
  'event_date',
  'year',
  'time_precision',
  'disorder_type',
  'event_type',
  'sub_event_type',
  'actor1',
  'assoc_actor_1',
  'inter1',
  'actor2',
  'assoc_actor_2',
  'inter2',
  'interaction',
  'civilian_targeting',
  'iso',
  'region',
  'country',
  'admin1',
  'admin2',
  'admin3',
  'location',
  'latitude',
  'longitude',
  'geo_precision',
  'source',
  'source_scale',
  'notes',
  'fatalities',
  'tags',
  'timestamp',
] as const;

/**
 * ACLED's interaction: the two actors' inter codes, the smaller first (1 and 2 → 12; 7 and
 * 2 → 27); an actor alone gives its code then 0 (a peaceful protest: 60). Empty when an
 * actor's code is unknown.
 */
export function interaction(inter1: number | null, inter2: number | null): number | null {
  if (inter1 === null) return null;
  if (inter2 === null) return inter1 * 10;
  return Math.min(inter1, inter2) * 10 + Math.max(inter1, inter2);
}

/** Tags ACLED-style: who was among the dead, when the report says. */
function tags(row: ExportRow): string {
  const f = row.event.fatalities;
  const women = (f.women ?? 0) > 0;
  const children = (f.children ?? 0) > 0;
  if (women && children) return 'women and children among fatalities';
  if (women) return 'women among fatalities';
  if (children) return 'children among fatalities';
  return '';
}

export function acledRecord(row: ExportRow, opts: ExportOptions = {}): CsvValue[] {
  const { lookupActor, sourceScale: scaleOf, now } = resolve(opts);
  const e = row.event;
  const l = e.location;
  const country = countryOf(l.country);
  const a1 = e.actor1 === null ? undefined : lookupActor(e.actor1);
  const a2 = e.actor2 === null ? undefined : lookupActor(e.actor2);
  const inter1 = a1?.inter ?? null;
  // ACLED writes inter2 = 0 when there is no actor2; an actor it cannot place stays empty
  const inter2 = e.actor2 === null ? 0 : (a2?.inter ?? null);
  const sources = outlets(row);
  return [
    `${country?.iso3 ?? 'XXX'}${eventNumber(row.eventId)}`,
    e.date,
    e.date?.slice(0, 4),
    e.date_precision,
    disorderType(e.type, e.subtype),
    acledEventType(e.type),
    acledSubType(e.subtype),
    e.actor1,
    e.assoc_actors1.join('; '),
    inter1,
    e.actor2,
    e.assoc_actors2.join('; '),
    inter2,
    inter2 === null ? null : interaction(inter1, inter2 === 0 ? null : inter2),
    a2?.side === 'civilians' || a2?.inter === 7 ? 'Civilian targeting' : '',
    country?.iso,
    country?.acledRegion,
    country?.name,
    l.admin1,
    l.admin2,
    l.admin3,
    l.name,
    l.lat,
    l.lon,
    l.geo_precision,
    sources.join('; '),
    sourceScale(sources, scaleOf),
    acledNotes(row, lookupActor),
    e.fatalities.total ?? 0,
    tags(row),
    Math.floor(now.getTime() / 1000),
  ];
}

export async function* acledCsv(rows: Rows, opts: ExportOptions = {}): AsyncGenerator<string> {
  const resolved = resolve(opts); // one export, one timestamp
  yield csvRecord(ACLED_COLUMNS);
  for await (const row of rows) yield csvRecord(acledRecord(row, resolved));
}
