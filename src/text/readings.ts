// Numbers for words, kept in flat typed arrays. Every word of a phrase index gets a number
// shared by all indexes; every word met in a text gets a row holding its readings (proclitics
// removed, see analyses) as index-word numbers. The phrase search then reads a few cache-
// resident arrays per token instead of chasing objects and hashing strings (it is the hottest
// step of extraction).
import { analyses } from './tokens.js';
import { wordHash } from './word-cache.js';

// ---------------------------------------------------------------- index words

const vocab = new Map<string, number>();
let vocabGen = 0;

/** The number of an index word, made on first use (0 is "a word no index holds"). */
export function wordId(w: string): number {
  let id = vocab.get(w);
  if (id === undefined) {
    id = vocab.size + 1;
    vocab.set(w, id);
    vocabGen++; // the text-word rows may miss the new word: see refresh
  }
  return id;
}

const idOf = (w: string): number => vocab.get(w) ?? 0;

// ---------------------------------------------------------------- text words

const MAX_WORDS = 200_000;
const SLOT_BITS = 14;

/** Rows of the text words: 4 numbers per word. */
export interface WordTable {
  /** per word: first reading, number of readings, inner key, inner key without the article */
  readonly rows: Int32Array;
  /** per reading: stem's index-word number, proclitics (a code into prefixes) */
  readonly readings: Int32Array;
  readonly prefixes: readonly string[];
  /** bumps whenever the rows are dropped (words renumbered) */
  readonly gen: number;
}

const byWord = new Map<string, number>();
let words: string[] = [];
let rows: Int32Array = new Int32Array(4 * 4096);
let reads: Int32Array = new Int32Array(2 * 8192);
let readCount = 0;
const prefixes: string[] = [];
const prefixCode = new Map<string, number>();
// direct-mapped memo of recent words (word number + 1; 0 empty): most tokens are found here
const slots = new Int32Array(1 << SLOT_BITS);
let gen = 0;
let rowsVocabGen = 0;

/** Drop the rows when index words were added since, or when they grew too many. */
export function refresh(): WordTable {
  if (rowsVocabGen !== vocabGen || words.length >= MAX_WORDS) {
    byWord.clear();
    words = [];
    readCount = 0;
    slots.fill(0);
    gen++;
    rowsVocabGen = vocabGen;
  }
  return table();
}

export function table(): WordTable {
  return { rows, readings: reads, prefixes, gen };
}

/** The row of a text word, made on first sight. */
export function wordRow(word: string): number {
  const h = wordHash(word) & ((1 << SLOT_BITS) - 1);
  const s = slots[h]! - 1;
  if (s >= 0 && words[s] === word) return s;
  let w = byWord.get(word);
  if (w === undefined) w = addRow(word);
  slots[h] = w + 1;
  return w;
}

function addRow(word: string): number {
  const w = words.length;
  words.push(word);
  byWord.set(word, w);
  const as = analyses(word);
  if (rows.length < 4 * (w + 1)) rows = grown(rows, 4 * (w + 1));
  if (reads.length < 2 * (readCount + as.length)) reads = grown(reads, 2 * (readCount + as.length));
  rows[4 * w] = readCount;
  rows[4 * w + 1] = as.length;
  for (const a of as) {
    let code = prefixCode.get(a.prefix);
    if (code === undefined) { code = prefixes.length; prefixes.push(a.prefix); prefixCode.set(a.prefix, code); }
    reads[2 * readCount] = idOf(a.stem);
    reads[2 * readCount + 1] = code;
    readCount++;
  }
  // keys of a non-initial token: itself, and without the article
  rows[4 * w + 2] = idOf(word);
  rows[4 * w + 3] = word.length > 3 && word.startsWith('ال') ? idOf(word.slice(2)) : 0;
  return w;
}

function grown(a: Int32Array, need: number): Int32Array {
  let size = a.length;
  while (size < need) size *= 2;
  const b = new Int32Array(size);
  b.set(a);
  return b;
}
