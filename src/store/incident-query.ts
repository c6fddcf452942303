// The WHERE clause of the API's incident query (table alias `i`), written once for both
// databases: the `incidents` filter, then event filters (an incident matches when one of its
// events does, reusing the events' WHERE), then the link module's grade, read from the JSON by
// the database's own expression.
import { checkCount, checkDate, eventWhere, type TextMatch } from './event-where.js';
import { incidentWhere } from './incident-where.js';
import type { SqlParams } from './sql-params.js';
import type { EventFilter, IncidentQuery } from './types.js';

/** the day before UNDATED: an open `to` that keeps undated incidents out */
const LAST_DAY = '9999-12-30';

export interface IncidentDialect {
  readonly textMatch: TextMatch;
  /** SQL giving the incident's grade from `i.data` */
  readonly gradeOf: string;
  /** a column the planner must not use an index for (SQLite: `+col`), so that it picks the other one */
  readonly noIndex: (column: string) => string;
}

export function incidentQueryWhere(q: IncidentQuery, p: SqlParams, d: IncidentDialect): string {
  checkCount('limit', q.limit);
  checkCount('offset', q.offset);
  const { from, to, ...rest } = q;
  const c = [incidentWhere({ place: rest.place, minSources: rest.minSources }, p)];
  checkDate('from', from);
  checkDate('to', to);
  // overlap of [date, date_end] with [from, to], written for the indexes (as eventWhere does):
  // incidents starting in the range, or spanning days (few: index incidents_span) and starting
  // before it and ending in it
  if (from !== undefined) {
    const last = to ?? LAST_DAY;
    c.push(
      `((i.sort_date >= ${p.add(from)} AND i.sort_date <= ${p.add(last)}) OR (i.date_end > i.date AND i.date_end >= ${p.add(from)} AND ${d.noIndex('i.sort_date')} < ${p.add(from)}))`,
    );
  } else if (to !== undefined) c.push(`i.sort_date <= ${p.add(to)} AND i.date IS NOT NULL`);
  const ev: Record<string, string> = {};
  for (const k of ['type', 'subtype', 'side', 'admin1', 'text'] as const) {
    const v = q[k];
    if (v !== undefined) ev[k] = v;
  }
  if (Object.keys(ev).length > 0)
    c.push(`i.id IN (SELECT e.incident_id FROM events e WHERE ${eventWhere(ev as EventFilter, p, d.textMatch)})`);
  if (q.grade !== undefined) c.push(`${d.gradeOf} = ${p.add(q.grade)}`);
  return c.join(' AND ');
}
