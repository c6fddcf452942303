// Misspelled village names after a settlement noun: "قريه زينون" for زيزون. Reports drop or swap a
// letter; annotators (and readers) resolve the name to the gazetteer's nearest spelling in the
// report's governorate. Only one-word names at edit distance one (three-letter names only when
// one candidate is left), and only after a singular settlement noun, so common words are not
// read as places.
import type { Gazetteer, Place } from '../gazetteer/index.js';
import { nameKey } from '../gazetteer/index.js';

const SETTLEMENT = /(?:^|[\s"'])[وفبل]?(?:قريه|بلده|مدينه|حي|مخيم|مزرعه)\s+$/;
const KINDS = new Set(['village', 'town', 'city', 'neighbourhood', 'camp']);

export interface FuzzyIndex {
  /** places whose one-word name is one edit from `word` (normalised, without the article) */
  near(word: string): Place[];
}

const indexes = new WeakMap<Gazetteer, FuzzyIndex>();

/** Built on first use: the single deletions of every one-word Syrian settlement name. */
export function fuzzyIndex(gaz: Gazetteer): FuzzyIndex {
  const hit = indexes.get(gaz);
  if (hit) return hit;
  const byDeletion = new Map<string, Place[]>();
  const byDeletionAt = new Map<string, Place[]>(); // "i|rest": the letter at i taken out
  const exact = new Map<string, Place[]>();
  const add = (m: Map<string, Place[]>, k: string, p: Place): void => {
    const l = m.get(k);
    if (!l) m.set(k, [p]);
    else if (!l.includes(p)) l.push(p);
  };
  for (const p of gaz.places) {
    if (p.country !== 'SY' || p.id.startsWith('gn:') || !KINDS.has(p.kind) || p.common) continue;
    const k = nameKey(p.name_ar);
    if (k.length < 3 || k.includes(' ')) continue;
    add(exact, k, p);
    deletions(k).forEach((d, i) => { add(byDeletion, d, p); add(byDeletionAt, `${i}|${d}`, p); });
  }
  const index: FuzzyIndex = {
    near(word) {
      const out = new Set<Place>();
      for (const p of byDeletion.get(word) ?? []) out.add(p); // a letter dropped in the report
      deletions(word).forEach((d, i) => {
        for (const p of exact.get(d) ?? []) out.add(p); // a letter added
        for (const p of byDeletionAt.get(`${i}|${d}`) ?? []) out.add(p); // a letter replaced
      });
      return [...out];
    },
  };
  indexes.set(gaz, index);
  return index;
}

function deletions(w: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < w.length; i++) out.push(w.slice(0, i) + w.slice(i + 1));
  return out;
}

/** A word right after a settlement noun that may be a misspelled name. */
export function afterSettlement(text: string, start: number): boolean {
  return SETTLEMENT.test(text.slice(Math.max(0, start - 12), start));
}
