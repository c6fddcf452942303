// The shapes of the research exports: one row per event, with its report and, when the store
// has linked it, its incident.
import type { Event } from '../codebook/schema.js';

export type ExportFormat = 'acled-csv' | 'ucdp-csv' | 'geojson' | 'jsonl';
export const EXPORT_FORMATS: readonly ExportFormat[] = ['acled-csv', 'ucdp-csv', 'geojson', 'jsonl'];

export interface ExportReport {
  readonly id: string;
  readonly source: string | null;
  readonly url: string | null;
  readonly published: string | null;
  /** the report text: the evidence spans of the event index into it */
  readonly text: string;
}

export interface ExportRow {
  readonly eventId: string;
  readonly event: Event;
  readonly report: ExportReport;
  readonly incidentId?: string | null;
  /** the outlets of the incident (default: the report's source) */
  readonly sources?: readonly string[];
  /** the incident's fatality range (UCDP low / best / high; default: the event's total) */
  readonly range?: { readonly low: number; readonly best: number; readonly high: number } | null;
}

export interface ActorLookupResult {
  readonly inter: number;
  readonly side: string;
}

export interface ExportOptions {
  /** actor name → ACLED inter code and side (default: data/lexicon/actor-names.tsv) */
  readonly lookupActor?: (name: string) => ActorLookupResult | undefined;
  /** outlet → ACLED source scale ("National", "International", …); default: a short built-in list, else "Other" */
  readonly sourceScale?: (source: string) => string | undefined;
  /** the export time written in ACLED's timestamp column (default: now) */
  readonly now?: Date;
}
