// The Store on a PostgreSQL database (node-postgres). The driver is imported here and in this
// folder only: everything outside src/store/sqlite and src/store/postgres is dialect-agnostic
// (lint will enforce it). Writes are batched into multi-row statements, one transaction a batch.
import pg from 'pg';
import { actorSides } from '../actor-sides.js';
import { checkReport } from '../check-report.js';
import { EVENT_COLUMNS, eventActors, eventRow } from '../event-row.js';
import { checkEventFilter, eventWhere } from '../event-where.js';
import { planExtractions, type StoredExtraction } from '../extraction-plan.js';
import { keptIds, movedEvents } from '../incident-ids.js';
import { checkPartition, incidentKey, summariseIncident, type IncidentColumns, type IncidentMember } from '../incident-summary.js';
import { incidentWhere, type IncidentFilter } from '../incident-where.js';
import {
  EVENT_FROM,
  EVENT_SELECT,
  REPORT_COLUMNS,
  toStoredEvent,
  toStoredIncident,
  toStoredReport,
  type EventRow,
  type IncidentRow,
  type ReportRow,
} from '../rows.js';
import { searchBody } from '../search-text.js';
import { RELINKED } from '../stale-reviews.js';
import { SqlParams } from '../sql-params.js';
import { StoreError } from '../store-error.js';
import type { Event, Tally } from '../../codebook/schema.js';
import type {
  AccountChangeBy,
  AuditEntry,
  AuditFilter,
  CorrectedEvent,
  EventFilter,
  Extraction,
  IncidentGroup,
  IncidentQuery,
  NewAuditEntry,
  NewReport,
  NewUser,
  Role,
  PutReportsResult,
  ReviewedIncident,
  StatsBy,
  StatsRow,
  Store,
  StoredIncident,
  StoredReport,
  StoredTallies,
  StoredUser,
} from '../types.js';
import * as accounts from './accounts.js';
import { migrate, schemaVersion } from './migrations.js';
import * as review from './review.js';
import { clearStaleReviews } from './stale-reviews.js';
import { searchVector, textMatch } from './search.js';

/** rows per page when streaming, and per multi-row INSERT (well under the 65,535 parameters) */
const PAGE = 1000;

// bigint ids and counts as JS numbers (exact below 2^53), per pool: pg's global parsers stay untouched
const INT8 = 20;
const types = {
  getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
    oid === INT8
      ? (v: string) => Number(v)
      : pg.types.getTypeParser(oid, format)) as typeof pg.types.getTypeParser,
};

const INCIDENT_SELECT = `SELECT i.id, i.data, i.sort_date,
  COALESCE((SELECT json_agg(ie.event_id ORDER BY ie.event_id) FROM incident_events ie WHERE ie.incident_id = i.id), '[]'::json) AS event_ids
  FROM incidents i`;

export class PostgresStore implements Store {
  readonly kind = 'postgres' as const;
  private readonly pool: pg.Pool;

  constructor(url: string) {
    this.pool = new pg.Pool({ connectionString: url, max: 4, types });
    // an idle connection dropped by the server must not crash the process; the next query reports it
    this.pool.on('error', () => undefined);
  }

  private async tx<T>(fn: (c: pg.PoolClient) => Promise<T>): Promise<T> {
    const c = await this.pool.connect();
    try {
      await c.query('BEGIN');
      const out = await fn(c);
      await c.query('COMMIT');
      return out;
    } catch (e) {
      await c.query('ROLLBACK');
      throw e;
    } finally {
      c.release();
    }
  }

  async migrate(upTo?: number): Promise<void> {
    const c = await this.pool.connect();
    try {
      await migrate(c, upTo);
    } finally {
      c.release();
    }
  }

  async schemaVersion(): Promise<number> {
    const c = await this.pool.connect();
    try {
      return await schemaVersion(c);
    } finally {
      c.release();
    }
  }

  async close(): Promise<void> {
    await this.pool.end();
  }

