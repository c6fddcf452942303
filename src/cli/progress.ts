// Ingest progress on standard error: a bar redrawn in place on a terminal, plain lines when the
// output is a file or pipe (the first committed batch, then at most one line every 5 s), nothing
// with --quiet.
import type { Writable } from 'node:stream';
import { formatSummary, type IngestSummary } from '../ingest/index.js';

export interface Progress {
  /** after each report; `filesDone` input files finished, `bytesDone` bytes read */
  tick(s: Readonly<IngestSummary>, filesDone: number, bytesDone: number): void;
  /** after each committed batch */
  batch(s: Readonly<IngestSummary>): void;
  /** clear the bar before the summary */
  end(): void;
}

const BAR = 24;
const REDRAW_MS = 100;
const LINE_MS = 5000;

export interface ProgressTotals {
  readonly files: number;
  readonly bytes: number;
}

export function createProgress(err: Writable & { isTTY?: boolean; columns?: number }, total: ProgressTotals, quiet: boolean, now: () => number = Date.now): Progress {
  const filesTotal = total.files;
  const start = now();
  let last = 0;
  let files = 0;
  let bytes = 0;
  let drawn = false;
  let batches = 0;
  const rate = (s: Readonly<IngestSummary>): string => `${Math.round(s.read / Math.max((now() - start) / 1000, 0.001))}/s`;
  if (quiet) return { tick: () => {}, batch: () => {}, end: () => {} };
  if (err.isTTY) {
    const draw = (s: Readonly<IngestSummary>): void => {
      const done = total.bytes ? Math.min(bytes / total.bytes, 1) : 0;
      const fill = Math.round(done * BAR);
      const line = `[${'#'.repeat(fill)}${'.'.repeat(BAR - fill)}] ${Math.floor(done * 100)}% · ${files}/${filesTotal} files · ${s.read} read · ${s.new} new · ${s.duplicate} dup · ${s.syndicated} synd · ${rate(s)}`;
      err.write(`\r\x1b[K${line.slice(0, Math.max((err.columns || 100) - 1, 20))}`);
      drawn = true;
    };
    return {
      tick(s, filesDone, bytesDone) {
        files = filesDone;
        bytes = bytesDone;
        const t = now();
        if (t - last < REDRAW_MS) return;
        last = t;
        draw(s);
      },
      batch: (s) => draw(s),
      end() {
        if (drawn) err.write('\r\x1b[K');
      },
    };
  }
  return {
    tick(_s, filesDone) {
      files = filesDone;
    },
    batch(s) {
      batches++;
      const t = now();
      if (batches > 1 && t - last < LINE_MS) return;
      last = t;
      err.write(`rasid: ingest: batch ${s.batches} committed, ${files}/${filesTotal} files, ${formatSummary(s)}, ${rate(s)}\n`);
    },
    end: () => {},
  };
}
