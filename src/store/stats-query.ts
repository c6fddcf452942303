// The SQL of `eventStats`, written once for both databases: only the week's Monday differs per
// database and is passed in. Sums read the event columns, which a correction rewrites.
import { eventWhere, type TextMatch } from './event-where.js';
import type { SqlParams } from './sql-params.js';
import type { EventFilter, StatsBy, StatsRow } from './types.js';

export interface StatsDialect {
  /** the Monday (YYYY-MM-DD) of the week of `e.date` */
  readonly weekOf: string;
  readonly textMatch: TextMatch;
}

export function statsSql(by: StatsBy, filter: EventFilter, p: SqlParams, d: StatsDialect): string {
  const key = { day: 'e.date', week: d.weekOf, governorate: 'e.admin1', side: 'e.actor1_side' }[by];
  const f: EventFilter = { ...filter, limit: undefined, offset: undefined };
  const civ = 'e.civilians';
  return `SELECT ${key} AS key, COUNT(*) AS events,
      COALESCE(SUM(e.fatalities), 0) AS fatalities,
      COALESCE(SUM(${civ}), 0) AS civilians,
      COALESCE(SUM(e.children), 0) AS children,
      COALESCE(SUM(e.women), 0) AS women,
      COALESCE(SUM(CASE WHEN e.fatalities IS NOT NULL AND ${civ} IS NOT NULL AND e.fatalities > ${civ} THEN e.fatalities - ${civ} ELSE 0 END), 0) AS fighters
    FROM events e
    WHERE ${eventWhere(f, p, d.textMatch)}
    GROUP BY 1 ORDER BY ${key} IS NULL, ${key}`;
}

export function toStatsRow(r: Record<string, unknown>): StatsRow {
  const n = (v: unknown): number => Number(v ?? 0);
  return {
    key: (r.key as string | null) ?? null,
    events: n(r.events),
    fatalities: n(r.fatalities),
    civilians: n(r.civilians),
    children: n(r.children),
    women: n(r.women),
    fighters: n(r.fighters),
  };
}