  async putReports(batch: readonly NewReport[]): Promise<PutReportsResult> {
    const bodies = batch.map((r) => (typeof r.text === 'string' ? searchBody(r.text) : ''));
    return this.tx(async (c) => {
      batch.forEach(checkReport);
      // the first of each content hash in the batch is inserted; the others point to it
      const first = new Map<string, number>();
      batch.forEach((r, i) => {
        if (!first.has(r.contentHash)) first.set(r.contentHash, i);
      });
      const fresh = [...first.values()];
      const ids = await allocateIds(c, 'reports', fresh.length);
      const rows = fresh.map((i, k) => {
        const r = batch[i]!;
        return [
          ids[k],
          r.extId,
          r.source,
          r.url,
          r.published,
          r.title,
          r.text,
          r.contentHash,
          r.syndicationGroup,
          r.origin,
          bodies[i],
        ];
      });
      const cols = [
        'id',
        'ext_id',
        'source',
        'url',
        'published',
        'title',
        'text',
        'content_hash',
        'syndication_group',
        'origin',
        'search',
      ];
      const inserted = new Set<number>();
      for (let k = 0; k < rows.length; k += PAGE) {
        const p = new SqlParams('$');
        const values = rows
          .slice(k, k + PAGE)
          .map(
            (row) =>
              `(${row.map((v, j) => (j === row.length - 1 ? searchVector(p.add(v)) : p.add(v))).join(', ')}, now())`,
          );
        const res = await c.query<{ id: number }>(
          `INSERT INTO reports (${cols.join(', ')}, ingested_at) VALUES ${values.join(', ')} ON CONFLICT (content_hash) DO NOTHING RETURNING id`,
          p.values,
        );
        for (const r of res.rows) inserted.add(r.id);
      }
      const byHash = new Map<string, number>();
      for (const r of (
        await c.query<{ id: number; content_hash: string }>(
          'SELECT id, content_hash FROM reports WHERE content_hash = ANY($1)',
          [[...first.keys()]],
        )
      ).rows)
        byHash.set(r.content_hash, r.id);
      const groups = [...new Set(batch.map((r) => r.syndicationGroup))];
      const minOf = new Map<string, number>();
      for (const r of (
        await c.query<{ g: string; id: number }>(
          'SELECT syndication_group AS g, MIN(id) AS id FROM reports WHERE syndication_group = ANY($1) GROUP BY syndication_group',
          [groups],
        )
      ).rows)
        minOf.set(r.g, r.id);
      return {
        results: batch.map((r, i) => {
          const id = byHash.get(r.contentHash)!;
          if (first.get(r.contentHash) !== i || !inserted.has(id))
            return { id, isNew: false, duplicateOf: id };
          const min = minOf.get(r.syndicationGroup)!;
          return { id, isNew: true, duplicateOf: min < id ? min : null };
        }),
      };
    });
  }

  async getReport(id: number): Promise<StoredReport | null> {
    const r = await this.pool.query<ReportRow>(`SELECT ${REPORT_COLUMNS} FROM reports WHERE id = $1`, [id]);
    return r.rows[0] ? toStoredReport(r.rows[0]) : null;
  }

  async reportByHash(contentHash: string): Promise<StoredReport | null> {
    const r = await this.pool.query<ReportRow>(
      `SELECT ${REPORT_COLUMNS} FROM reports WHERE content_hash = $1`,
      [contentHash],
    );
    return r.rows[0] ? toStoredReport(r.rows[0]) : null;
  }

  async syndicated(group: string): Promise<StoredReport[]> {
    const r = await this.pool.query<ReportRow>(
      `SELECT ${REPORT_COLUMNS} FROM reports WHERE syndication_group = $1 ORDER BY id`,
      [group],
    );
    return r.rows.map(toStoredReport);
  }

