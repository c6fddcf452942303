// Event queries on SQLite, planned here rather than by SQLite: its planner ignores LIMIT, so it
// either sorted a huge match set for 100 rows or walked the date order past a million rows for a
// rare filter (p95 0.5 s at 1 M events). A table row costs ~40 times an index entry, so the
// search indexes (005_search_indexes) are in (sort_date, id) order per filter column and carry
// every filter column: matching ids are found without reading rows, which are read for the page
// only. Each way in is counted first, up to CAP; the cheapest wins, an ordered index winning ties
// (it stops after `limit` matches). When all are larger, the ordered one's first entries are
// tried for the page; if short, the large ones are counted further (BIG). Counts are cached until
// a write.
// The conditions are those of ../event-where.ts (the contract suite checks both).
import type Database from 'better-sqlite3';
import { UNDATED } from '../event-row.js';
import { checkEventFilter } from '../event-where.js';
import { admin1FilterKey, placeKey } from '../name-keys.js';
import { searchTerms } from '../search-text.js';
import type { EventFilter } from '../types.js';
import { FILTERS } from './migrations.js';
import { ftsQuery } from './search.js';

const CAP = 20_000;
/** entries of an ordered way tried first when every way has over CAP rows */
export const PREFIX = 20_000;
/** when every way in has over CAP rows: counted again up to this */
export const BIG = 400_000;
/** the columns of a search index, as a sample reads them */
const INDEXED = ['id', 'current', 'sort_date', ...FILTERS].map((c) => `e.${c} AS ${c}`).join(', ');
/** a table row costs ~40 search-index entries (measured at 1 M events) */
const LOOKUP = 40;
/** the day before UNDATED: an open `to` that keeps undated events out */
const LAST_DAY = '9999-12-30';

/** One way in: SQL giving (id, sort_date) of the matches from `conds`, and a capped count. */
interface Path {
  readonly ids: (conds: string) => string;
  /** its ids come in (sort_date, id) order */
  readonly ordered: boolean;
  /** cost of one of its rows: 1 for a search index entry, LOOKUP for a table row */
  readonly weight: number;
  /** SQL of its first `cap` rows, selecting `cols` (of a search index; default 1) */
  readonly probe: (cap: number, cols?: string) => string;
  /** its row count when known without counting */
  readonly size?: number;
}

/** A date range is two parts: events starting in it, and (spans) those starting before and ending in it. */
export type Part = 'starts' | 'spans';

export interface PlannedQuery {
  /** SELECT e.id, e.sort_date … of the matches, unordered */
  readonly ids: string;
  /** the matches among the first PREFIX entries of `ids`, an ordered way in whose matches may be rare */
  readonly prefix?: string;
  /** the ids SQL when the prefix says matches are rare (counts further) */
  readonly fallback?: () => string;
  readonly params: Record<string, unknown>;
  /** true when a filter matches nothing: no query needed */
  readonly empty: boolean;
}

const select = (from: string, where: string): string => `SELECT e.id, e.sort_date FROM events e ${from} WHERE ${where}`;

