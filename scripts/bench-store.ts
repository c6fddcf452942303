// npm run bench:store: the SQLite store at scale. Generates BENCH_REPORTS reports (default
// 100,000) by reshuffling the sentences of the dev reports (read at run time from
// ../shared/eval/dev, never copied here), extracts and ingests them in batches of 1000, then
// grows the store to BENCH_EVENTS current events (default 1,000,000) by re-storing each report's
// events with shifted dates, and measures search latency and export rate. Prints; asserts nothing.
// BENCH_DB=file reuses a database kept by an earlier run (BENCH_KEEP=1): no ingest, no growth.
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync, statSync, existsSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { Event, ReportInput } from '../src/codebook/schema.js';
import { goldFiles, readGold } from '../src/eval/dev-set.js';
import { createExtractor } from '../src/extract/pipeline.js';
import { openStore } from '../src/store/index.js';
import type { EventFilter, Extraction, NewReport, Store } from '../src/store/types.js';
import { normalize } from '../src/text/normalize.js';

const N = Number(process.env.BENCH_REPORTS ?? 100_000);
const TARGET_EVENTS = Number(process.env.BENCH_EVENTS ?? 1_000_000);
const QUERIES = Number(process.env.BENCH_QUERIES ?? 1000);
const BATCH = 1000;

let seed = 42;
const rnd = (): number => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;

function baseReports(): ReportInput[] {
  const out: ReportInput[] = [];
  for (const f of goldFiles())
    for (const d of readGold(f).values()) {
      out.push({
        id: String(d.id),
        source: String(d.source ?? ''),
        url: null,
        published: String(d.published),
        title: null,
        text: String(d.text),
      });
    }
  return out;
}

/** report i: the sentences of a dev report in a new order, plus a bulletin number (unique text) */
function makeReport(base: readonly ReportInput[], i: number): ReportInput {
  const b = base[i % base.length]!;
  const sentences = b.text.split(/(?<=[.!؟\n])\s*/u).filter((s) => s.trim());
  if (i >= base.length) sentences.sort(() => rnd() - 0.5);
  return { ...b, id: `${b.id}-${i}`, text: `${sentences.join(' ')}\nنشرة رقم ${i}` };
}

function toNew(r: ReportInput): NewReport {
  const contentHash = createHash('sha256').update(normalize(r.text).text).digest('hex');
  return {
    extId: r.id,
    source: r.source ?? null,
    url: null,
    published: r.published ?? null,
    title: null,
    text: r.text,
    contentHash,
    syndicationGroup: contentHash,
    origin: 'bench',
  };
}

function shiftDate(d: string | null, days: number): string | null {
  if (!d) return d;
  const t = new Date(`${d}T00:00:00Z`);
  t.setUTCDate(t.getUTCDate() + days);
  return t.toISOString().slice(0, 10);
}

const mb = (f: string): string => `${((existsSync(f) ? statSync(f).size : 0) / 1e6).toFixed(0)} MB`;
const dbSize = (file: string): string => `${mb(file)} (+ WAL ${mb(`${file}-wal`)})`;
const pct = (xs: number[], p: number): number =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))]!;