  async putExtractions(batch: readonly Extraction[], opts: { replace?: boolean } = {}): Promise<void> {
    const sides = actorSides();
    await this.tx(async (c) => {
      const reportIds = [...new Set(batch.map((x) => x.reportId))];
      // locking the reports serialises concurrent writers of the same reports' extractions
      const found = await c.query<{ id: number }>(
        'SELECT id FROM reports WHERE id = ANY($1) ORDER BY id FOR UPDATE',
        [reportIds],
      );
      const known = new Set(found.rows.map((r) => r.id));
      const missing = reportIds.find((id) => !known.has(id));
      if (missing !== undefined)
        throw new StoreError(
          'input',
          `expected extractions of stored reports, found unknown report id ${missing}`,
        );
      const stored = await c.query<{
        id: number;
        report_id: number;
        extractor_version: string;
        digest: string;
        current: boolean;
      }>(
        'SELECT id, report_id, extractor_version, digest, current FROM extractions WHERE report_id = ANY($1)',
        [reportIds],
      );
      const plan = planExtractions(
        batch,
        stored.rows.map((r): StoredExtraction => ({
          id: r.id,
          reportId: r.report_id,
          extractorVersion: r.extractor_version,
          digest: r.digest,
          current: r.current,
        })),
        opts.replace === true,
      );
      // demote first: the unique index allows one current extraction per report at any moment
      for (const [ids, current] of [
        [plan.demote, false],
        [plan.promote, true],
      ] as const) {
        if (!ids.length) continue;
        await c.query('UPDATE extractions SET current = $2 WHERE id = ANY($1)', [ids, current]);
        await c.query('UPDATE events SET current = $2 WHERE extraction_id = ANY($1)', [ids, current]);
      }
      const xids = await allocateIds(c, 'extractions', plan.insert.length);
      await insertRows(
        c,
        'extractions',
        ['id', 'report_id', 'extractor_version', 'digest', 'current', 'created_at'],
        plan.insert.map((s, k) => [
          xids[k],
          s.extraction.reportId,
          s.extraction.extractorVersion,
          s.digest,
          s.current,
          new Date().toISOString(),
        ]),
      );
      await insertRows(
        c,
        'tallies',
        ['extraction_id', 'data'],
        plan.insert.map((s, k) => [xids[k], JSON.stringify(s.extraction.tallies)]),
      );
      const events = plan.insert.flatMap((s, k) =>
        s.extraction.events.map((ev) => ({
          ev,
          xid: xids[k]!,
          reportId: s.extraction.reportId,
          current: s.current,
        })),
      );
      const eids = await allocateIds(c, 'events', events.length);
      await insertRows(
        c,
        'events',
        EVENT_COLUMNS,
        events.map((e, k) => eventRow(eids[k]!, e.xid, e.reportId, e.current, e.ev, sides)),
      );
      await insertRows(
        c,
        'event_actors',
        ['event_id', 'actor'],
        events.flatMap((e, k) => eventActors(e.ev).map((a) => [eids[k], a])),
      );
    });
  }

  async *events(filter: EventFilter = {}): AsyncIterable<CorrectedEvent> {
    // keyset pagination on (sort_date, id): pages of PAGE rows, no server-side state between pages
    checkEventFilter(filter);
    let remaining = filter.limit ?? Infinity;
    let after: { date: string; id: number } | null = null;
    while (remaining > 0) {
      const p = new SqlParams('$');
      let where = eventWhere(filter, p, textMatch);
      if (after) where += ` AND (e.sort_date, e.id) > (${p.add(after.date)}, ${p.add(after.id)})`;
      const n = Math.min(PAGE, remaining);
      const skip: string = !after && filter.offset ? ` OFFSET ${p.add(filter.offset)}` : '';
      const res: pg.QueryResult<EventRow & { sort_date: string }> = await this.pool.query<
        EventRow & { sort_date: string }
      >(
        `SELECT ${EVENT_SELECT}, e.sort_date FROM ${EVENT_FROM} WHERE ${where} ORDER BY e.sort_date, e.id LIMIT ${p.add(n)}${skip}`,
        p.values,
      );
      for (const row of res.rows) yield toStoredEvent(row);
      const last: (EventRow & { sort_date: string }) | undefined = res.rows[res.rows.length - 1];
      if (!last || res.rows.length < n) return;
      remaining -= res.rows.length;
      after = { date: last.sort_date, id: last.id };
    }
  }

