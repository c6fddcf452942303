// Database rows → the contract's objects, for both stores. Column names are the schema's;
// SQLite gives JSON as text and booleans as 0/1, PostgreSQL gives parsed JSON and booleans.
import type { Event } from '../codebook/schema.js';
import type { StoredEvent, StoredIncident, StoredReport } from './types.js';

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
}

export interface IncidentRow {
  id: number;
  data: unknown;
  event_ids: string | number[];
}

export const REPORT_COLUMNS =
  'id, ext_id, source, url, published, title, text, content_hash, syndication_group, origin, ingested_at';
export const EVENT_SELECT = 'e.id, e.report_id, x.extractor_version, e.current, e.incident_id, e.data';

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

export function toStoredEvent(r: EventRow): StoredEvent {
  return {
    id: r.id,
    reportId: r.report_id,
    extractorVersion: r.extractor_version,
    current: Boolean(r.current),
    incidentId: r.incident_id,
    event: typeof r.data === 'string' ? (JSON.parse(r.data) as Event) : r.data,
  };
}

/** SQLite stores the incident JSON as text; both give event ids as a JSON array (text or parsed) */
export function toStoredIncident(r: IncidentRow, dataIsText: boolean): StoredIncident {
  return {
    id: r.id,
    data: dataIsText && typeof r.data === 'string' ? JSON.parse(r.data) : r.data,
    eventIds: typeof r.event_ids === 'string' ? (JSON.parse(r.event_ids) as number[]) : r.event_ids,
  };
}
