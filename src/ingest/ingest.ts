// Ingest: reports in, stored with their extractions, in batches of one transaction each.
//
// Idempotent and crash-safe by construction: a report is identified by its content hash, so a
// report stored by an earlier (or killed) run is recognised and not stored again; a report stored
// without its extraction (killed between the two transactions) gets it on the next run; groups
// of near-duplicates are assigned in input order, from the same signatures, on every run.
import type { ReportInput } from '../codebook/schema.js';
import { inputWarning } from '../extract/guards.js';
import { EXTRACTOR_VERSION, type Extractor } from '../extract/pipeline.js';
import type { Extraction, NewReport, Store, StoredReport } from '../store/types.js';
import { contentHash } from './content-hash.js';
import { IngestError } from './ingest-error.js';
import { emptySummary, reasonOf, type IngestSummary } from './ingest-summary.js';
import { signature } from './minhash.js';
import { SyndicationIndex } from './syndication.js';
import type { IngestItem, InputProblem } from './types.js';

export const DEFAULT_BATCH_SIZE = 500;

export interface IngestOptions {
  readonly extractor: Pick<Extractor, 'extract'>;
  readonly batchSize?: number;
  /** a bad input line stops the run (IngestError) instead of being skipped */
  readonly strict?: boolean;
  readonly onProblem?: (p: InputProblem) => void;
  /** after every report read */
  readonly onProgress?: (s: Readonly<IngestSummary>) => void;
  /** after every batch committed */
  readonly onBatch?: (s: Readonly<IngestSummary>) => void;
}

interface Pending {
  readonly report: NewReport;
  readonly events: Extraction['events'];
  readonly tallies: Extraction['tallies'];
}

function reject(s: IngestSummary, p: InputProblem, opts: IngestOptions): void {
  if (opts.strict) throw new IngestError(`${p.file}${p.line ? `:${p.line}` : ''}: ${p.message} (--strict)`);
  const reason = reasonOf(p.message);
  s.rejected[reason] = (s.rejected[reason] ?? 0) + 1;
  opts.onProblem?.(p);
}

function toNewReport(r: ReportInput, origin: string, hash: string, group: string): NewReport {
  return {
    extId: r.id, source: r.source ?? null, url: r.url ?? null, published: r.published ?? null, title: r.title ?? null,
    text: r.text, contentHash: hash, syndicationGroup: group, origin,
  };
}

export async function ingest(store: Store, items: AsyncIterable<IngestItem>, opts: IngestOptions): Promise<IngestSummary> {
  const s = emptySummary();
  const batchSize = opts.batchSize ?? DEFAULT_BATCH_SIZE;
  const syndication = new SyndicationIndex();
  const seen = new Set<string>(); // content hashes met in this run
  let pending: Pending[] = [];

  const flush = async (): Promise<void> => {
    if (!pending.length) return;
    const batch = pending;
    pending = [];
    const { results } = await store.putReports(batch.map((p) => p.report));
    const extractions: Extraction[] = [];
    results.forEach((r, i) => {
      const p = batch[i]!;
      if (!r.isNew) {
        // stored meanwhile by someone else: a duplicate after all
        s.new--;
        s.duplicate++;
        if (p.report.syndicationGroup !== p.report.contentHash) s.syndicated--;
        return;
      }
      extractions.push({ reportId: r.id, extractorVersion: EXTRACTOR_VERSION, events: p.events, tallies: p.tallies });
      s.events += p.events.length;
    });
    await store.putExtractions(extractions);
    s.batches++;
    opts.onBatch?.(s);
  };

  /** A report stored by an earlier run that was killed before its extraction was written. */
  const repair = async (stored: StoredReport, report: ReportInput): Promise<void> => {
    const versions = await store.eventsOfReport(stored.id);
    if (versions.some((e) => e.extractorVersion === EXTRACTOR_VERSION)) return;
    // no event of this version: none was stored, or the extraction had none. Writing an
    // extraction identical to a stored one is a no-op (Store contract), so write it.
    const out = opts.extractor.extract(report);
    await store.putExtractions([{ reportId: stored.id, extractorVersion: EXTRACTOR_VERSION, events: out.events, tallies: out.tallies }]);
    s.events += out.events.length;
  };

  for await (const item of items) {
    s.read++;
    if ('problem' in item) {
      reject(s, item.problem, opts);
      opts.onProgress?.(s);
      continue;
    }
    const { report, origin } = item;
    const bad = inputWarning(report.text);
    if (bad) {
      reject(s, { file: origin, line: 0, message: `${bad} (report "${report.id}")` }, opts);
      opts.onProgress?.(s);
      continue;
    }
    const hash = contentHash(report.text);
    if (seen.has(hash)) {
      s.duplicate++;
      opts.onProgress?.(s);
      continue;
    }
    seen.add(hash);
    const sig = signature(report.text);
    const stored = await store.reportByHash(hash);
    if (stored) {
      s.duplicate++;
      syndication.add(sig, stored.syndicationGroup);
      await repair(stored, report);
      opts.onProgress?.(s);
      continue;
    }
    const group = syndication.assign(sig, hash);
    if (group !== hash) s.syndicated++;
    const out = opts.extractor.extract(report);
    pending.push({ report: toNewReport(report, origin, hash, group), events: out.events, tallies: out.tallies });
    s.new++;
    opts.onProgress?.(s);
    if (pending.length >= batchSize) await flush();
  }
  await flush();
  return s;
}