  async countEvents(filter: EventFilter = {}): Promise<number> {
    const p = new SqlParams('$');
    const where = eventWhere(filter, p, textMatch); // limit and offset are not conditions: ignored here
    const r = await this.pool.query<{ n: number }>(
      `SELECT COUNT(*) AS n FROM events e WHERE ${where}`,
      p.values,
    );
    return r.rows[0]!.n;
  }

  async eventsOfReport(reportId: number): Promise<CorrectedEvent[]> {
    const r = await this.pool.query<EventRow>(
      `SELECT ${EVENT_SELECT} FROM ${EVENT_FROM} WHERE e.report_id = $1 ORDER BY x.id, e.id`,
      [reportId],
    );
    return r.rows.map(toStoredEvent);
  }

  async talliesOfReport(reportId: number): Promise<StoredTallies[]> {
    const r = await this.pool.query<{ extractor_version: string; current: boolean; data: Tally[] }>(
      'SELECT x.extractor_version, x.current, t.data FROM extractions x JOIN tallies t ON t.extraction_id = x.id WHERE x.report_id = $1 ORDER BY x.id',
      [reportId],
    );
    return r.rows.map((x) => ({
      extractorVersion: x.extractor_version,
      current: x.current,
      tallies: x.data,
    }));
  }

  async putIncidents(
    incidents: readonly { readonly data: unknown; readonly eventIds: readonly number[] }[],
  ): Promise<void> {
    checkPartition(incidents);
    await this.tx(async (c) => {
      // one writer at a time: ids are matched against the table as it is
      await c.query('LOCK TABLE incidents IN EXCLUSIVE MODE');
      const all = [...new Set(incidents.flatMap((i) => i.eventIds))];
      const res = await c.query<IncidentMember>(
        'SELECT e.id, e.date, e.date_end, e.place_name, e.place_name_ar, r.syndication_group FROM events e JOIN reports r ON r.id = e.report_id WHERE e.id = ANY($1)',
        [all],
      );
      const members = new Map(res.rows.map((m) => [m.id, m]));
      const summaries = incidents.map((inc) => summariseIncident(inc.eventIds, members));
      const priorOf = new Map<number, number>();
      for (const r of (await c.query<{ incident_id: number; event_id: number }>('SELECT incident_id, event_id FROM incident_events')).rows)
        priorOf.set(r.event_id, r.incident_id);
      const kept = keptIds(incidents, priorOf);
      const stored = new Map<number, string>();
      for (const r of (
        await c.query<IncidentColumns & { id: number }>('SELECT id, data::text AS data, sources, date, date_end, sort_date, places::text AS places FROM incidents')
      ).rows)
        stored.set(r.id, incidentKey(r));
      const fresh = await allocateIds(c, 'incidents', kept.filter((k) => k === null).length);
      const rows = incidents.map((inc, k) => {
        const s = summaries[k]!;
        const cols: IncidentColumns = { data: JSON.stringify(inc.data ?? null), sources: s.sources, date: s.date, date_end: s.dateEnd, sort_date: s.sortDate, places: s.places };
        return { id: kept[k] ?? fresh.shift()!, isNew: kept[k] === null, cols };
      });
      const values = (r: (typeof rows)[number]): unknown[] => [r.id, r.cols.data, r.cols.sources, r.cols.date, r.cols.date_end, r.cols.sort_date, r.cols.places];
      const cols = ['id', 'data', 'sources', 'date', 'date_end', 'sort_date', 'places'];
      await insertRows(c, 'incidents', cols, rows.filter((r) => r.isNew).map(values));
      const changed = rows.filter((r) => !r.isNew && stored.get(r.id) !== incidentKey(r.cols));
      for (let k = 0; k < changed.length; k += PAGE) {
        const p = new SqlParams('$');
        const list = changed.slice(k, k + PAGE).map((r) => `(${values(r).map((v) => p.add(v)).join(', ')})`);
        await c.query(
          `UPDATE incidents i SET data = v.data::json, sources = v.sources::int, date = v.date, date_end = v.date_end, sort_date = v.sort_date, places = v.places::json
           FROM (VALUES ${list.join(', ')}) AS v (id, data, sources, date, date_end, sort_date, places) WHERE i.id = v.id::bigint`,
          p.values,
        );
      }
      const newOf = new Map<number, number>();
      incidents.forEach((inc, k) => inc.eventIds.forEach((e) => newOf.set(e, rows[k]!.id)));
      // events changing incident: out of the old one first (an event is in one incident at most)
      const moved = movedEvents(priorOf, newOf);
      const ids = [...moved.keys()];
      await c.query('DELETE FROM incident_events WHERE event_id = ANY($1)', [ids]);
      const links = [...moved].filter((m): m is [number, number] => m[1] !== null).map(([e, i]) => [i, e]);
      await insertRows(c, 'incident_events', ['incident_id', 'event_id'], links);
      await c.query(
        'UPDATE events SET incident_id = v.iid FROM unnest($1::bigint[], $2::bigint[]) AS v (eid, iid) WHERE events.id = v.eid',
        [ids, ids.map((e) => moved.get(e))],
      );
      // a review vouches for the events it saw (../stale-reviews.ts)
      if (moved.size > 0) await review.putAudit(c, await clearStaleReviews(c, priorOf, newOf, moved.keys(), { who: null, comment: RELINKED }));
      const keep = new Set(rows.map((r) => r.id));
      await c.query('DELETE FROM incidents WHERE id = ANY($1)', [[...stored.keys()].filter((id) => !keep.has(id))]);
    });
  }

