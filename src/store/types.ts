// The store's contract. Every database implements `Store`; one contract suite runs against each
// (SQLite by default, PostgreSQL for teams sharing a server). Nothing outside src/store knows SQL.
import type { Event, Tally } from '../codebook/schema.js';

/** A report as ingested: raw text kept exactly, plus where and when it came from. */
export interface NewReport {
  /** the id the input gave (codebook "id"), or one derived from the file name / URL */
  readonly extId: string;
  readonly source: string | null;
  readonly url: string | null;
  readonly published: string | null;
  readonly title: string | null;
  readonly text: string;
  /** sha256 of the normalised text: the same text is stored once */
  readonly contentHash: string;
  /** reports carrying the same agency text share a group (near-duplicates); else its own hash */
  readonly syndicationGroup: string;
  /** where the report was read from (file path, feed URL) */
  readonly origin: string | null;
}

export interface StoredReport extends NewReport {
  readonly id: number;
  readonly ingestedAt: string;
}

/** The result of one extraction run over one report. */
export interface Extraction {
  readonly reportId: number;
  readonly extractorVersion: string;
  readonly events: readonly Event[];
  readonly tallies: readonly Tally[];
}

export interface StoredEvent {
  readonly id: number;
  readonly reportId: number;
  readonly extractorVersion: string;
  /** an older extraction kept after a newer one was stored but not yet made current */
  readonly current: boolean;
  readonly incidentId: number | null;
  readonly event: Event;
}

/** The tallies of one stored extraction (see Store.talliesOfReport). */
export interface StoredTallies {
  readonly extractorVersion: string;
  readonly current: boolean;
  readonly tallies: readonly Tally[];
}

export interface EventFilter {
  /** `from`/`to` keep events whose [date, date_end] overlaps the range; undated events never match */
  readonly from?: string;
  readonly to?: string;
  readonly type?: string;
  readonly subtype?: string;
  /** canonical actor name, as actor1, actor2 or an associate */
  readonly actor?: string;
  /** actor side (actor-names.tsv "side") of actor1 or actor2 */
  readonly side?: string;
  /** governorate (admin1), any of the gazetteer's spellings */
  readonly admin1?: string;
  /** place name (Arabic or English) */
  readonly place?: string;
  readonly minFatalities?: number;
  readonly source?: string;
  /** full-text query over report text, Arabic-aware (normalised as the extractor normalises) */
  readonly text?: string;
  readonly incidentId?: number;
  readonly limit?: number;
  readonly offset?: number;
}

export interface StoredIncident {
  readonly id: number;
  /** the link module's incident, as JSON (figures side by side, range, conflicts, grade) */
  readonly data: unknown;
  readonly eventIds: readonly number[];
}

export interface PutReportsResult {
  /**
   * per input report, in order: its id and whether it was new. A report whose contentHash was
   * already stored (or came earlier in the batch) gets isNew=false, the stored report's id, and
   * duplicateOf = that id. A new report gets duplicateOf = the lowest id of another report of its
   * syndication group (a near-duplicate stored before it), or null when it is the first.
   */
  readonly results: readonly { readonly id: number; readonly isNew: boolean; readonly duplicateOf: number | null }[];
}

export interface Store extends AccountStore, ReviewStore {
  readonly kind: 'sqlite' | 'postgres';
  /** create or upgrade the schema (numbered migrations, each once) */
  migrate(): Promise<void>;
  /**
   * Added by the store: the highest migration applied (0 for an empty database). A database newer
   * than this code knows makes `migrate` throw rather than run old code on a newer schema.
   */
  schemaVersion(): Promise<number>;
  close(): Promise<void>;

  /** insert a batch in one transaction; a report whose contentHash exists is not stored twice */
  putReports(batch: readonly NewReport[]): Promise<PutReportsResult>;
  getReport(id: number): Promise<StoredReport | null>;
  reportByHash(contentHash: string): Promise<StoredReport | null>;
  /** reports sharing a syndication group (near-duplicate copies) */
  syndicated(group: string): Promise<StoredReport[]>;

