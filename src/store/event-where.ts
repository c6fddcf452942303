// The WHERE clause of an event query, written once for both databases: every EventFilter field
// becomes a condition on the events table `e` (aliases fixed by the stores' queries). Only the
// full-text condition differs per database and is passed in.
import type { EventFilter } from './types.js';
import { SqlParams } from './sql-params.js';
import { admin1FilterKey, placeKey } from './name-keys.js';
import { searchTerms } from './search-text.js';
import { StoreError } from './store-error.js';

/** the day before UNDATED (./event-row.ts): an open `to` that keeps undated events out */
const LAST_DAY = '9999-12-30';

/** SQL matching report ids (`e.report_id`) against the query terms, for one database. */
export type TextMatch = (terms: string[][], params: SqlParams) => string;

const DATE = /^\d{4}-\d{2}-\d{2}$/;

export function checkDate(name: string, v: string | undefined): void {
  if (v !== undefined && !DATE.test(v))
    throw new StoreError('input', `expected ${name} as YYYY-MM-DD, found "${v}"`);
}

export function checkCount(name: string, v: number | undefined): void {
  if (v !== undefined && !(Number.isInteger(v) && v >= 0))
    throw new StoreError('input', `expected ${name} as a whole number ≥ 0, found ${String(v)}`);
}

/** Throws a StoreError naming the first malformed field (also limit and offset). */
export function checkEventFilter(f: EventFilter): void {
  checkDate('from', f.from);
  checkDate('to', f.to);
  for (const k of ['minFatalities', 'incidentId', 'limit', 'offset'] as const) checkCount(k, f[k]);
}

/** Conditions joined by AND, current extractions only. */
export function eventWhere(f: EventFilter, p: SqlParams, textMatch: TextMatch): string {
  checkEventFilter(f);
  const c: string[] = ['e.current = TRUE'];
  // Overlap of [date, date_end] with [from, to], written for the indexes: an event starting in the
  // range (sort_date, the streaming order's index), or a multi-day event starting before it and
  // ending in it (few: their own index). A single `last_date >= from` would scan every later event.
  if (f.from !== undefined) {
    const to = f.to ?? LAST_DAY;
    const starts = `e.sort_date >= ${p.add(f.from)} AND e.sort_date <= ${p.add(to)}`;
    const spans = `e.multi_day = 1 AND e.last_date >= ${p.add(f.from)} AND e.sort_date < ${p.add(f.from)} AND e.sort_date <= ${p.add(to)}`;
    c.push(`((${starts}) OR (${spans}))`);
  } else if (f.to !== undefined) {
    c.push(`e.sort_date <= ${p.add(f.to)} AND e.date IS NOT NULL`);
  }
  if (f.type !== undefined) c.push(`e.type = ${p.add(f.type)}`);
  if (f.subtype !== undefined) c.push(`e.subtype = ${p.add(f.subtype)}`);
  if (f.actor !== undefined)
    c.push(`e.id IN (SELECT a.event_id FROM event_actors a WHERE a.actor = ${p.add(f.actor)})`);
  if (f.side !== undefined) {
    const s = p.add(f.side);
    c.push(`(e.actor1_side = ${s} OR e.actor2_side = ${p.add(f.side)})`);
  }
  if (f.admin1 !== undefined) c.push(`e.admin1_key = ${p.add(admin1FilterKey(f.admin1))}`);
  if (f.place !== undefined) {
    const k = placeKey(f.place);
    c.push(`(e.place_key = ${p.add(k)} OR e.place_ar_key = ${p.add(k)})`);
  }
  if (f.minFatalities !== undefined) c.push(`e.fatalities >= ${p.add(f.minFatalities)}`);
  if (f.source !== undefined)
    c.push(`e.report_id IN (SELECT r.id FROM reports r WHERE r.source = ${p.add(f.source)})`);
  if (f.text !== undefined) c.push(textMatch(searchTerms(f.text), p));
  if (f.incidentId !== undefined) c.push(`e.incident_id = ${p.add(f.incidentId)}`);
  return c.join(' AND ');
}
