// npm run bench:api: the HTTP API under load, on loopback only. Fills a SQLite database with
// BENCH_API_EVENTS generated events (default 100,000; the issue asks for 1,000,000:
// BENCH_API_EVENTS=1000000 npm run bench:api) — the dev reports (read from ../shared at run
// time, never copied) are extracted once, and their events are cloned onto synthetic reports
// with shifted dates — links incidents with the real linker, starts `rasid serve` on 127.0.0.1
// in a child process, and measures requests/s and latency (p50, p95) of the main endpoints from
// this process with bounded loops (BENCH_API_REQUESTS per endpoint, BENCH_API_CONCURRENCY at a
// time). Prints; asserts nothing. BENCH_API_DB=path reuses (or keeps) a database.
import { spawn, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { hashPassword, hashSecret, newSecret } from '../src/api/passwords.js';
import type { Event, ReportInput } from '../src/codebook/schema.js';
import { goldFiles, readGold } from '../src/eval/dev-set.js';
import { createExtractor } from '../src/extract/pipeline.js';
import { relinkIncidents } from '../src/ingest/index.js';
import { repoRoot } from '../src/root.js';
import { openStore } from '../src/store/index.js';
import type { Extraction, NewReport, Store } from '../src/store/types.js';

const EVENTS = Number(process.env.BENCH_API_EVENTS ?? 100_000);
const REQUESTS = Number(process.env.BENCH_API_REQUESTS ?? 400);
const CONCURRENCY = Number(process.env.BENCH_API_CONCURRENCY ?? 8);
const PER_REPORT = 8;
const BATCH = 1000;

let seed = 7;
const rnd = (): number => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;

function shift(d: string | null, days: number): string | null {
  if (!d) return d;
  const t = new Date(`${d}T00:00:00Z`);
  t.setUTCDate(t.getUTCDate() + days);
  return t.toISOString().slice(0, 10);
}

/** the dev reports' extracted events and texts (the pool the synthetic reports draw from) */
function pool(): { events: Event[]; texts: ReportInput[] } {
  const x = createExtractor();
  const texts: ReportInput[] = [];
  for (const f of goldFiles())
    for (const d of readGold(f).values())
      texts.push({ id: String(d.id), source: String(d.source ?? ''), published: String(d.published), text: String(d.text) });
  const events = texts.flatMap((r) => x.extract(r).events).filter((e) => e.date);
  return { events, texts };
}

async function fill(store: Store): Promise<void> {
  const t0 = performance.now();
  const { events, texts } = pool();
  const sources = ['SOHR', 'SANA', 'Enab Baladi', 'Step News', 'Al Jazeera', 'Syria TV'];
  let made = 0;
  for (let i = 0; made < EVENTS; i += BATCH) {
    const reports: NewReport[] = [];
    const evs: Event[][] = [];
    for (let k = 0; k < BATCH && made < EVENTS; k++) {
      const n = i + k;
      const base = pick(texts);
      const text = `${base.text}\nنشرة رقم ${n}`;
      const hash = createHash('sha256').update(text).digest('hex');
      const days = Math.floor(rnd() * 3650) - 1800;
      reports.push({ extId: `bench-${n}`, source: pick(sources), url: null, published: shift(base.published ?? '2017-01-01', days), title: null, text, contentHash: hash, syndicationGroup: hash, origin: 'bench-api' });
      const m = Math.min(PER_REPORT, EVENTS - made);
      evs.push(Array.from({ length: m }, () => {
        const e = pick(events);
        return { ...e, date: shift(e.date, days), date_end: shift(e.date_end, days) };
      }));
      made += m;
    }
    const ids = (await store.putReports(reports)).results.map((r) => r.id);
    const batch: Extraction[] = ids.map((reportId, k) => ({ reportId, extractorVersion: 'bench-api', events: evs[k]!, tallies: [] }));
    await store.putExtractions(batch);
  }
  const t1 = performance.now();
  console.log(`fill:      ${made} events on ${Math.ceil(made / PER_REPORT)} reports in ${((t1 - t0) / 1000).toFixed(1)} s`);
  const n = await relinkIncidents(store, { force: true });
  console.log(`link:      ${n} incidents in ${((performance.now() - t1) / 1000).toFixed(1)} s`);
}

function serve(db: string): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, [join(repoRoot(), 'bin', 'rasid'), 'serve', '--db', db, '--host', '127.0.0.1', '--port', '0', '--rate-limit', '0'], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  return new Promise((resolve, reject) => {
    let err = '';
    child.stderr!.on('data', (b: Buffer) => {
      err += b.toString();
      const m = /at (http:\/\/127\.0\.0\.1:\d+)/.exec(err);
      if (m) resolve({ child, url: m[1]! });
    });
    child.once('exit', (code) => reject(new Error(`rasid serve exited with ${code}: ${err}`)));
  });
}

