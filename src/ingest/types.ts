// What the readers yield: a report with where it came from, or a problem with file and line.
import type { ReportInput } from '../codebook/schema.js';

export interface InputProblem {
  readonly file: string;
  /** 1-based line (JSONL) or 0 when the whole file is concerned */
  readonly line: number;
  readonly message: string;
}

export interface ReadReport {
  readonly report: ReportInput;
  /** file path (and item index for feeds) the report was read from */
  readonly origin: string;
}

export type IngestItem = ReadReport | { readonly problem: InputProblem };

export interface ReaderOptions {
  /** publication date (YYYY-MM-DD) for plain text without a sidecar */
  readonly published?: string;
  /** outlet name for plain text without a sidecar */
  readonly source?: string;
}

export const isProblem = (i: IngestItem): i is { readonly problem: InputProblem } => 'problem' in i;
