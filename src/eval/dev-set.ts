// Runs the extractor over the annotated dev set and scores it with the team's scorer
// (../shared/eval/score.mjs), so that `npm run eval` and the quality test see the same figures.
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ReportInput } from '../codebook/schema.js';
import type { ReportOutput } from '../codebook/schema.js';
import type { Extractor } from '../extract/pipeline.js';
import { repoRoot } from '../root.js';

export const sharedDir = (): string => process.env.RASID_SHARED ?? resolve(repoRoot(), '..', 'shared');
export const devDir = (): string => join(sharedDir(), 'eval', 'dev');

export interface Metric { p: number; r: number; f1: number; gold: number; pred: number }
export interface Scored { metrics: Record<string, Metric & { acc?: number | null; n?: number }>; perDoc: { id: string; gold_events: number; pred_events: number; matched: number }[] }

type ScoreFn = (gold: Map<string, unknown>, pred: Map<string, unknown>) => Scored;

export async function loadScorer(): Promise<ScoreFn> {
  const mod = (await import(pathToFileURL(join(sharedDir(), 'eval', 'score.mjs')).href)) as { score: ScoreFn };
  return mod.score;
}

export function goldFiles(dir = devDir()): string[] {
  return readdirSync(dir).filter((f) => f.endsWith('.gold.jsonl')).sort().map((f) => join(dir, f));
}

export function readGold(file: string): Map<string, Record<string, unknown>> {
  const out = new Map<string, Record<string, unknown>>();
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const d = JSON.parse(line) as Record<string, unknown>;
    out.set(String(d.id), d);
  }
  return out;
}

export function predict(ex: Extractor, gold: Map<string, Record<string, unknown>>): Map<string, ReportOutput> {
  const out = new Map<string, ReportOutput>();
  for (const d of gold.values()) out.set(String(d.id), ex.extract(ReportInput.parse(d)));
  return out;
}

/** Scores over all gold files pooled (the figures the quality gate uses). */
export async function scoreDevSet(ex: Extractor, dir = devDir()): Promise<{ all: Scored; files: Map<string, Scored>; preds: Map<string, ReportOutput> }> {
  const score = await loadScorer();
  const gold = new Map<string, Record<string, unknown>>();
  const files = new Map<string, Scored>();
  const preds = new Map<string, ReportOutput>();
  for (const f of goldFiles(dir)) {
    const g = readGold(f);
    const p = predict(ex, g);
    files.set(f, score(g, p));
    for (const [k, v] of g) gold.set(k, v);
    for (const [k, v] of p) preds.set(k, v);
  }
  return { all: score(gold, preds), files, preds };
}