  /**
   * Store an extraction in one transaction. A report with no current extraction gets this one as
   * current; a report that has one keeps it, and this one is stored beside it (current=false),
   * unless `replace` is true: nothing is overwritten silently.
   * Storing an extraction identical to a stored one (same report, extractor version, events and
   * tallies) is a no-op, so that re-running an interrupted ingest adds nothing; with `replace`
   * the identical stored one becomes current. A reportId that does not exist rolls back the batch.
   */
  putExtractions(batch: readonly Extraction[], opts?: { replace?: boolean }): Promise<void>;
  /** events matching the filter, current extractions only, streamed in (date, id) order (Added: corrected, see ReviewStore) */
  events(filter?: EventFilter): AsyncIterable<CorrectedEvent>;
  /** the number of events `events(filter)` would give without limit and offset */
  countEvents(filter?: EventFilter): Promise<number>;
  /** every stored extraction of a report, all versions */
  eventsOfReport(reportId: number): Promise<CorrectedEvent[]>;
  /** Added by the store: the tallies of every stored extraction of a report, oldest first */
  talliesOfReport(reportId: number): Promise<StoredTallies[]>;

  /**
   * Replace the incident table (the link module recomputes incidents). An event belongs to one
   * incident at most; its StoredEvent.incidentId points to it. Incident ids are never reused.
   * Added: ids are stable across relinks. An incident keeps the id of the prior incident holding
   * most of its events (each prior id kept once: largest overlap first, ties to the lower id),
   * with its review; the others get new ids. Unchanged incidents are not rewritten.
   * Added: a kept incident whose events changed (some joined or left) loses its review mark, with
   * an audit entry 'review_cleared' (who null) keeping the old review and both event lists.
   * Each incident's sources (distinct syndication groups of its events' reports), date range and
   * place names are derived from its events, for the `incidents` filter.
   */
  putIncidents(incidents: readonly { readonly data: unknown; readonly eventIds: readonly number[] }[]): Promise<void>;
  /** incidents in (date, id) order; `place` matches any of the incident's events' places */
  incidents(filter?: { readonly place?: string; readonly minSources?: number; readonly from?: string; readonly to?: string }): AsyncIterable<StoredIncident>;
  getIncident(id: number): Promise<StoredIncident | null>;

  /** events = events of current extractions */
  stats(): Promise<{ readonly reports: number; readonly events: number; readonly incidents: number }>;
}

// ---- Added for the API (issue 4): accounts, corrections, review and the audit trail ----------

export type Role = 'viewer' | 'analyst' | 'admin';

export interface NewUser {
  readonly name: string;
  readonly role: Role;
  /** scrypt hash as written by src/api/passwords.ts; the store never sees a password */
  readonly passwordHash: string;
}

export interface StoredUser extends NewUser {
  readonly id: number;
  readonly createdAt: string;
}

/** Added: 'user' for account changes (migration 007) */
export type AuditEntity = 'event' | 'incident' | 'user';

export interface NewAuditEntry {
  /** the user name, null for the system */
  readonly who: string | null;
  readonly entity: AuditEntity;
  readonly entityId: number;
  /** correct, review, merge, split, … */
  readonly action: string;
  readonly before: unknown;
  readonly after: unknown;
  readonly comment: string | null;
}

export interface AuditEntry extends NewAuditEntry {
  readonly id: number;
  /** ISO time */
  readonly when: string;
}

export interface AuditFilter {
  readonly entity?: AuditEntity;
  readonly entityId?: number;
  /** Added: only these actions (merge, split, …) */
  readonly actions?: readonly string[];
  /** Added: only these entities (the API shows account changes to admins only) */
  readonly entities?: readonly AuditEntity[];
  /** Added: oldest first, and every entry unless `limit` is given */
  readonly oldestFirst?: boolean;
  /** newest first; default 100 */
  readonly limit?: number;
}

/** An event as a person corrected it: `event` is the correction, `original` the machine's. */
export interface CorrectedEvent extends StoredEvent {
  /** the machine extraction, kept; present only when the event was corrected */
  readonly original?: Event;
}

export interface IncidentReview {
  readonly by: string;
  readonly at: string;
}

export interface ReviewedIncident extends StoredIncident {
  readonly review: IncidentReview | null;
}

/** One incident after a merge or split: `id` null creates a new incident. */
export interface IncidentGroup {
  readonly id: number | null;
  readonly data: unknown;
  readonly eventIds: readonly number[];
}

/**
 * Incidents for the API: the `incidents` filter, plus event filters (an incident matches when one
 * of its events does), the link module's grade, and paging.
 */
export interface IncidentQuery {
  readonly place?: string;
  readonly minSources?: number;
  readonly from?: string;
  readonly to?: string;
  readonly type?: string;
  readonly subtype?: string;
  readonly side?: string;
  readonly admin1?: string;
  readonly text?: string;
  readonly grade?: string;
  readonly limit?: number;
  readonly offset?: number;
}