async function ingest(
  store: Store,
  base: readonly ReportInput[],
): Promise<{ ids: number[]; events: Event[][]; words: string[] }> {
  const ex = createExtractor();
  const ids: number[] = [];
  const events: Event[][] = [];
  const words = new Map<string, number>();
  let reportsMs = 0;
  let extractionsMs = 0;
  let extractMs = 0;
  const t0 = performance.now();
  for (let start = 0; start < N; start += BATCH) {
    const inputs = Array.from({ length: Math.min(BATCH, N - start) }, (_, k) => makeReport(base, start + k));
    const t0x = performance.now();
    const outs = inputs.map((r) => ex.extract(r));
    const t1 = performance.now();
    extractMs += t1 - t0x;
    const res = (await store.putReports(inputs.map(toNew))).results;
    const t2 = performance.now();
    await store.putExtractions(
      outs.map((o, k): Extraction => ({
        reportId: res[k]!.id,
        extractorVersion: 'bench',
        events: o.events,
        tallies: o.tallies,
      })),
    );
    reportsMs += t2 - t1;
    extractionsMs += performance.now() - t2;
    res.forEach((r, k) => {
      ids.push(r.id);
      events.push(outs[k]!.events);
    });
    if (start === 0)
      for (const r of inputs)
        for (const w of normalize(r.text).text.split(/\P{L}+/u))
          if (w.length >= 4) words.set(w, (words.get(w) ?? 0) + 1);
  }
  const secs = (performance.now() - t0) / 1000;
  console.log(
    `ingest:    ${N} reports in ${secs.toFixed(1)} s = ${(N / secs).toFixed(0)} reports/s (extraction + store + index)`,
  );
  const nEvents = events.reduce((s, e) => s + e.length, 0);
  console.log(
    `           store alone: putReports ${(N / (reportsMs / 1000)).toFixed(0)} reports/s (with FTS indexing), putExtractions ${(nEvents / (extractionsMs / 1000)).toFixed(0)} events/s`,
  );
  console.log(
    `           split: extraction ${(extractMs / 1000).toFixed(1)} s, store ${((reportsMs + extractionsMs) / 1000).toFixed(1)} s (${((100 * (reportsMs + extractionsMs)) / (secs * 1000)).toFixed(0)} %)`,
  );
  const common = [...words]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 300)
    .map(([w]) => w);
  return { ids, events, words: common };
}

/** re-store every report's events `copies` times with dates shifted by a month each (replace) */
async function grow(
  store: Store,
  ids: readonly number[],
  events: readonly Event[][],
  copies: number,
): Promise<void> {
  const t0 = performance.now();
  let added = 0;
  for (let start = 0; start < ids.length; start += BATCH) {
    const batch: Extraction[] = [];
    for (let k = start; k < Math.min(ids.length, start + BATCH); k++) {
      const evs = events[k]!.flatMap((e) =>
        Array.from({ length: copies }, (_, c) => ({
          ...e,
          date: shiftDate(e.date, c * 30),
          date_end: shiftDate(e.date_end, c * 30),
        })),
      );
      added += evs.length;
      batch.push({ reportId: ids[k]!, extractorVersion: `bench-x${copies}`, events: evs, tallies: [] });
    }
    await store.putExtractions(batch, { replace: true });
  }
  const secs = (performance.now() - t0) / 1000;
  console.log(
    `grow:      ${added} synthetic events in ${secs.toFixed(1)} s = ${(added / secs).toFixed(0)} events/s (replace: the originals stay, non-current)`,
  );
}

function randomFilter(all: readonly Event[], words: readonly string[]): EventFilter {
  const e = pick(all);
  const f: Record<string, unknown> = {};
  const kinds = [
    'type',
    'subtype',
    'actor',
    'side',
    'admin1',
    'place',
    'dates',
    'fatalities',
    'text',
    'text',
  ];
  const n = 1 + Math.floor(rnd() * 3);
  for (let i = 0; i < n; i++) {
    const k = pick(kinds);
    if (k === 'type') f.type = e.type;
    if (k === 'subtype') f.subtype = e.subtype;
    if (k === 'actor' && e.actor1) f.actor = e.actor1;
    if (k === 'side')
      f.side = pick(['pro_government', 'opposition', 'islamic_state', 'sdf', 'russia', 'civilians']);
    if (k === 'admin1' && e.location.admin1) f.admin1 = e.location.admin1;
    if (k === 'place') f.place = e.location.name_ar ?? e.location.name;
    if (k === 'dates' && e.date) {
      f.from = shiftDate(e.date, -15);
      f.to = shiftDate(e.date, 15);
    }
    if (k === 'fatalities') f.minFatalities = pick([1, 5, 10]);
    if (k === 'text') f.text = pick(words);
  }
  return f as EventFilter;
}

