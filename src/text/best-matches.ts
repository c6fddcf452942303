// Choosing among overlapping phrase matches (PhraseIndex.findPrepared returns them all).
import type { PhraseMatch } from './phrases.js';

/**
 * Keep the best non-overlapping matches: longest first, then the one with fewer proclitics
 * stripped (an unsegmented reading is the safer one), then the earlier.
 */
export function bestMatches<T>(matches: readonly PhraseMatch<T>[]): PhraseMatch<T>[] {
  const keys = sortKeys(matches);
  if (keys === null) return bestMatchesBy(matches);
  keys.sort();
  const used = new Uint8Array(lastToken(matches));
  const keep = new Uint8Array(matches.length);
  for (let j = 0; j < keys.length; j++) {
    const idx = keys[j]! % KEY_INDEX;
    const m = matches[idx]!;
    let free = true;
    for (let i = m.from; i < m.to; i++) if (used[i]) { free = false; break; }
    if (!free) continue;
    for (let i = m.from; i < m.to; i++) used[i] = 1;
    keep[idx] = 1;
  }
  const kept: PhraseMatch<T>[] = [];
  for (let i = 0; i < matches.length; i++) if (keep[i]) kept.push(matches[i]!);
  return kept;
}

// The usual input (a search's output: sorted by first token, short phrases, short text) is
// ordered by one number per match, sorted natively instead of by a comparator: the ranking
// above, then the input position (the earlier "from", as the input is sorted by it). Kept
// matches cover distinct tokens, so input order is also their order by "from".
const KEY_INDEX = 2 ** 16;
const MAX_TOKENS = 1023;
const MAX_CHARS = 2 ** 24 - 1;

function sortKeys(matches: readonly PhraseMatch<unknown>[]): Float64Array | null {
  const n = matches.length;
  if (n >= KEY_INDEX) return null;
  const keys = new Float64Array(n);
  let prev = -Infinity;
  for (let i = 0; i < n; i++) {
    const m = matches[i]!;
    const tokens = m.to - m.from;
    const chars = m.end - m.start;
    const prefix = m.prefix.length;
    if (!(m.from >= prev) || !Number.isInteger(tokens) || !Number.isInteger(chars)
      || tokens < 1 || tokens > MAX_TOKENS || chars < 0 || chars > MAX_CHARS || prefix > 7) return null;
    prev = m.from;
    keys[i] = (((MAX_TOKENS - tokens) * (MAX_CHARS + 1) + (MAX_CHARS - chars)) * 8 + prefix) * KEY_INDEX + i;
  }
  return keys;
}

function lastToken(matches: readonly PhraseMatch<unknown>[]): number {
  let last = 0;
  for (const m of matches) if (m.to > last) last = m.to;
  return last;
}

/** The general case: any order, any size. */
function bestMatchesBy<T>(matches: readonly PhraseMatch<T>[]): PhraseMatch<T>[] {
  const sorted = [...matches].sort((a, b) =>
    b.to - b.from - (a.to - a.from) || b.end - b.start - (a.end - a.start) || a.prefix.length - b.prefix.length || a.from - b.from);
  const used = new Uint8Array(lastToken(matches));
  const kept: PhraseMatch<T>[] = [];
  for (const m of sorted) {
    let free = true;
    for (let i = m.from; i < m.to; i++) if (used[i]) { free = false; break; }
    if (!free) continue;
    used.fill(1, m.from, m.to);
    kept.push(m);
  }
  return kept.sort((a, b) => a.from - b.from);
}
