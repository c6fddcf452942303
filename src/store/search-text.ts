// What the full-text index sees, for both databases: the report normalised as the extractor
// normalises (no tashkeel/tatweel, alef/hamza/ya/ta-marbuta folded, Western digits), followed by
// the clitic-stripped stems of its words, so that "قصف" finds "والقصف" and "بالقصف". A query goes
// through the same normalisation; each query word matches itself or its stem.
import { normalize } from '../text/normalize.js';
import { analyses, bare } from '../text/tokens.js';
import { StoreError } from './store-error.js';

// Letters and digits only: both FTS5's unicode61 tokenizer and PostgreSQL's parser split here.
const WORD = /[\p{L}\p{N}]+/gu;

// words repeat across reports: caching their stems halves the indexing time (measured)
const stemCache = new Map<string, readonly string[]>();

/** Stems worth indexing: article-stripped readings from 2 letters, bare-preposition ones from 3. */
function stemsOf(word: string): readonly string[] {
  const hit = stemCache.get(word);
  if (hit) return hit;
  const out: string[] = [];
  for (const a of analyses(word)) {
    if (a.stem === word) continue;
    // "بحر" read as ب+حر would flood "حر"; without the article a stem needs three letters
    if (a.definite ? a.stem.length >= 2 : a.stem.length >= 3) out.push(a.stem);
  }
  if (stemCache.size >= 200_000) stemCache.clear();
  stemCache.set(word, out);
  return out;
}

/** The text to index for a report: the normalised copy, then the distinct stems of its words. */
export function searchBody(text: string): string {
  const norm = normalize(text).text;
  const stems = new Set<string>();
  for (const m of norm.matchAll(WORD)) for (const s of stemsOf(m[0])) stems.add(s);
  return stems.size ? `${norm}\n${[...stems].join(' ')}` : norm;
}

/**
 * A query as alternatives per word: [[word, stem?], …]; every word must match. Only the
 * article-stripped stem is added on the query side (conservative: "بحر" does not search "حر").
 */
export function searchTerms(query: string): string[][] {
  const out: string[][] = [];
  for (const m of normalize(query).text.matchAll(WORD)) {
    const w = m[0];
    const stem = bare(w);
    out.push(stem !== w ? [w, stem] : [w]);
  }
  if (out.length === 0)
    throw new StoreError('input', `expected a text query with at least one word, found "${query}"`);
  return out;
}
