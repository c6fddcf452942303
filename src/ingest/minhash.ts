// Near-duplicate fingerprints: word 5-gram shingles of the normalised text, and a MinHash
// signature whose share of equal slots estimates the Jaccard similarity of two shingle sets.
import { wordKey } from './word-key.js';

export const SHINGLE_WORDS = 5;
export const SIGNATURE_SIZE = 128;

/** 32-bit FNV-1a of a string. */
function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** murmur3's finaliser: a good 32-bit mix, used with a per-slot seed as the slot's hash function. */
function mix(x: number): number {
  x ^= x >>> 16;
  x = Math.imul(x, 0x85ebca6b);
  x ^= x >>> 13;
  x = Math.imul(x, 0xc2b2ae35);
  x ^= x >>> 16;
  return x >>> 0;
}

const SEEDS = Uint32Array.from({ length: SIGNATURE_SIZE }, (_, i) => mix(0x9e3779b9 ^ Math.imul(i + 1, 0x27d4eb2d)));

/** Hashes of the distinct word 5-grams (a text shorter than 5 words is one shingle). */
export function shingles(text: string): Uint32Array {
  const words = wordKey(text).split(' ').filter(Boolean);
  const out = new Set<number>();
  if (words.length < SHINGLE_WORDS) {
    if (words.length) out.add(fnv1a(words.join(' ')));
  } else for (let i = 0; i + SHINGLE_WORDS <= words.length; i++) out.add(fnv1a(words.slice(i, i + SHINGLE_WORDS).join(' ')));
  return Uint32Array.from(out);
}

export function minhash(shingleHashes: Uint32Array): Uint32Array {
  const sig = new Uint32Array(SIGNATURE_SIZE).fill(0xffffffff);
  for (const s of shingleHashes) {
    for (let k = 0; k < SIGNATURE_SIZE; k++) {
      const v = mix(s ^ SEEDS[k]!);
      if (v < sig[k]!) sig[k] = v;
    }
  }
  return sig;
}

export const signature = (text: string): Uint32Array => minhash(shingles(text));

/** Estimated Jaccard similarity: the share of slots where the signatures agree. */
export function estimateJaccard(a: Uint32Array, b: Uint32Array): number {
  let same = 0;
  for (let k = 0; k < SIGNATURE_SIZE; k++) if (a[k] === b[k]) same++;
  return same / SIGNATURE_SIZE;
}

/** Whether the estimated Jaccard similarity is ≥ `threshold`, stopping once it cannot be. */
export function similarAtLeast(a: Uint32Array, b: Uint32Array, threshold: number): boolean {
  const allowed = Math.floor(SIGNATURE_SIZE * (1 - threshold) + 1e-9);
  let differ = 0;
  for (let k = 0; k < SIGNATURE_SIZE; k++) if (a[k] !== b[k] && ++differ > allowed) return false;
  return true;
}
