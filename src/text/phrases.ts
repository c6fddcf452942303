// A phrase index over word tokens. Lexicon entries (actor names, triggers, place names) are
// multi-word phrases; a phrase matches a run of tokens when each word equals the token's stem.
// The first word may carry proclitics (و ف ب ل ك) and any word may carry the article, so
// "وبريف حلب" matches the entry "ريف حلب" and "لقوات النظام" the entry "قوات النظام".
import type { Token } from './tokens.js';
import { normalizeKey } from './normalize.js';
import { refresh, table, wordId, wordRow } from './readings.js';

export { bestMatches } from './best-matches.js';

interface Node<T> {
  next: Map<number, Node<T>> | null;
  values: T[];
}

const newNode = <T>(): Node<T> => ({ next: null, values: [] });

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

/** Tokens with their readings looked up once, shared by every index searched on one text. */
export interface PreparedTokens {
  readonly text: string;
  readonly tokens: readonly Token[];
  /** each token's row in the word table (readings.ts) */
  readonly rows: Int32Array;
  /** gapOk[i]: tokens i and i+1 may belong to one phrase */
  readonly gapOk: Uint8Array;
  /** generation of the word table the rows belong to */
  readonly gen: number;
}

/** A gap between two tokens of one phrase may hold spaces, quotes, hyphens, but no clause break. */
function gapOk(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c !== 0x20 && c !== 0x22 && c !== 0x27 && c !== 0x2d && c !== 0x5f) return false;
  }
  return true;
}

export function prepareTokens(text: string, tokens: readonly Token[]): PreparedTokens {
  const { gen } = refresh();
  const n = tokens.length;
  const gaps = new Uint8Array(n);
  const rows = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    rows[i] = wordRow(tokens[i]!.text);
    if (i + 1 < n) gaps[i] = gapOk(text, tokens[i]!.end, tokens[i + 1]!.start) ? 1 : 0;
  }
  return { text, tokens, rows, gapOk: gaps, gen };
}

// The trie is built from objects (add, absorb) and searched in a compiled, flat form: typed
// arrays of node numbers and sorted child words, which the search reads with few cache misses.
interface Flat<T> {
  /** a bit per word number: does a phrase start with it (small enough to stay in cache) */
  readonly starts: Int32Array;
  /** word number → first node + 1 (0: none) */
  readonly rootOf: Int32Array;
  /** node → its values (the trie's own arrays), undefined when none end there */
  readonly values: readonly (readonly T[] | undefined)[];
  /** node → its first edge; the node's edges end where the next node's begin */
  readonly kidStart: Int32Array;
  /** edge → word number (ascending within a node) and child node */
  readonly kidWord: Int32Array;
  readonly kidNode: Int32Array;
}

export class PhraseIndex<T> {
  /** first words, by word number */
  private readonly root: (Node<T> | undefined)[] = [];
  private flat: Flat<T> | null = null;
  private count = 0;

  private rootNode(id: number): Node<T> {
    while (this.root.length <= id) this.root.push(undefined); // dense: no holes
    return (this.root[id] ??= newNode<T>());
  }

  /** Add a phrase (raw Arabic; normalised here). Returns false for an empty phrase. */
  add(phrase: string, value: T): boolean {
    const words = normalizeKey(phrase).split(' ').filter(Boolean).map(wordKey);
    if (words.length === 0) return false;
    this.flat = null;
    let node = this.rootNode(wordId(words[0]!));
    for (let k = 1; k < words.length; k++) node = child(node, wordId(words[k]!));
    node.values.push(value);
    this.count++;
    return true;
  }

  get size(): number {
    return this.count;
  }

  /** Copy every phrase of `other` into this index, its values mapped by `f` (tries are merged node by node). */
  absorb<U>(other: PhraseIndex<U>, f: (u: U) => T): void {
    this.flat = null;
    const copy = (from: Node<U>, to: Node<T>): void => {
      for (const v of from.values) { to.values.push(f(v)); this.count++; }
      if (from.next) for (const [k, c] of from.next) copy(c, child(to, k));
    };
    other.root.forEach((n, id) => { if (n) copy(n, this.rootNode(id)); });
  }

