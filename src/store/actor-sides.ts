// The side of each canonical actor (data/lexicon/actor-names.tsv, column "side"), written into
// events.actor1_side / actor2_side when an extraction is stored so that `side` filters on an
// indexed column. Sides are fixed at write time: re-store (replace) after changing the table.
import { join } from 'node:path';
import { readTsv } from '../lexicon/read-tsv.js';
import { repoRoot } from '../root.js';
import { StoreError } from './store-error.js';

const COLUMNS = ['name', 'inter', 'side', 'key', 'country'] as const;
let cached: ReadonlyMap<string, string> | null = null;

export function actorSides(file?: string): ReadonlyMap<string, string> {
  if (cached && file === undefined) return cached;
  const problems: string[] = [];
  const rows = readTsv(file ?? join(repoRoot(), 'data', 'lexicon', 'actor-names.tsv'), COLUMNS, problems);
  if (problems.length) throw new StoreError('schema', `cannot read actor sides:\n${problems.join('\n')}`);
  const map = new Map<string, string>();
  for (const r of rows) map.set(r.cells[0]!, r.cells[2]!);
  if (file === undefined) cached = map;
  return map;
}
