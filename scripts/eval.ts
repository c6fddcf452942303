// npm run eval: the scorer's table for every gold file in ../shared/eval/dev, then pooled.
import { basename } from 'node:path';
import { writeFileSync, mkdirSync } from 'node:fs';
import { createExtractor } from '../src/extract/pipeline.js';
import { scoreDevSet, type Scored } from '../src/eval/dev-set.js';

const f = (x: number | null | undefined): string => (x === null || x === undefined ? '  -  ' : x.toFixed(3));

function table(title: string, s: Scored): void {
  console.log(`\n== ${title}`);
  for (const k of ['event', 'place', 'casualty', 'actor_side', 'actor', 'tally']) {
    const m = s.metrics[k]!;
    console.log(`${k.padEnd(12)} P ${f(m.p)}  R ${f(m.r)}  F1 ${f(m.f1)}   gold ${m.gold}  pred ${m.pred}`);
  }
  for (const k of ['subtype', 'actor1_side', 'actor2_side', 'actor1', 'date', 'fatalities', 'civilians', 'women', 'children']) {
    const m = s.metrics[k]!;
    console.log(`${k.padEnd(12)} accuracy ${f(m.acc)}   over ${m.n} matched events`);
  }
}

const ex = createExtractor();
const { all, files, preds } = await scoreDevSet(ex);
for (const [file, s] of files) table(basename(file), s);
table('all dev reports', all);
if (process.argv.includes('--docs')) for (const d of all.perDoc) console.log(`  ${d.id}: gold ${d.gold_events}  pred ${d.pred_events}  matched ${d.matched}`);
const outIdx = process.argv.indexOf('--out');
if (outIdx > 0) {
  const dir = process.argv[outIdx + 1]!;
  mkdirSync(dir, { recursive: true });
  writeFileSync(`${dir}/pred.jsonl`, [...preds.values()].map((p) => JSON.stringify(p)).join('\n') + '\n');
}