export type StatsBy = 'day' | 'week' | 'governorate' | 'side';

export interface StatsRow {
  /** the day, the Monday of the week, the governorate or actor1's side; null when unknown */
  readonly key: string | null;
  readonly events: number;
  readonly fatalities: number;
  readonly civilians: number;
  readonly children: number;
  readonly women: number;
  /** killed minus civilians, for events giving both */
  readonly fighters: number;
}

/**
 * Who changed an account, for the audit entry the store writes with the change (entity 'user',
 * entity id the user's id). The entry gives the user's name, role and token ids (the first 8 hex
 * digits of a token's hash), never a password hash or a token.
 */
export interface AccountChangeBy {
  /** the admin's or the user's own name; on the command line the OS user, or "cli" */
  readonly who: string;
  readonly comment?: string | null;
  /** the user changing their own password (password_change), not an admin resetting it (password_reset) */
  readonly self?: boolean;
}

/**
 * Users, API tokens and sessions. Tokens and session ids are stored as hashes only.
 * Added: each change an admin or a user makes (`by` given) is audited in the same transaction:
 * user_add, role_change, password_reset, password_change, token_issue, token_revoke, user_remove.
 */
export interface AccountStore {
  /** a name already taken throws a StoreError('input') */
  putUser(user: NewUser, by?: AccountChangeBy): Promise<StoredUser>;
  userByName(name: string): Promise<StoredUser | null>;
  users(): Promise<StoredUser[]>;
  putToken(tokenHash: string, userId: number, by?: AccountChangeBy): Promise<void>;
  userByToken(tokenHash: string): Promise<StoredUser | null>;
  putSession(idHash: string, userId: number, expiresAt: string): Promise<void>;
  /** the session's user while `now` (ISO) is before its expiry, else null */
  userBySession(idHash: string, now: string): Promise<StoredUser | null>;
  deleteSession(idHash: string): Promise<void>;
  /** a new role and/or password hash (an unknown role throws a StoreError('input')); an unchanged role is not audited */
  updateUser(userId: number, change: { readonly role?: Role; readonly passwordHash?: string }, by?: AccountChangeBy): Promise<void>;
  /** deletes every API token of the user; how many there were */
  revokeTokens(userId: number, by?: AccountChangeBy): Promise<number>;
  /** ends every session of the user; how many there were */
  deleteSessions(userId: number): Promise<number>;
  /** removes the user with its tokens and sessions (the audit trail keeps the name) */
  deleteUser(userId: number, by?: AccountChangeBy): Promise<void>;
}

/**
 * Corrections, review and the audit trail. A correction is kept beside the machine's event and
 * never overwrites it; every read of events (events, eventsOfReport, getEvent) returns the
 * corrected event with the original beside it, and filters see the corrected values.
 */
export interface ReviewStore {
  getEvent(id: number): Promise<CorrectedEvent | null>;
  /** store (or replace) the correction and its audit entry in one transaction; null for an unknown id */
  correctEvent(
    id: number,
    event: Event,
    by: { readonly who: string; readonly comment: string | null },
  ): Promise<CorrectedEvent | null>;
  getReviewedIncident(id: number): Promise<ReviewedIncident | null>;
  /** mark reviewed (again) and audit it; null for an unknown id */
  reviewIncident(
    id: number,
    by: { readonly who: string; readonly comment: string | null },
  ): Promise<ReviewedIncident | null>;
  /**
   * Re-assign events between incidents in one transaction: each group's incident gets exactly its
   * eventIds (id null: a new incident); the incidents in `remove` (and any listed incident left
   * without a group) are deleted; `audit(ids)` gives the entries to write, knowing the groups'
   * incident ids, which are returned. Every event of a listed incident must be in a group, and a
   * grouped event's incident must be listed; else, or for unknown ids, StoreError('input').
   * A kept incident whose events changed loses its review mark ('review_cleared', by the who of
   * the first entry `audit` gives), as in putIncidents.
   */
  regroupIncidents(
    groups: readonly IncidentGroup[],
    remove: readonly number[],
    audit: (ids: readonly number[]) => readonly NewAuditEntry[],
  ): Promise<number[]>;
  audit(filter?: AuditFilter): Promise<AuditEntry[]>;
  incidentPage(q: IncidentQuery): Promise<{ readonly items: ReviewedIncident[]; readonly total: number }>;
  /** sums over the events `events(filter)` gives (limit and offset ignored), by key in key order, null key last */
  eventStats(by: StatsBy, filter?: EventFilter): Promise<StatsRow[]>;
}
