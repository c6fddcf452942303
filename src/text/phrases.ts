// A phrase index over word tokens. Lexicon entries (actor names, triggers, place names) are
// multi-word phrases; a phrase matches a run of tokens when each word equals the token's stem.
// The first word may carry proclitics (و ف ب ل ك) and any word may carry the article, so
// "وبريف حلب" matches the entry "ريف حلب" and "لقوات النظام" the entry "قوات النظام".
import { analyses, type Analysis, type Token } from './tokens.js';
import { normalizeKey } from './normalize.js';

interface Node<T> {
  next: Map<string, Node<T>>;
  values: T[];
}

export interface PhraseMatch<T> {
  /** index of the first and one past the last token */
  readonly from: number;
  readonly to: number;
  /** character span in the normalised text, proclitics of the first token excluded */
  readonly start: number;
  readonly end: number;
  /** proclitics removed from the first token ("" when none) */
  readonly prefix: string;
  readonly values: readonly T[];
}

/** The key of one word of a lexicon phrase: its article removed. */
export function wordKey(w: string): string {
  return w.length > 3 && w.startsWith('ال') ? w.slice(2) : w;
}

/** Keys a non-initial text token can take: itself, without article, without و (lists). */
function innerKeys(w: string): string[] {
  const keys = [w];
  if (w.length > 3 && w.startsWith('ال')) keys.push(w.slice(2));
  return keys;
}

/** Tokens with their readings computed once, shared by every index searched on one text. */
export interface PreparedTokens {
  readonly text: string;
  readonly tokens: readonly Token[];
  readonly first: readonly (readonly Analysis[])[];
  readonly inner: readonly (readonly string[])[];
  /** gapOk[i]: tokens i and i+1 may belong to one phrase */
  readonly gapOk: Uint8Array;
}

// News vocabulary repeats from report to report: a word's readings are computed once and kept
// (readonly, shared), which spares most of the allocation on long runs.
const readingCache = new Map<string, { first: readonly Analysis[]; inner: readonly string[] }>();
const READING_CACHE_MAX = 200_000;

function readingsOf(word: string): { first: readonly Analysis[]; inner: readonly string[] } {
  let r = readingCache.get(word);
  if (!r) {
    if (readingCache.size >= READING_CACHE_MAX) readingCache.clear();
    r = { first: analyses(word), inner: innerKeys(word) };
    readingCache.set(word, r);
  }
  return r;
}

export function prepareTokens(text: string, tokens: readonly Token[]): PreparedTokens {
  const gapOk = new Uint8Array(tokens.length);
  const first: (readonly Analysis[])[] = new Array(tokens.length);
  const inner: (readonly string[])[] = new Array(tokens.length);
  for (let i = 0; i < tokens.length; i++) {
    const r = readingsOf(tokens[i]!.text);
    first[i] = r.first;
    inner[i] = r.inner;
    if (i + 1 < tokens.length) gapOk[i] = GAP_OK.test(text.slice(tokens[i]!.end, tokens[i + 1]!.start)) ? 1 : 0;
  }
  return { text, tokens, first, inner, gapOk };
}

/** A gap between two tokens of one phrase may hold spaces, quotes, hyphens, but no clause break. */
const GAP_OK = /^[ "'\-_]*$/;

export class PhraseIndex<T> {
  private readonly root: Node<T> = { next: new Map(), values: [] };
  private count = 0;

  /** Add a phrase (raw Arabic; normalised here). Returns false for an empty phrase. */
  add(phrase: string, value: T): boolean {
    const words = normalizeKey(phrase).split(' ').filter(Boolean).map(wordKey);
    if (words.length === 0) return false;
    let node = this.root;
    for (const w of words) {
      let n = node.next.get(w);
      if (!n) { n = { next: new Map(), values: [] }; node.next.set(w, n); }
      node = n;
    }
    node.values.push(value);
    this.count++;
    return true;
  }

  get size(): number {
    return this.count;
  }

  /** Copy every phrase of `other` into this index, its values mapped by `f` (tries are merged node by node). */
  absorb<U>(other: PhraseIndex<U>, f: (u: U) => T): void {
    const copy = (from: Node<U>, to: Node<T>): void => {
      for (const v of from.values) { to.values.push(f(v)); this.count++; }
      for (const [k, child] of from.next) {
        let n = to.next.get(k);
        if (!n) { n = { next: new Map(), values: [] }; to.next.set(k, n); }
        copy(child, n);
      }
    };
    copy(other.root, this.root);
  }

  /** Every match of every phrase in `tokens` (overlapping matches included). */
  findAll(text: string, tokens: readonly Token[]): PhraseMatch<T>[] {
    return this.findPrepared(prepareTokens(text, tokens));
  }

  findPrepared(p: PreparedTokens): PhraseMatch<T>[] {
    const out: PhraseMatch<T>[] = [];
    for (let i = 0; i < p.tokens.length; i++) {
      const first = p.tokens[i]!;
      for (const a of p.first[i]!) {
        const node = this.root.next.get(a.stem);
        if (!node) continue;
        const start = first.end - (first.text.length - prefixLength(first.text, a.prefix));
        this.walk(p, i, i + 1, node, a.prefix, start, out);
      }
    }
    return out;
  }

  private walk(p: PreparedTokens, from: number, to: number, node: Node<T>, prefix: string, start: number, out: PhraseMatch<T>[]): void {
    if (node.values.length) out.push({ from, to, start, end: p.tokens[to - 1]!.end, prefix, values: node.values });
    if (to >= p.tokens.length || node.next.size === 0 || !p.gapOk[to - 1]) return;
    for (const k of p.inner[to]!) {
      const n = node.next.get(k);
      if (n) this.walk(p, from, to + 1, n, prefix, start, out);
    }
  }
}

/** Length in characters of the proclitics named by an analysis prefix such as "و+ب". */
function prefixLength(word: string, prefix: string): number {
  if (!prefix) return 0;
  const letters = prefix.split('+').length;
  // "لل" readings consume one letter (ل) and the article's ا is absent from the surface
  return Math.min(letters, word.length);
}

/**
 * Keep the best non-overlapping matches: longest first, then the one with fewer proclitics
 * stripped (an unsegmented reading is the safer one), then the earlier.
 */
export function bestMatches<T>(matches: readonly PhraseMatch<T>[]): PhraseMatch<T>[] {
  const sorted = [...matches].sort((a, b) =>
    b.to - b.from - (a.to - a.from) || b.end - b.start - (a.end - a.start) || a.prefix.length - b.prefix.length || a.from - b.from);
  const used = new Set<number>();
  const kept: PhraseMatch<T>[] = [];
  for (const m of sorted) {
    let free = true;
    for (let i = m.from; i < m.to; i++) if (used.has(i)) { free = false; break; }
    if (!free) continue;
    for (let i = m.from; i < m.to; i++) used.add(i);
    kept.push(m);
  }
  return kept.sort((a, b) => a.from - b.from);
}
