// The Store on a SQLite file (better-sqlite3). The driver is imported here and in this folder
// only: everything outside src/store/sqlite and src/store/postgres is dialect-agnostic (lint will
// enforce it). better-sqlite3 is synchronous; the async signatures are the contract's.
import Database from 'better-sqlite3';
import { actorSides } from '../actor-sides.js';
import { checkReport } from '../check-report.js';
import { EVENT_COLUMNS, UNDATED, eventActors, eventRow } from '../event-row.js';
import { planExtractions, type StoredExtraction } from '../extraction-plan.js';
import { keptIds, movedEvents } from '../incident-ids.js';
import { checkPartition, incidentKey, summariseIncident, type IncidentColumns, type IncidentMember } from '../incident-summary.js';
import { incidentWhere, type IncidentFilter } from '../incident-where.js';
import {
  EVENT_FROM,
  EVENT_JOINS,
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
import { BIG, PREFIX, planEvents, type PlannedQuery, type ProbeCache } from './event-query.js';
import { INDEX_REPORT } from './search.js';

const INSERT_EVENT = `INSERT INTO events (${EVENT_COLUMNS.join(', ')}) VALUES (${EVENT_COLUMNS.map(() => '?').join(', ')})`;
const INCIDENT_SELECT = `SELECT i.id, i.data,
  (SELECT json_group_array(event_id) FROM (SELECT ie.event_id FROM incident_events ie WHERE ie.incident_id = i.id ORDER BY ie.event_id)) AS event_ids
  FROM incidents i`;

export class SqliteStore implements Store {
  readonly kind = 'sqlite' as const;
  private readonly db: Database.Database;
  private readDb: Database.Database | null = null;
  private readonly statements = new Map<string, Database.Statement>();
  /** search probe counts (./event-query.ts), cleared by every write */
  private readonly probes: ProbeCache = new Map();

  constructor(private readonly file: string) {
    this.db = new Database(file);
    // WAL + NORMAL: a crash loses at most the last transactions, never corrupts; readers never block the writer
    this.db.pragma('journal_mode = WAL');
    this.db.pragma('synchronous = NORMAL');
    this.db.pragma('foreign_keys = ON');
    this.db.pragma('busy_timeout = 5000');
    // a big replace can grow the WAL past 100 MB; truncate it back after each checkpoint
    this.db.pragma('journal_size_limit = 67108864');
    // optimize() after every batch analyses a bounded sample of each index, not all of it
    this.db.pragma('analysis_limit = 1000');
    // inserts touch a page of each search index: 128 MB of cache keeps the hot ones (2 MB default)
    this.db.pragma('cache_size = -131072');
  }

  /**
   * After a write batch: re-analyse the tables whose size changed tenfold since the last analysis (a
   * no-op otherwise; ~2 s at a million events). Without statistics SQLite takes `current = 1` for
   * selective and scans the streaming index for every filter (100× slower counts, measured).
   */
  private optimize(): void {
    this.probes.clear();
    // 0x10000: consider every table, not only those this connection has queried (writes do not count)
    this.db.pragma('optimize = 0x10002');
  }

  /** statements are prepared on first use: the tables exist only after migrate() */
  private st(sql: string): Database.Statement {
    let s = this.statements.get(sql);
    if (!s) this.statements.set(sql, (s = this.db.prepare(sql)));
    return s;
  }

  /**
   * Streams read through a second connection: an open better-sqlite3 iterator blocks writes on its
   * own connection, and a caller may write (e.g. putIncidents) while it reads events.
   */
  private reader(): Database.Database {
    if (this.file === ':memory:' || this.file === '') return this.db;
    if (!this.readDb) {
      this.readDb = new Database(this.file, { readonly: true, fileMustExist: true });
      this.readDb.pragma('cache_size = -65536');
    }
    return this.readDb;
  }

  async migrate(upTo?: number): Promise<void> {
    migrate(this.db, upTo);
  }

  async schemaVersion(): Promise<number> {
    return schemaVersion(this.db);
  }

  async close(): Promise<void> {
    this.readDb?.close();
    this.db.close();
  }

  async putReports(batch: readonly NewReport[]): Promise<PutReportsResult> {
    // normalising is the slow part: done before the write lock is taken
    const bodies = batch.map((r) => (typeof r.text === 'string' ? searchBody(r.text) : null));
    const now = new Date().toISOString();
    const run = this.db.transaction(() =>
      batch.map((r, i) => {
        checkReport(r, i);
        const old = this.st('SELECT id FROM reports WHERE content_hash = ?').get(r.contentHash) as
          { id: number } | undefined;
        if (old) return { id: old.id, isNew: false, duplicateOf: old.id };
        const info = this.st(
          'INSERT INTO reports (ext_id, source, url, published, title, text, content_hash, syndication_group, origin, ingested_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
        ).run(
          r.extId,
          r.source,
          r.url,
          r.published,
          r.title,
          r.text,
          r.contentHash,
          r.syndicationGroup,
          r.origin,
          now,
        );
        const id = Number(info.lastInsertRowid);
        this.st(INDEX_REPORT).run(id, bodies[i]);
        const first = this.st(
          'SELECT MIN(id) AS id FROM reports WHERE syndication_group = ? AND id <> ?',
        ).get(r.syndicationGroup, id) as { id: number | null };
        return { id, isNew: true, duplicateOf: first.id };
      }),
    );
    const results = run.immediate();
    this.optimize();
    return { results };
  }

  async getReport(id: number): Promise<StoredReport | null> {
    const r = this.st(`SELECT ${REPORT_COLUMNS} FROM reports WHERE id = ?`).get(id) as ReportRow | undefined;
    return r ? toStoredReport(r) : null;
  }

  async reportByHash(contentHash: string): Promise<StoredReport | null> {
    const r = this.st(`SELECT ${REPORT_COLUMNS} FROM reports WHERE content_hash = ?`).get(contentHash) as
      ReportRow | undefined;
    return r ? toStoredReport(r) : null;
  }

  async syndicated(group: string): Promise<StoredReport[]> {
    return (
      this.st(`SELECT ${REPORT_COLUMNS} FROM reports WHERE syndication_group = ? ORDER BY id`).all(
        group,
      ) as ReportRow[]
    ).map(toStoredReport);
  }

  async putExtractions(batch: readonly Extraction[], opts: { replace?: boolean } = {}): Promise<void> {
    const sides = actorSides();
    const now = new Date().toISOString();
    const run = this.db.transaction(() => {
      const stored: StoredExtraction[] = [];
      for (const reportId of new Set(batch.map((x) => x.reportId))) {
        if (!this.st('SELECT 1 FROM reports WHERE id = ?').get(reportId))
          throw new StoreError(
            'input',
            `expected extractions of stored reports, found unknown report id ${reportId}`,
          );
        const rows = this.st(
          'SELECT id, report_id, extractor_version, digest, current FROM extractions WHERE report_id = ?',
        ).all(reportId) as {
          id: number;
          report_id: number;
          extractor_version: string;
          digest: string;
          current: number;
        }[];
        for (const r of rows)
          stored.push({
            id: r.id,
            reportId: r.report_id,
            extractorVersion: r.extractor_version,
            digest: r.digest,
            current: r.current === 1,
          });
      }
      const plan = planExtractions(batch, stored, opts.replace === true);
      // demote first: the unique index allows one current extraction per report at any moment
      for (const id of plan.demote) this.setCurrent(id, 0);
      for (const id of plan.promote) this.setCurrent(id, 1);
      for (const { extraction: x, digest, current } of plan.insert) {
        const cur = current ? 1 : 0;
        const xid = Number(
          this.st(
            'INSERT INTO extractions (report_id, extractor_version, digest, current, created_at) VALUES (?, ?, ?, ?, ?)',
          ).run(x.reportId, x.extractorVersion, digest, cur, now).lastInsertRowid,
        );
        this.st('INSERT INTO tallies (extraction_id, data) VALUES (?, ?)').run(
          xid,
          JSON.stringify(x.tallies),
        );
        for (const ev of x.events) {
          const eid = Number(
            this.st(INSERT_EVENT).run(...eventRow(null, xid, x.reportId, cur, ev, sides)).lastInsertRowid,
          );
          for (const a of eventActors(ev))
            this.st('INSERT INTO event_actors (event_id, actor, sort_date) VALUES (?, ?, ?)').run(eid, a, ev.date ?? UNDATED);
        }
      }
    });
    run.immediate();
    this.optimize();
  }

  private setCurrent(extractionId: number, current: 0 | 1): void {
    this.st('UPDATE extractions SET current = ? WHERE id = ?').run(current, extractionId);
    this.st('UPDATE events SET current = ? WHERE extraction_id = ?').run(current, extractionId);
  }

  async *events(filter: EventFilter = {}): AsyncIterable<CorrectedEvent> {
    // a date range is two parts: events spanning into it (all earlier in the order), then those starting in it
    let limit = filter.limit ?? -1;
    let offset = filter.offset ?? 0;
    const db = this.reader();
    for (const part of filter.from !== undefined ? (['spans', 'starts'] as const) : (['starts'] as const)) {
      if (limit === 0) return;
      const q = planEvents(db, filter, part, true, this.probes);
      let n = 0;
      if (!q.empty) {
        const page = (ids: string): string => `${ids} ORDER BY sort_date, id LIMIT ${limit} OFFSET ${offset}`;
        let ids = page(q.ids);
        const params: Record<string, unknown> = { ...q.params };
        if (q.prefix) {
          // matches among an ordered index's first entries: the page, or how often they match
          const need = limit + offset;
          const got = db.prepare(`${q.prefix} ORDER BY sort_date, id LIMIT ${need}`).all(q.params) as { id: number }[];
          if (got.length === need) {
            ids = 'SELECT e.id, e.sort_date FROM json_each(@page) j CROSS JOIN events e ON e.id = j.value';
            params.page = JSON.stringify(got.slice(offset).map((r) => r.id));
          } else if (got.length === 0 || (PREFIX * need) / got.length > BIG) ids = page(q.fallback!());
        }
        // the page's ids from the search indexes, then its rows
        const sql = `SELECT ${EVENT_SELECT} FROM (${ids}) k CROSS JOIN events e ON e.id = k.id CROSS JOIN ${EVENT_JOINS} ORDER BY k.sort_date, k.id`;
        // iterate(): one row at a time from the cursor, so a million-event export stays small in memory
        for (const row of db.prepare(sql).iterate(params)) {
          n++;
          yield toStoredEvent(row as EventRow);
        }
      }
      if (limit > 0) limit -= n;
      if (offset > 0) offset = n > 0 ? 0 : Math.max(0, offset - (q.empty ? 0 : this.countPlanned(q)));
    }
  }

  async countEvents(filter: EventFilter = {}): Promise<number> {
    let n = 0;
    for (const part of filter.from !== undefined ? (['spans', 'starts'] as const) : (['starts'] as const)) {
      const q = planEvents(this.db, filter, part, false, this.probes);
      if (!q.empty) n += this.countPlanned(q);
    }
    return n;
  }

  private countPlanned(q: PlannedQuery): number {
    const ids = q.prefix ? q.fallback!() : q.ids;
    return (this.db.prepare(`SELECT COUNT(*) AS n FROM (${ids})`).get(q.params) as { n: number }).n;
  }

  async eventsOfReport(reportId: number): Promise<CorrectedEvent[]> {
    const rows = this.st(
      `SELECT ${EVENT_SELECT} FROM ${EVENT_FROM} WHERE e.report_id = ? ORDER BY x.id, e.id`,
    ).all(reportId);
    return (rows as EventRow[]).map(toStoredEvent);
  }

  async talliesOfReport(reportId: number): Promise<StoredTallies[]> {
    const rows = this.st(
      'SELECT x.extractor_version, x.current, t.data FROM extractions x JOIN tallies t ON t.extraction_id = x.id WHERE x.report_id = ? ORDER BY x.id',
    ).all(reportId) as { extractor_version: string; current: number; data: string }[];
    return rows.map((r) => ({
      extractorVersion: r.extractor_version,
      current: r.current === 1,
      tallies: JSON.parse(r.data) as Tally[],
    }));
  }

  async putIncidents(
    incidents: readonly { readonly data: unknown; readonly eventIds: readonly number[] }[],
  ): Promise<void> {
    checkPartition(incidents);
    const run = this.db.transaction(() => {
      const member = this.st(
        'SELECT e.id, e.date, e.date_end, e.place_name, e.place_name_ar, r.syndication_group FROM events e JOIN reports r ON r.id = e.report_id WHERE e.id = ?',
      );
      const members = new Map<number, IncidentMember>();
      for (const inc of incidents)
        for (const id of inc.eventIds) {
          const m = member.get(id) as IncidentMember | undefined;
          if (m) members.set(id, m);
        }
      const summaries = incidents.map((inc) => summariseIncident(inc.eventIds, members));
      const priorOf = new Map<number, number>();
      for (const r of this.st('SELECT incident_id, event_id FROM incident_events').iterate() as Iterable<{ incident_id: number; event_id: number }>)
        priorOf.set(r.event_id, r.incident_id);
      const kept = keptIds(incidents, priorOf);
      const stored = new Map<number, string>();
      for (const r of this.st('SELECT id, data, sources, date, date_end, sort_date, places FROM incidents').iterate() as Iterable<IncidentColumns & { id: number }>)
        stored.set(r.id, incidentKey(r));
      const newOf = new Map<number, number>();
      incidents.forEach((inc, k) => {
        const s = summaries[k]!;
        const cols: IncidentColumns = { data: JSON.stringify(inc.data ?? null), sources: s.sources, date: s.date, date_end: s.dateEnd, sort_date: s.sortDate, places: s.places };
        const values = [cols.data, cols.sources, cols.date, cols.date_end, cols.sort_date, cols.places];
        let iid = kept[k];
        if (iid === null || iid === undefined)
          iid = Number(
            this.st('INSERT INTO incidents (data, sources, date, date_end, sort_date, places) VALUES (?, ?, ?, ?, ?, ?)').run(...values).lastInsertRowid,
          );
        else if (stored.get(iid) !== incidentKey(cols))
          this.st('UPDATE incidents SET data = ?, sources = ?, date = ?, date_end = ?, sort_date = ?, places = ? WHERE id = ?').run(...values, iid);
        for (const id of inc.eventIds) newOf.set(id, iid);
      });
      // events changing incident: out of the old one first (an event is in one incident at most)
      const moved = movedEvents(priorOf, newOf);
      for (const id of moved.keys()) if (priorOf.has(id)) this.st('DELETE FROM incident_events WHERE event_id = ?').run(id);
      for (const [id, iid] of moved) {
        if (iid !== null) this.st('INSERT INTO incident_events (incident_id, event_id) VALUES (?, ?)').run(iid, id);
        this.st('UPDATE events SET incident_id = ? WHERE id = ?').run(iid, id);
      }
      // a review vouches for the events it saw (../stale-reviews.ts)
      if (moved.size > 0) review.putAudit(this.db, clearStaleReviews(this.db, priorOf, newOf, moved.keys(), { who: null, comment: RELINKED }));
      const keep = new Set(kept);
      for (const id of stored.keys()) if (!keep.has(id)) this.st('DELETE FROM incidents WHERE id = ?').run(id);
    });
    run.immediate();
    this.optimize();
  }

  async *incidents(filter: IncidentFilter = {}): AsyncIterable<StoredIncident> {
    const p = new SqlParams('?');
    const sql = `${INCIDENT_SELECT} WHERE ${incidentWhere(filter, p)} ORDER BY i.sort_date, i.id`;
    for (const row of this.reader()
      .prepare(sql)
      .iterate(...p.values))
      yield toStoredIncident(row as IncidentRow, true);
  }

  async getIncident(id: number): Promise<StoredIncident | null> {
    const row = this.st(`${INCIDENT_SELECT} WHERE i.id = ?`).get(id) as IncidentRow | undefined;
    return row ? toStoredIncident(row, true) : null;
  }

  async stats(): Promise<{ reports: number; events: number; incidents: number }> {
    const n = (sql: string): number => (this.st(sql).get() as { n: number }).n;
    return {
      reports: n('SELECT COUNT(*) AS n FROM reports'),
      events: n('SELECT COUNT(*) AS n FROM events WHERE current = 1'),
      incidents: n('SELECT COUNT(*) AS n FROM incidents'),
    };
  }

  // ---- Added for the API (issue 4): AccountStore and ReviewStore, in ./accounts.ts and ./review.ts

  async putUser(user: NewUser, by?: AccountChangeBy): Promise<StoredUser> {
    return accounts.putUser(this.db, user, by);
  }

  async userByName(name: string): Promise<StoredUser | null> {
    return accounts.userByName(this.db, name);
  }

  async users(): Promise<StoredUser[]> {
    return accounts.users(this.db);
  }

  async putToken(tokenHash: string, userId: number, by?: AccountChangeBy): Promise<void> {
    accounts.putToken(this.db, tokenHash, userId, by);
  }

  async userByToken(tokenHash: string): Promise<StoredUser | null> {
    return accounts.userByToken(this.db, tokenHash);
  }

  async putSession(idHash: string, userId: number, expiresAt: string): Promise<void> {
    accounts.putSession(this.db, idHash, userId, expiresAt);
  }

  async userBySession(idHash: string, now: string): Promise<StoredUser | null> {
    return accounts.userBySession(this.db, idHash, now);
  }

  async deleteSession(idHash: string): Promise<void> {
    accounts.deleteSession(this.db, idHash);
  }

  async updateUser(userId: number, change: { readonly role?: Role; readonly passwordHash?: string }, by?: AccountChangeBy): Promise<void> {
    accounts.updateUser(this.db, userId, change, by);
  }

  async revokeTokens(userId: number, by?: AccountChangeBy): Promise<number> {
    return accounts.revokeTokens(this.db, userId, by);
  }

  async deleteSessions(userId: number): Promise<number> {
    return accounts.deleteSessions(this.db, userId);
  }

  async deleteUser(userId: number, by?: AccountChangeBy): Promise<void> {
    accounts.deleteUser(this.db, userId, by);
  }

  async getEvent(id: number): Promise<CorrectedEvent | null> {
    return review.getEvent(this.db, id);
  }

  async correctEvent(
    id: number,
    event: Event,
    by: { readonly who: string; readonly comment: string | null },
  ): Promise<CorrectedEvent | null> {
    const out = review.correctEvent(this.db, id, event, by);
    this.optimize();
    return out;
  }

  async getReviewedIncident(id: number): Promise<ReviewedIncident | null> {
    return review.getReviewedIncident(this.db, id);
  }

  async reviewIncident(
    id: number,
    by: { readonly who: string; readonly comment: string | null },
  ): Promise<ReviewedIncident | null> {
    return review.reviewIncident(this.db, id, by);
  }

  async regroupIncidents(
    groups: readonly IncidentGroup[],
    remove: readonly number[],
    audit: (ids: readonly number[]) => readonly NewAuditEntry[],
  ): Promise<number[]> {
    return review.regroupIncidents(this.db, groups, remove, audit);
  }

  async audit(filter?: AuditFilter): Promise<AuditEntry[]> {
    return review.audit(this.db, filter);
  }

  async incidentPage(q: IncidentQuery): Promise<{ items: ReviewedIncident[]; total: number }> {
    return review.incidentPage(this.db, q);
  }

  async eventStats(by: StatsBy, filter?: EventFilter): Promise<StatsRow[]> {
    return review.eventStats(this.db, by, filter);
  }
}