function paths(
  db: Database.Database,
  f: EventFilter,
  part: Part,
  params: Record<string, unknown>,
  cache: ProbeCache,
): { conds: string[]; paths: Path[] } {
  const add = (name: string, v: unknown): string => {
    params[name] = v;
    return `@${name}`;
  };
  const conds = ['e.current = 1'];
  const late: string[] = [];
  const out: Path[] = [];
  let range = '';
  if (f.from !== undefined) {
    const from = add('from', f.from);
    const to = add('to', f.to ?? LAST_DAY);
    if (part === 'starts') range = ` AND e.sort_date >= ${from} AND e.sort_date <= ${to}`;
    else {
      range = ` AND e.sort_date < ${from}`;
      const spans = `e.multi_day = 1 AND e.last_date >= ${from} AND e.sort_date <= ${to}`;
      conds.push(spans);
      const idx = 'INDEXED BY events_multi_day';
      const probe = (cap: number, cols = '1'): string => `SELECT ${cols} FROM events e ${idx} WHERE e.current = 1 AND ${spans}${range} LIMIT ${cap}`;
      out.push({ ids: (c) => select(idx, c), ordered: false, weight: 1, probe });
    }
  } else if (f.to !== undefined) {
    range = ` AND e.sort_date <= ${add('to', f.to)}`;
    conds.push(`e.sort_date < '${UNDATED}'`); // date IS NOT NULL, read from the index
  }
  if (range) conds.push(range.slice(5));
  const inOrder = (index: string, c: string): void => {
    const idx = `INDEXED BY ${index}`;
    const probe = (cap: number, cols = '1'): string => `SELECT ${cols} FROM events e ${idx} WHERE ${c} AND e.current = 1${range} LIMIT ${cap}`;
    out.push({ ids: (cs) => select(idx, cs), ordered: true, weight: 1, probe });
  };
  const eq = (index: string, column: string, v: unknown): void => {
    const c = `e.${column} = ${add(column, v)}`;
    conds.push(c);
    inOrder(index, c);
  };
  if (f.type !== undefined) eq('events_type', 'type', f.type);
  if (f.subtype !== undefined) eq('events_subtype', 'subtype', f.subtype);
  if (f.admin1 !== undefined) eq('events_admin1', 'admin1_key', admin1FilterKey(f.admin1));
  // a value in either of two columns: both indexes, merged
  const either = (name: string, cols: [string, string], idx: [string, string], v: string): void => {
    const p = add(name, v);
    conds.push(`(e.${cols[0]} = ${p} OR e.${cols[1]} = ${p})`);
    const one = (k: 0 | 1, c: string): string => select(`INDEXED BY ${idx[k]}`, `e.${cols[k]} = ${p} AND ${c}`);
    const probe = (cap: number): string =>
      [0, 1].map((k) => `SELECT * FROM (${one(k as 0 | 1, `e.current = 1${range}`)} LIMIT ${cap})`).join(' UNION ALL ');
    out.push({ ids: (c) => `${one(0, c)} UNION ${one(1, c)}`, ordered: false, weight: 1, probe });
  };
  if (f.place !== undefined) either('place', ['place_key', 'place_ar_key'], ['events_place', 'events_place_ar'], placeKey(f.place));
  if (f.side !== undefined) either('side', ['actor1_side', 'actor2_side'], ['events_side1', 'events_side2'], f.side);
  const byReport = (c: string): void => {
    conds.push(c);
    inOrder('events_report', c);
    // one report's events are few: unordered
    out[out.length - 1] = { ...out[out.length - 1]!, ordered: false };
  };
  if (f.source !== undefined) byReport(`e.report_id IN (SELECT r.id FROM reports r WHERE r.source = ${add('source', f.source)})`);
  if (f.text !== undefined)
    byReport(`e.report_id IN (SELECT rowid FROM report_fts WHERE report_fts MATCH ${add('text', ftsQuery(searchTerms(f.text)))})`);
  // ways in through table rows: the actor's events, an incident
  if (f.actor !== undefined) {
    const a = add('actor', f.actor);
    const list = `SELECT a.event_id FROM event_actors a WHERE a.actor = ${a}`;
    // a very long list costs more to build than a look-up per candidate (checked last)
    const n = count(db, `SELECT COUNT(*) AS n FROM (${list} LIMIT ${BIG / 4})`, params, cache);
    late.push(
      n < BIG / 4
        ? `e.id IN (${list})`
        : `EXISTS (SELECT 1 FROM event_actors a WHERE a.actor = ${a} AND a.sort_date = e.sort_date AND a.event_id = e.id)`,
    );
    // the actor's events in date order, each read from the table
    const where = `WHERE a.actor = ${a}${range.replaceAll('e.sort_date', 'a.sort_date')}`;
    const joined = `FROM event_actors a CROSS JOIN events e ON e.id = a.event_id ${where}`;
    out.push({
      ids: (c) => `SELECT a.event_id AS id, a.sort_date AS sort_date ${joined} AND ${c}`,
      ordered: true,
      weight: LOOKUP,
      probe: (cap, cols) => (cols ? `SELECT ${cols} ${joined}` : `SELECT 1 FROM event_actors a ${where}`) + ` LIMIT ${cap}`,
    });
  }
  // a minimum toll is checked in the search indexes, never a way in: most tolls match often
  if (f.minFatalities !== undefined) conds.push(`e.fatalities >= ${add('fatalities', f.minFatalities)}`);
  if (f.incidentId !== undefined) {
    conds.push(`e.incident_id = ${add('incident', f.incidentId)}`);
    const idx = 'INDEXED BY events_incident';
    out.push({ ids: (c) => select(idx, c), ordered: false, weight: LOOKUP, probe: (cap) => `SELECT 1 FROM events e ${idx} LIMIT ${cap}`, size: 1 });
  }
  // the date order last: of equal estimates, an index on a filter column scans fewer rows
  const all = (cap: number, cols = '1'): string => `SELECT ${cols} FROM events e INDEXED BY events_order WHERE e.current = 1${range} LIMIT ${cap}`;
  out.push({ ids: (c) => select('INDEXED BY events_order', c), ordered: true, weight: 1, probe: all, size: range ? undefined : Infinity });
  return { conds: [...conds, ...late], paths: out };
}