  async *incidents(filter: IncidentFilter = {}): AsyncIterable<StoredIncident> {
    let after: { date: string; id: number } | null = null;
    for (;;) {
      const p = new SqlParams('$');
      let where = incidentWhere(filter, p);
      if (after) where += ` AND (i.sort_date, i.id) > (${p.add(after.date)}, ${p.add(after.id)})`;
      const res = await this.pool.query<IncidentRow & { sort_date: string }>(
        `${INCIDENT_SELECT} WHERE ${where} ORDER BY i.sort_date, i.id LIMIT ${PAGE}`,
        p.values,
      );
      for (const row of res.rows) yield toStoredIncident(row, false);
      const last = res.rows[res.rows.length - 1];
      if (!last || res.rows.length < PAGE) return;
      after = { date: last.sort_date, id: last.id };
    }
  }

  async getIncident(id: number): Promise<StoredIncident | null> {
    const r = await this.pool.query<IncidentRow>(`${INCIDENT_SELECT} WHERE i.id = $1`, [id]);
    return r.rows[0] ? toStoredIncident(r.rows[0], false) : null;
  }

  async stats(): Promise<{ reports: number; events: number; incidents: number }> {
    const r = await this.pool.query<{ reports: number; events: number; incidents: number }>(
      'SELECT (SELECT COUNT(*) FROM reports) AS reports, (SELECT COUNT(*) FROM events WHERE current) AS events, (SELECT COUNT(*) FROM incidents) AS incidents',
    );
    return r.rows[0]!;
  }

  // ---- Added for the API (issue 4): AccountStore and ReviewStore, in ./accounts.ts and ./review.ts

  private readonly txFn: review.Tx = (fn) => this.tx(fn);

  putUser(user: NewUser, by?: AccountChangeBy): Promise<StoredUser> {
    return accounts.putUser(this.txFn, user, by);
  }

  userByName(name: string): Promise<StoredUser | null> {
    return accounts.userByName(this.pool, name);
  }

  users(): Promise<StoredUser[]> {
    return accounts.users(this.pool);
  }

