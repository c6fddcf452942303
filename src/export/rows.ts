// Helpers every format shares: iterate sync or async rows alike, the outlets of a row, and
// the row's actor facts.
import type { ExportOptions, ExportRow } from './types.js';
import { defaultActorLookup } from '../link/index.js';
import { builtInSourceScale } from './source-scale.js';

export type Rows = AsyncIterable<ExportRow> | Iterable<ExportRow>;

export interface Resolved {
  readonly lookupActor: NonNullable<ExportOptions['lookupActor']>;
  readonly sourceScale: NonNullable<ExportOptions['sourceScale']>;
  readonly now: Date;
}

export function resolve(opts: ExportOptions = {}): Resolved {
  return {
    lookupActor: opts.lookupActor ?? defaultActorLookup,
    sourceScale: opts.sourceScale ?? builtInSourceScale,
    now: opts.now ?? new Date(),
  };
}

/** The outlets of a row: the incident's when given, else the report's own. */
export function outlets(row: ExportRow): readonly string[] {
  if (row.sources && row.sources.length > 0) return row.sources;
  return row.report.source ? [row.report.source] : [];
}
