// POST /api/reports: one codebook report or {reports: [...]}, extracted, stored and linked with
// the ingest module's own functions (the same path as `rasid ingest`). One ingest at a time.
import { z } from 'zod';
import { ReportInput } from '../codebook/schema.js';
import { createExtractor, type Extractor } from '../extract/pipeline.js';
import { contentHash, ingest, relinkIncidents, type IngestItem, type IngestSummary } from '../ingest/index.js';
import type { Store, StoredUser } from '../store/types.js';

const Batch = z
  .object({ reports: z.array(ReportInput).min(1, 'expected at least one report').max(10_000, 'expected at most 10,000 reports') })
  .strict();

/** {reports: [...]} or one report (a union would only say "Invalid input") */
function parseBody(body: unknown): ReportInput[] {
  if (body && typeof body === 'object' && 'reports' in body) return Batch.parse(body).reports;
  return [ReportInput.parse(body)];
}

export interface IngestResult {
  readonly summary: IngestSummary;
  /** incidents written by relinking, null when they were up to date */
  readonly incidents: number | null;
  /** per input report, in order: its stored id (null when it was rejected) */
  readonly reports: readonly { readonly extId: string; readonly id: number | null }[];
}

let extractor: Extractor | null = null;
let queue: Promise<unknown> = Promise.resolve();

export function ingestReports(store: Store, body: unknown, user: StoredUser): Promise<IngestResult> {
  const reports = parseBody(body);
  const run = async (): Promise<IngestResult> => {
    extractor ??= createExtractor();
    async function* items(): AsyncGenerator<IngestItem> {
      for (const report of reports) yield { report, origin: `api:${user.name}` };
    }
    const summary = await ingest(store, items(), { extractor });
    const incidents = await relinkIncidents(store);
    const ids = [];
    for (const r of reports) ids.push({ extId: r.id, id: (await store.reportByHash(contentHash(r.text)))?.id ?? null });
    return { summary, incidents, reports: ids };
  };
  const next = queue.then(run, run);
  queue = next.catch(() => undefined);
  return next;
}