const pct = (xs: number[], p: number): number => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))]!;

async function measure(name: string, url: () => string, token: string, n = REQUESTS, init: () => RequestInit = () => ({})): Promise<void> {
  const ms: number[] = [];
  let bytes = 0;
  let failed = 0;
  let next = 0;
  const t0 = performance.now();
  const worker = async (): Promise<void> => {
    while (next < n) {
      next++;
      const i0 = performance.now();
      const base = init();
      const r = await fetch(url(), { ...base, headers: { ...(base.headers as Record<string, string>), Authorization: `Bearer ${token}` } });
      bytes += (await r.arrayBuffer()).byteLength;
      if (!r.ok) failed++;
      ms.push(performance.now() - i0);
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  const secs = (performance.now() - t0) / 1000;
  console.log(
    `${name.padEnd(44)} ${(n / secs).toFixed(0).padStart(6)} req/s   p50 ${pct(ms, 50).toFixed(1).padStart(7)} ms   p95 ${pct(ms, 95).toFixed(1).padStart(7)} ms   ${(bytes / n / 1024).toFixed(1).padStart(8)} KB/resp${failed ? `   ${failed} FAILED` : ''}`,
  );
}

async function main(): Promise<void> {
  const dir = process.env.BENCH_API_DB ? null : mkdtempSync(join(tmpdir(), 'rasid-bench-api-'));
  const db = process.env.BENCH_API_DB ?? join(dir!, 'bench.db');
  const store = await openStore(db);
  if (!existsSync(db) || (await store.stats()).events === 0) await fill(store);
  const stats = await store.stats();
  const token = newSecret();
  const user = (await store.userByName('bench')) ?? (await store.putUser({ name: 'bench', role: 'analyst', passwordHash: await hashPassword(newSecret()) }));
  await store.putToken(hashSecret(token), user.id);
  const eventIds: number[] = [];
  for await (const e of store.events({ limit: 2000, offset: Math.floor(stats.events / 2) })) eventIds.push(e.id);
  await store.close();
  console.log(`database:  ${db}: ${stats.reports} reports, ${stats.events} events, ${stats.incidents} incidents`);
  console.log(`load:      ${REQUESTS} requests per endpoint, ${CONCURRENCY} at a time, 127.0.0.1, rate limit off`);

  const { child, url } = await serve(db);
  try {
    const q = (path: string) => () => `${url}${path}`;
    const someIncident = () => `${url}/api/incidents/${1 + Math.floor(rnd() * stats.incidents)}`;
    const someEvent = () => `${url}/api/events/${pick(eventIds)}`;
    await measure('GET /api/incidents?limit=50', q('/api/incidents?limit=50'), token);
    await measure('GET /api/incidents?admin1=Aleppo&limit=50', q('/api/incidents?admin1=Aleppo&limit=50'), token);
    await measure('GET /api/incidents?from&to (one month)', q('/api/incidents?from=2017-03-01&to=2017-03-31&limit=50'), token);
    await measure('GET /api/incidents/:id', someIncident, token);
    await measure('GET /api/events?limit=50', q('/api/events?limit=50'), token);
    await measure('GET /api/events?q=قصف&limit=50', q(`/api/events?q=${encodeURIComponent('قصف')}&limit=50`), token);
    await measure('GET /api/events/:id', someEvent, token);
    await measure('GET /api/stats?by=week&from&to (one year)', q('/api/stats?by=week&from=2017-01-01&to=2017-12-31'), token, Math.ceil(REQUESTS / 4));
    await measure('GET /api/stats?by=governorate', q('/api/stats?by=governorate'), token, Math.ceil(REQUESTS / 8));
    await measure('GET /api/export?format=jsonl (one month)', q('/api/export?format=jsonl&from=2017-03-01&to=2017-03-31'), token, Math.ceil(REQUESTS / 8));
    await measure('PATCH /api/events/:id (correction)', someEvent, token, Math.ceil(REQUESTS / 4), () => ({
      method: 'PATCH',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ changes: { fatalities: { total: Math.floor(rnd() * 10) } }, comment: 'bench' }),
    }));
  } finally {
    child.kill('SIGTERM');
    if (dir) rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exitCode = 1;
});