/**
 * Counts of probes, kept until the store writes (the store clears it). Only guides the plan:
 * a count is never trusted to mean "no match" (another process may have written since).
 */
export type ProbeCache = Map<string, number>;

function count(db: Database.Database, sql: string, params: Record<string, unknown>, cache: ProbeCache): number {
  const used = (sql.match(/@\w+/g) ?? []).map((k) => params[k.slice(1)]);
  const key = `${sql}\u0000${JSON.stringify(used)}`;
  const hit = cache.get(key);
  if (hit !== undefined) return hit;
  const n = (db.prepare(sql).get(params) as { n: number }).n;
  if (cache.size >= 20_000) cache.clear();
  if (n > 0) cache.set(key, n);
  return n;
}

/** the rows of a path, counted up to `cap` */
function estimate(db: Database.Database, path: Path, params: Record<string, unknown>, cap: number, cache: ProbeCache): number {
  if (path.size !== undefined) return Math.min(cap, path.size);
  return count(db, `SELECT COUNT(*) AS n FROM (${path.probe(cap)})`, params, cache);
}

/** The matches of one dates part, through the cheapest way in (sorted: their order is wanted). */
export function planEvents(db: Database.Database, f: EventFilter, part: Part, sorted: boolean, cache: ProbeCache = new Map()): PlannedQuery {
  checkEventFilter(f);
  const params: Record<string, unknown> = {};
  const { conds, paths: all } = paths(db, f, part, params, cache);
  const where = conds.join(' AND ');
  const capped = new Set<Path>();
  const rows = new Map<Path, number>();
  let best: { path: Path; cost: number } | null = null;
  const consider = (path: Path, limit: number): number => {
    // probe no further than the cost to beat
    const cap = Math.max(1, Math.ceil(Math.min(limit, best?.cost ?? limit) / path.weight));
    const n = estimate(db, path, params, cap, cache);
    rows.set(path, n);
    if (n >= cap) capped.add(path);
    else capped.delete(path);
    if (!best || n * path.weight < best.cost) best = { path, cost: n * path.weight };
    return n;
  };
  // ordered paths first (at equal cost they win: they stop after `limit` matches, unsorted)
  const order = [...all].sort((x, y) => Number(y.ordered) - Number(x.ordered));
  // every path's rows include the matches: none, no query
  for (const path of order) if (consider(path, CAP) === 0 && path.size === undefined) return { ids: '', params, empty: true };
  const first = best!.path;
  if (!capped.has(first) || f.incidentId !== undefined) return { ids: first.ids(where), params, empty: false };
  // all large: the ordered way's first entries may hold the page; else the smallest way,
  // the large ones counted further
  const prefix =
    sorted && first.ordered && f.limit !== undefined ? `SELECT id, sort_date FROM (${first.probe(Math.ceil(PREFIX / first.weight), INDEXED)}) AS e WHERE ${where}` : undefined;
  const fallback = (): string => {
    best = null;
    for (const path of order) {
      const cost = rows.get(path)! * path.weight;
      if (!capped.has(path) && (!best || cost < best.cost)) best = { path, cost };
    }
    // the whole date order last: it is larger than any count stopped at BIG
    for (const path of order) if (capped.has(path) && path.size === undefined) consider(path, BIG);
    return (best?.path ?? first).ids(where);
  };
  return prefix ? { ids: first.ids(where), prefix, fallback, params, empty: false } : { ids: fallback(), params, empty: false };
}
