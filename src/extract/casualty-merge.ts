// Combining two readings of one event's toll: a restatement keeps the larger figure, an
// additive mention ("وقتل ايضا 4 مدنيين اخرين") adds to it.
import type { CasualtyCount, CasualtyReading } from './casualties.js';

function sum(a: number | null, b: number | null, add: boolean): number | null {
  if (a === null) return b;
  if (b === null) return a;
  return add ? a + b : Math.max(a, b);
}

function mergeCount(a: CasualtyCount | null, b: CasualtyCount | null, add: boolean): CasualtyCount | null {
  if (!a) return b;
  if (!b) return a;
  const by = new Map(a.by_actor);
  for (const [k, v] of b.by_actor) by.set(k, sum(by.get(k) ?? null, v, add) ?? v);
  return {
    total: sum(a.total, b.total, add),
    civilians: sum(a.civilians, b.civilians, add),
    women: sum(a.women, b.women, add),
    children: sum(a.children, b.children, add),
    by_actor: by,
    approx: a.approx || b.approx,
    unknown: a.unknown && b.unknown,
  };
}

export function mergeCasualtyReadings(a: CasualtyReading | null, b: CasualtyReading | null, add: boolean): CasualtyReading | null {
  if (!a) return b;
  if (!b) return a;
  return {
    killed: mergeCount(a.killed, b.killed, add),
    injured: mergeCount(a.injured, b.injured, add),
    either: sum(a.either, b.either, add),
    abducted: mergeCount(a.abducted, b.abducted, add),
    spans: [...a.spans, ...b.spans],
  };
}