/** a kept database's originals (extractor version "bench") and its common words */
async function reuse(store: Store): Promise<{ events: Event[][]; words: string[] }> {
  const events: Event[][] = [];
  const words = new Map<string, number>();
  const n = (await store.stats()).reports;
  for (let id = 1; id <= n; id++) {
    events.push((await store.eventsOfReport(id)).filter((e) => e.extractorVersion === 'bench').map((e) => e.event));
    const r = id <= BATCH ? await store.getReport(id) : null;
    if (r)
      for (const w of normalize(r.text).text.split(/\P{L}+/u)) if (w.length >= 4) words.set(w, (words.get(w) ?? 0) + 1);
  }
  const common = [...words].sort((a, b) => b[1] - a[1]).slice(0, 300).map(([w]) => w);
  return { events, words: common };
}

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'rasid-bench-store-'));
  const file = process.env.BENCH_DB ?? join(dir, 'bench.db');
  const store = await openStore(file);
  try {
    let events: Event[][];
    let words: string[];
    if (process.env.BENCH_DB) ({ events, words } = await reuse(store));
    else {
      const base = baseReports();
      const got = await ingest(store, base);
      ({ events, words } = got);
      const extracted = events.reduce((s, e) => s + e.length, 0);
      console.log(`database:  ${dbSize(file)} for ${got.ids.length} reports, ${extracted} events`);
      const copies = Math.max(1, Math.ceil(TARGET_EVENTS / Math.max(1, extracted)));
      if (copies > 1) await grow(store, got.ids, events, copies);
    }
    const stats = await store.stats();
    console.log(`database:  ${dbSize(file)} with ${stats.events} current events`);
    seed = 7; // the same queries whether the database was built or reused

    const all = events.flat();
    const pageMs: number[] = [];
    const countMs: number[] = [];
    let hits = 0;
    const slow: [number, EventFilter][] = [];
    const filters = Array.from({ length: QUERIES }, () => randomFilter(all, words));
    if (process.env.BENCH_LOG) writeFileSync(process.env.BENCH_LOG, filters.map((f) => JSON.stringify({ f })).join('\n'));
    for (let q = 0; q < QUERIES; q++) {
      const f = filters[q]!;
      let t = performance.now();
      for await (const e of store.events({ ...f, limit: 100 })) hits += e.id > 0 ? 1 : 0;
      pageMs.push(performance.now() - t);
      t = performance.now();
      await store.countEvents(f);
      countMs.push(performance.now() - t);
      slow.push([pageMs[q]! + countMs[q]!, f]);
    }
    console.log(
      `search:    ${QUERIES} mixed queries (1-3 of filters + Arabic text), first 100 events: p50 ${pct(pageMs, 50).toFixed(1)} ms, p95 ${pct(pageMs, 95).toFixed(1)} ms (${(hits / QUERIES).toFixed(0)} events/query)`,
    );
    console.log(
      `           countEvents of the same: p50 ${pct(countMs, 50).toFixed(1)} ms, p95 ${pct(countMs, 95).toFixed(1)} ms`,
    );
    const kinds = new Map<string, number[]>();
    slow.forEach(([, f], q) => {
      for (const k of Object.keys(f)) kinds.set(k, [...(kinds.get(k) ?? []), pageMs[q]!]);
    });
    console.log(
      `           p95 by filter: ${[...kinds].map(([k, ms]) => `${k} ${pct(ms, 95).toFixed(0)}`).join(', ')} ms`,
    );
    for (const [ms, f] of slow.sort((a, b) => b[0] - a[0]).slice(0, 3))
      console.log(`           slow: ${ms.toFixed(0)} ms ${JSON.stringify(f)}`);

    if (process.env.BENCH_NO_EXPORT) return;
    const rss0 = process.memoryUsage().rss;
    const t0 = performance.now();
    let n = 0;
    let peak = rss0;
    for await (const e of store.events())
      if (++n % 100_000 === 0 && e.id > 0) peak = Math.max(peak, process.memoryUsage().rss);
    const secs = (performance.now() - t0) / 1000;
    console.log(
      `export:    ${n} events streamed in ${secs.toFixed(1)} s = ${(n / secs).toFixed(0)} events/s (RSS ${(rss0 / 1e6).toFixed(0)} → ${(peak / 1e6).toFixed(0)} MB)`,
    );
  } finally {
    await store.close();
    if (!process.env.BENCH_KEEP) rmSync(dir, { recursive: true, force: true });
    else console.log(`kept:      ${file}`);
  }
}

await main();
