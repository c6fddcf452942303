// An event as the columns both databases store: the fields filters use, copied out of the
// codebook JSON into indexed columns, plus the full JSON. Both stores write the same values.
import type { Event } from '../codebook/schema.js';
import { admin1FilterKey, placeKey } from './name-keys.js';

/** events(...) are streamed in (date, id) order; undated events sort last, in both databases */
export const UNDATED = '9999-12-31';

export const EVENT_COLUMNS = [
  'id',
  'extraction_id',
  'report_id',
  'current',
  'type',
  'subtype',
  'date',
  'date_end',
  'sort_date',
  'last_date',
  'multi_day',
  'actor1',
  'actor2',
  'actor1_side',
  'actor2_side',
  'admin1',
  'admin1_key',
  'place_name',
  'place_name_ar',
  'place_key',
  'place_ar_key',
  'lat',
  'lon',
  'fatalities',
  'data',
  // Added by 004_review: the casualty sums of eventStats read columns, not JSON
  'civilians',
  'children',
  'women',
] as const;

/**
 * The column values of one event, in EVENT_COLUMNS order. `id` and `current` are passed in the
 * database's own representation (SQLite: null id → rowid, 0/1; PostgreSQL: allocated id, boolean).
 */
export function eventRow(
  id: number | null,
  extractionId: number,
  reportId: number,
  current: unknown,
  ev: Event,
  sides: ReadonlyMap<string, string>,
): unknown[] {
  const loc = ev.location;
  return [
    id,
    extractionId,
    reportId,
    current,
    ev.type,
    ev.subtype,
    ev.date,
    ev.date_end,
    ev.date ?? UNDATED,
    ev.date_end ?? ev.date,
    ev.date && ev.date_end && ev.date_end > ev.date ? 1 : 0,
    ev.actor1,
    ev.actor2,
    ev.actor1 ? (sides.get(ev.actor1) ?? null) : null,
    ev.actor2 ? (sides.get(ev.actor2) ?? null) : null,
    loc.admin1,
    loc.admin1 ? admin1FilterKey(loc.admin1) : null,
    loc.name,
    loc.name_ar,
    loc.name ? placeKey(loc.name) : null,
    loc.name_ar ? placeKey(loc.name_ar) : null,
    loc.lat,
    loc.lon,
    ev.fatalities.total,
    JSON.stringify(ev),
    ev.fatalities.civilians ?? null,
    ev.fatalities.children ?? null,
    ev.fatalities.women ?? null,
  ];
}

/** Every actor of an event (actor1, actor2 and their associates), once: the `actor` filter's table. */
export function eventActors(ev: Event): string[] {
  const all = [ev.actor1, ev.actor2, ...ev.assoc_actors1, ...ev.assoc_actors2];
  return [...new Set(all.filter((a): a is string => !!a))];
}
