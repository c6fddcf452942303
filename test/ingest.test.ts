// Ingest end to end on a real SQLite store: the fixture folder gives the right counts, re-running
// adds nothing, a run that dies between its two transactions is repaired by the next run, and
// syndicated copies share the group of the earliest copy, within a run and across runs.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { createExtractor, type Extractor } from '../src/extract/pipeline.js';
import { expandInputs, ingest, readFiles, rejectedCount, relinkIncidents, type IngestItem } from '../src/ingest/index.js';
import { openStore } from '../src/store/index.js';
import type { Store, StoredReport } from '../src/store/types.js';

const fx = resolve(__dirname, 'fixtures', 'ingest');
const tmp = mkdtempSync(join(tmpdir(), 'rasid-ingest-'));
let extractor: Extractor;
let dbN = 0;
beforeAll(() => {
  extractor = createExtractor({ today: '2017-02-01' });
});

const items = (paths = [fx]): AsyncGenerator<IngestItem> => readFiles(expandInputs(paths));
const newDb = (): string => join(tmp, `t${++dbN}.db`);

async function withDb<T>(file: string, fn: (s: Store) => Promise<T>): Promise<T> {
  const store = await openStore(file);
  try {
    return await fn(store);
  } finally {
    await store.close();
  }
}

/** Everything a user can see of the database, without ids and times. */
async function snapshot(store: Store): Promise<unknown> {
  const reports: Partial<StoredReport>[] = [];
  const events: unknown[] = [];
  for (let id = 1; ; id++) {
    const r = await store.getReport(id);
    if (!r) break;
    reports.push({ ...r, id: undefined, ingestedAt: undefined });
    for (const e of await store.eventsOfReport(id)) events.push({ report: r.extId, v: e.extractorVersion, current: e.current, event: e.event });
  }
  const incidents: unknown[] = [];
  for await (const i of store.incidents()) incidents.push(i.data);
  return { stats: await store.stats(), reports, events, incidents };
}

describe('ingest into SQLite', () => {
  it('counts the fixture folder: new, exact duplicates, syndicated, rejected with reasons', async () => {
    await withDb(newDb(), async (store) => {
      const s = await ingest(store, items([fx, join(fx, 'site-a', 'mohasan.html')]), { extractor, batchSize: 3 });
      // 10 reports + 3 problems in the folder, then mohasan.html again (an exact duplicate)
      expect(s).toMatchObject({ read: 14, new: 10, duplicate: 1, syndicated: 1, batches: 4 });
      expect(s.rejected).toEqual({ 'not JSON': 1, 'not a report': 1, 'has no text': 1 });
      expect(s.read).toBe(s.new + s.duplicate + rejectedCount(s));
      const stats = await store.stats();
      expect(stats.reports).toBe(10);
      expect(stats.events).toBe(s.events);
      expect(s.events).toBeGreaterThanOrEqual(6);
      const copy = await store.getReport(10); // site-b/agency-mohasan.html, read last
      const original = (await store.syndicated(copy!.syndicationGroup)).map((r) => r.origin);
      expect(original).toEqual([join(fx, 'site-a', 'mohasan.html'), join(fx, 'site-b', 'agency-mohasan.html')]);
      expect(copy!.syndicationGroup).not.toBe(copy!.contentHash);
    });
  });

  it('re-running adds nothing: same database, every report a duplicate', async () => {
    const file = newDb();
    const first = await withDb(file, async (store) => {
      await ingest(store, items(), { extractor });
      await relinkIncidents(store);
      return snapshot(store);
    });
    await withDb(file, async (store) => {
      const s = await ingest(store, items(), { extractor });
      expect(s).toMatchObject({ new: 0, duplicate: 10, syndicated: 0, events: 0 });
      await relinkIncidents(store);
      expect(await snapshot(store)).toEqual(first);
    });
  });

  it('a run killed between the reports and the extractions of a batch is repaired by the next run', async () => {
    const clean = newDb();
    const expected = await withDb(clean, async (store) => {
      await ingest(store, items(), { extractor, batchSize: 3 });
      return snapshot(store);
    });
    const crashed = newDb();
    await withDb(crashed, async (store) => {
      let calls = 0;
      // the real store, but the second batch's extractions never arrive (the process "dies")
      const dying: Store = Object.assign(Object.create(store) as Store, {
        putExtractions: async (...a: Parameters<Store['putExtractions']>) => {
          if (++calls === 2) throw new Error('killed');
          return store.putExtractions(...a);
        },
      });
      await expect(ingest(dying, items(), { extractor, batchSize: 3 })).rejects.toThrow('killed');
      expect((await store.stats()).reports).toBe(6);
    });
    await withDb(crashed, async (store) => {
      const s = await ingest(store, items(), { extractor, batchSize: 3 });
      expect(s).toMatchObject({ new: 4, duplicate: 6 });
      expect(await snapshot(store)).toEqual(expected);
    });
  });

  it('a syndicated copy read in a later run joins the group when its original is read again', async () => {
    const file = newDb();
    const a = join(fx, 'site-a');
    const b = join(fx, 'site-b', 'agency-mohasan.html');
    await withDb(file, (store) => ingest(store, items([a]), { extractor }));
    await withDb(file, async (store) => {
      const s = await ingest(store, items([a, b]), { extractor });
      expect(s).toMatchObject({ new: 1, duplicate: 3, syndicated: 1 });
      const [first, copy] = [await store.getReport(3), await store.getReport(4)]; // mohasan.html, its copy
      expect(copy!.syndicationGroup).toBe(first!.syndicationGroup);
    });
  });

  it('--strict stops at the first bad line', async () => {
    await withDb(newDb(), async (store) => {
      await expect(ingest(store, items([join(fx, 'reports.jsonl')]), { extractor, strict: true })).rejects.toThrow(/reports\.jsonl:2: not JSON.*--strict/);
    });
  });
});
