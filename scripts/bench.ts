// npm run bench: start-up time, then extraction speed and peak memory on a corpus of
// 10,000+ reports generated from the dev reports (sentences reshuffled so that no two
// reports are identical). One process, one core. Prints figures; asserts nothing.
import { performance } from 'node:perf_hooks';
import { createExtractor } from '../src/extract/pipeline.js';
import { goldFiles, readGold } from '../src/eval/dev-set.js';
import type { ReportInput } from '../src/codebook/schema.js';

const N = Number(process.env.BENCH_REPORTS ?? 10_000);

function corpus(): ReportInput[] {
  const base: ReportInput[] = [];
  for (const f of goldFiles()) for (const d of readGold(f).values()) {
    base.push({ id: String(d.id), source: String(d.source ?? ''), url: null, published: String(d.published), title: null, text: String(d.text) });
  }
  const out: ReportInput[] = [];
  let seed = 42;
  const rnd = (): number => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  for (let i = 0; out.length < N; i++) {
    const b = base[i % base.length]!;
    const parts = b.text.split('\n');
    if (i >= base.length) parts.sort(() => rnd() - 0.5);
    out.push({ ...b, id: `${b.id}-${i}`, text: parts.join('\n') });
  }
  return out;
}

const t0 = performance.now();
const ex = createExtractor();
const startup = performance.now() - t0;
const reports = corpus();
const bytes = reports.reduce((s, r) => s + Buffer.byteLength(r.text), 0);
// warm-up, then measure
for (const r of reports.slice(0, 200)) ex.extract(r);
const t1 = performance.now();
const c1 = process.cpuUsage();
let events = 0;
// the run is timed in tenths too: on a shared machine the best tenth shows the speed without
// the other load, the median the typical one
const slices: number[] = [];
const slice = Math.ceil(reports.length / 10);
for (let i = 0; i < reports.length; i += slice) {
  const s0 = performance.now();
  const part = reports.slice(i, i + slice);
  for (const r of part) events += ex.extract(r).events.length;
  slices.push(part.length / ((performance.now() - s0) / 1000));
}
const secs = (performance.now() - t1) / 1000;
const cpu = process.cpuUsage(c1);
const cpuSecs = (cpu.user + cpu.system) / 1e6;
const rss = process.resourceUsage().maxRSS / 1024;
slices.sort((a, b) => a - b);
console.log(`start-up (lexicons + gazetteer ready): ${startup.toFixed(0)} ms`);
console.log(`reports:   ${reports.length} (${(bytes / 1e6).toFixed(1)} MB of text), ${events} events`);
console.log(`speed:     ${(reports.length / secs).toFixed(0)} reports/s, ${(bytes / 1e6 / secs).toFixed(2)} MB/s (wall clock)`);
console.log(`           tenths of the run: best ${slices[slices.length - 1]!.toFixed(0)}, median ${slices[slices.length >> 1]!.toFixed(0)} reports/s`);
console.log(`           ${(reports.length / cpuSecs).toFixed(0)} reports/s per CPU second (all threads: GC helpers count too)`);
console.log(`peak RSS:  ${rss.toFixed(0)} MB`);