  putToken(tokenHash: string, userId: number, by?: AccountChangeBy): Promise<void> {
    return accounts.putToken(this.txFn, tokenHash, userId, by);
  }

  userByToken(tokenHash: string): Promise<StoredUser | null> {
    return accounts.userByToken(this.pool, tokenHash);
  }

  putSession(idHash: string, userId: number, expiresAt: string): Promise<void> {
    return accounts.putSession(this.pool, idHash, userId, expiresAt);
  }

  userBySession(idHash: string, now: string): Promise<StoredUser | null> {
    return accounts.userBySession(this.pool, idHash, now);
  }

  deleteSession(idHash: string): Promise<void> {
    return accounts.deleteSession(this.pool, idHash);
  }

  updateUser(userId: number, change: { readonly role?: Role; readonly passwordHash?: string }, by?: AccountChangeBy): Promise<void> {
    return accounts.updateUser(this.txFn, userId, change, by);
  }

  revokeTokens(userId: number, by?: AccountChangeBy): Promise<number> {
    return accounts.revokeTokens(this.txFn, userId, by);
  }

  deleteSessions(userId: number): Promise<number> {
    return accounts.deleteSessions(this.pool, userId);
  }

  deleteUser(userId: number, by?: AccountChangeBy): Promise<void> {
    return accounts.deleteUser(this.txFn, userId, by);
  }

  getEvent(id: number): Promise<CorrectedEvent | null> {
    return review.getEvent(this.pool, id);
  }

  correctEvent(
    id: number,
    event: Event,
    by: { readonly who: string; readonly comment: string | null },
  ): Promise<CorrectedEvent | null> {
    return review.correctEvent(this.txFn, id, event, by);
  }

  getReviewedIncident(id: number): Promise<ReviewedIncident | null> {
    return review.getReviewedIncident(this.pool, id);
  }

  reviewIncident(
    id: number,
    by: { readonly who: string; readonly comment: string | null },
  ): Promise<ReviewedIncident | null> {
    return review.reviewIncident(this.txFn, id, by);
  }

  regroupIncidents(
    groups: readonly IncidentGroup[],
    remove: readonly number[],
    audit: (ids: readonly number[]) => readonly NewAuditEntry[],
  ): Promise<number[]> {
    return review.regroupIncidents(this.txFn, groups, remove, audit);
  }

  audit(filter?: AuditFilter): Promise<AuditEntry[]> {
    return review.audit(this.pool, filter);
  }

  incidentPage(q: IncidentQuery): Promise<{ items: ReviewedIncident[]; total: number }> {
    return review.incidentPage(this.pool, q);
  }

  eventStats(by: StatsBy, filter?: EventFilter): Promise<StatsRow[]> {
    return review.eventStats(this.pool, by, filter);
  }
}

/**
 * Ids drawn from the table's identity sequence before inserting, so that rows of a multi-row
 * INSERT can be referenced (events → event_actors) without relying on RETURNING's row order.
 */
async function allocateIds(c: pg.ClientBase, table: string, n: number): Promise<number[]> {
  if (n === 0) return [];
  const r = await c.query<{ id: number }>(
    `SELECT nextval(pg_get_serial_sequence('${table}', 'id')) AS id FROM generate_series(1, $1)`,
    [n],
  );
  return r.rows.map((x) => x.id).sort((a, b) => a - b);
}

/** multi-row INSERTs of PAGE rows each */
async function insertRows(
  c: pg.ClientBase,
  table: string,
  columns: readonly string[],
  rows: readonly (readonly unknown[])[],
): Promise<void> {
  for (let k = 0; k < rows.length; k += PAGE) {
    const p = new SqlParams('$');
    const values = rows.slice(k, k + PAGE).map((row) => `(${row.map((v) => p.add(v)).join(', ')})`);
    await c.query(`INSERT INTO ${table} (${columns.join(', ')}) VALUES ${values.join(', ')}`, p.values);
  }
}