  /** Every match of every phrase in `tokens` (overlapping matches included). */
  findAll(text: string, tokens: readonly Token[]): PhraseMatch<T>[] {
    return this.findPrepared(prepareTokens(text, tokens));
  }

  findPrepared(p: PreparedTokens): PhraseMatch<T>[] {
    if (p.gen !== refresh().gen) p = prepareTokens(p.text, p.tokens); // words renumbered since
    const f = (this.flat ??= compile(this.root));
    const t = table();
    const out: PhraseMatch<T>[] = [];
    const { starts, rootOf } = f;
    const { rows, readings } = t;
    for (let i = 0; i < p.tokens.length; i++) {
      const r = 4 * p.rows[i]!;
      const from = rows[r]!;
      const to = from + rows[r + 1]!;
      for (let k = from; k < to; k++) {
        const id = readings[2 * k]!;
        if (id >> 5 >= starts.length || !(starts[id >> 5]! & (1 << (id & 31)))) continue;
        const node = rootOf[id]! - 1;
        const first = p.tokens[i]!;
        const prefix = t.prefixes[readings[2 * k + 1]!]!;
        const start = first.end - (first.text.length - prefixLength(first.text, prefix));
        walk(f, p, rows, i, i + 1, node, prefix, start, out);
      }
    }
    return out;
  }
}

function walk<T>(f: Flat<T>, p: PreparedTokens, rows: Int32Array, from: number, to: number, node: number, prefix: string, start: number, out: PhraseMatch<T>[]): void {
  const values = f.values[node];
  if (values !== undefined) out.push({ from, to, start, end: p.tokens[to - 1]!.end, prefix, values });
  const lo = f.kidStart[node]!;
  const hi = f.kidStart[node + 1]!;
  if (to >= p.tokens.length || lo === hi || !p.gapOk[to - 1]) return;
  const r = 4 * p.rows[to]!;
  for (let k = r + 2; k < r + 4; k++) {
    const id = rows[k]!;
    if (id === 0) continue;
    // binary search of the node's child words
    let a = lo;
    let b = hi;
    while (a < b) {
      const mid = (a + b) >> 1;
      const w = f.kidWord[mid]!;
      if (w === id) { walk(f, p, rows, from, to + 1, f.kidNode[mid]!, prefix, start, out); break; }
      if (w < id) a = mid + 1;
      else b = mid;
    }
  }
}

function compile<T>(root: readonly (Node<T> | undefined)[]): Flat<T> {
  const nodes: Node<T>[] = [];
  const rootOf = new Int32Array(root.length);
  const starts = new Int32Array((root.length >> 5) + 1);
  root.forEach((n, id) => {
    if (!n) return;
    rootOf[id] = nodes.push(n);
    starts[id >> 5]! |= 1 << (id & 31);
  });
  // nodes numbered breadth first, so that a node's edges are contiguous
  const kidStart: number[] = [];
  const kidWord: number[] = [];
  const kidNode: number[] = [];
  for (let n = 0; n < nodes.length; n++) {
    kidStart.push(kidWord.length);
    const next = nodes[n]!.next;
    if (!next) continue;
    for (const w of [...next.keys()].sort((a, b) => a - b)) {
      kidWord.push(w);
      kidNode.push(nodes.push(next.get(w)!) - 1);
    }
  }
  kidStart.push(kidWord.length);
  return {
    starts, rootOf,
    values: nodes.map((n) => (n.values.length ? n.values : undefined)),
    kidStart: Int32Array.from(kidStart), kidWord: Int32Array.from(kidWord), kidNode: Int32Array.from(kidNode),
  };
}

function child<T>(node: Node<T>, id: number): Node<T> {
  const next = (node.next ??= new Map());
  let n = next.get(id);
  if (!n) { n = newNode<T>(); next.set(id, n); }
  return n;
}

/** Length in characters of the proclitics named by an analysis prefix such as "و+ب". */
function prefixLength(word: string, prefix: string): number {
  if (!prefix) return 0;
  let letters = 1;
  for (let i = 0; i < prefix.length; i++) if (prefix.charCodeAt(i) === 0x2b) letters++;
  // "لل" readings consume one letter (ل) and the article's ا is absent from the surface
  return Math.min(letters, word.length);
}
