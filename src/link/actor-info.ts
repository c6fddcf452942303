// The two facts about an actor that linking and export need — its ACLED interaction code and
// its side — read from data/lexicon/actor-names.tsv. Only that one file is read (not the
// whole lexicon with its phrase indexes): the store and the CLI call these modules without
// extracting anything. The full lexicon loader validates the same file.
import { join } from 'node:path';
import { LEXICON_FILES, LexiconError, defaultLexiconDir } from '../lexicon/index.js';
import { readTsv } from '../lexicon/read-tsv.js';

export interface ActorInfo {
  /** ACLED interaction code 1-8 (1 state forces … 7 civilians, 8 external forces) */
  readonly inter: number;
  /** coarse grouping (pro_government, islamic_state, civilians, …) */
  readonly side: string;
}

const cache = new Map<string, ReadonlyMap<string, ActorInfo>>();

/** Actor name → inter and side, from `<dir>/actor-names.tsv` (default: the package's data/lexicon). */
export function loadActorInfo(dir: string = defaultLexiconDir()): ReadonlyMap<string, ActorInfo> {
  const hit = cache.get(dir);
  if (hit) return hit;
  const problems: string[] = [];
  const spec = LEXICON_FILES.actorNames;
  const rows = readTsv(join(dir, spec.file), spec.columns, problems);
  const table = new Map<string, ActorInfo>();
  for (const { cells } of rows) {
    const [name, inter, side] = cells as [string, string, string];
    table.set(name, { inter: Number(inter), side });
  }
  if (problems.length > 0) throw new LexiconError(problems);
  cache.set(dir, table);
  return table;
}

let packageTable: ReadonlyMap<string, ActorInfo> | null = null;

/** The default actor lookup of linking and export: the package's actor table (found once). */
export function defaultActorLookup(name: string): ActorInfo | undefined {
  packageTable ??= loadActorInfo();
  return packageTable.get(name);
}
