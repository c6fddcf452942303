// A correction changes the indexed columns of its event (so that filters see the corrected
// values) while events.data keeps the machine's JSON: the columns and values to update, from
// the same eventRow both stores insert with.
import type { Event } from '../codebook/schema.js';
import { EVENT_COLUMNS, eventActors, eventRow } from './event-row.js';

const FIXED = new Set(['id', 'extraction_id', 'report_id', 'current', 'data']);

/** the columns a correction rewrites, in order */
export const CORRECTED_COLUMNS = EVENT_COLUMNS.filter((c) => !FIXED.has(c));

export function correctedValues(ev: Event, sides: ReadonlyMap<string, string>): unknown[] {
  const row = eventRow(null, 0, 0, null, ev, sides);
  return EVENT_COLUMNS.flatMap((c, i) => (FIXED.has(c) ? [] : [row[i]]));
}

export { eventActors };
