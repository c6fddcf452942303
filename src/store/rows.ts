// Database rows → the contract's objects, for both stores. Column names are the schema's;
// SQLite gives JSON as text and booleans as 0/1, PostgreSQL gives parsed JSON and booleans.
import type { Event } from '../codebook/schema.js';
import type { AuditEntry, CorrectedEvent, ReviewedIncident, StoredIncident, StoredReport, StoredUser, Role, AuditEntity } from './types.js';

export interface ReportRow {
  id: number;
  ext_id: string;
  source: string | null;
  url: string | null;
  published: string | null;
  title: string | null;
  text: string;
  content_hash: string;
  syndication_group: string;
  origin: string | null;
  ingested_at: string | Date;
}

export interface EventRow {
  id: number;
  report_id: number;
  extractor_version: string;
  current: number | boolean;
  incident_id: number | null;
  data: string | Event;
  /** the correction (event_corrections.data), null when none */
  corrected?: string | Event | null;
}

export interface IncidentRow {
  id: number;
  data: unknown;
  event_ids: string | number[];
  reviewed_by?: string | null;
  reviewed_at?: string | null;
}

export interface UserRow {
  id: number;
  name: string;
  role: string;
  password_hash: string;
  created_at: string;
}

export interface AuditRow {
  id: number;
  who: string | null;
  at: string;
  entity: string;
  entity_id: number;
  action: string;
  before: unknown;
  after: unknown;
  comment: string | null;
}

export const USER_COLUMNS = 'u.id, u.name, u.role, u.password_hash, u.created_at';
export const AUDIT_COLUMNS = 'id, who, at, entity, entity_id, action, before, after, comment';

export function toStoredUser(r: UserRow): StoredUser {
  return { id: r.id, name: r.name, role: r.role as Role, passwordHash: r.password_hash, createdAt: r.created_at };
}

/** SQLite gives the before/after JSON as text, PostgreSQL parsed */
export function toAuditEntry(r: AuditRow, jsonIsText: boolean): AuditEntry {
  const json = (v: unknown): unknown => (jsonIsText && typeof v === 'string' ? JSON.parse(v) : (v ?? null));
  return {
    id: r.id,
    who: r.who,
    when: r.at,
    entity: r.entity as AuditEntity,
    entityId: r.entity_id,
    action: r.action,
    before: json(r.before),
    after: json(r.after),
    comment: r.comment,
  };
}

export const REPORT_COLUMNS =
  'id, ext_id, source, url, published, title, text, content_hash, syndication_group, origin, ingested_at';
export const EVENT_SELECT =
  'e.id, e.report_id, x.extractor_version, e.current, e.incident_id, e.data, c.data AS corrected';
/** the FROM of every event read: the extraction's version and the correction, if any */
export const EVENT_JOINS = 'extractions x ON x.id = e.extraction_id LEFT JOIN event_corrections c ON c.event_id = e.id';
export const EVENT_FROM = `events e JOIN ${EVENT_JOINS}`;

export function toStoredReport(r: ReportRow): StoredReport {
  return {
    id: r.id,
    extId: r.ext_id,
    source: r.source,
    url: r.url,
    published: r.published,
    title: r.title,
    text: r.text,
    contentHash: r.content_hash,
    syndicationGroup: r.syndication_group,
    origin: r.origin,
    ingestedAt: r.ingested_at instanceof Date ? r.ingested_at.toISOString() : r.ingested_at,
  };
}

const parseEvent = (v: string | Event): Event => (typeof v === 'string' ? (JSON.parse(v) as Event) : v);

export function toStoredEvent(r: EventRow): CorrectedEvent {
  const machine = parseEvent(r.data);
  const base = {
    id: r.id,
    reportId: r.report_id,
    extractorVersion: r.extractor_version,
    current: Boolean(r.current),
    incidentId: r.incident_id,
  };
  return r.corrected ? { ...base, event: parseEvent(r.corrected), original: machine } : { ...base, event: machine };
}

/** SQLite stores the incident JSON as text; both give event ids as a JSON array (text or parsed) */
export function toStoredIncident(r: IncidentRow, dataIsText: boolean): StoredIncident {
  return {
    id: r.id,
    data: dataIsText && typeof r.data === 'string' ? JSON.parse(r.data) : r.data,
    eventIds: typeof r.event_ids === 'string' ? (JSON.parse(r.event_ids) as number[]) : r.event_ids,
  };
}

/** an incident with its review (INCIDENT_SELECT joins incident_reviews as rv) */
export function toReviewedIncident(r: IncidentRow, dataIsText: boolean): ReviewedIncident {
  return {
    ...toStoredIncident(r, dataIsText),
    review: r.reviewed_by && r.reviewed_at ? { by: r.reviewed_by, at: r.reviewed_at } : null,
  };
}
