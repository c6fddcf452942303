// Locality-sensitive hashing over MinHash signatures: 32 bands of 4 slots. Two texts share a band
// with probability 1-(1-J^4)^32: 0.99996 at J = 0.8, 0.23 at J = 0.3. A candidate must share at
// least MIN_BANDS bands (at J = 0.8 about 13 of 32 are expected; fewer than 3 happens ~3e-5 of the
// time), then it is checked on the whole signature.
import { SIGNATURE_SIZE } from './minhash.js';

export const BANDS = 32;
const ROWS = SIGNATURE_SIZE / BANDS;
export const MIN_BANDS = 3;

/** One number per band: its slots hashed together (a collision only adds a candidate). */
function bandKeys(sig: Uint32Array): number[] {
  const out: number[] = [];
  for (let b = 0; b < BANDS; b++) {
    let h = 0x811c9dc5 ^ b;
    for (let r = b * ROWS; r < (b + 1) * ROWS; r++) h = Math.imul(h ^ sig[r]!, 0x01000193);
    out.push(h >>> 0);
  }
  return out;
}

export class LshIndex<T> {
  private readonly buckets: Map<number, T[]>[] = Array.from({ length: BANDS }, () => new Map());

  add(sig: Uint32Array, value: T): void {
    bandKeys(sig).forEach((k, b) => {
      const m = this.buckets[b]!;
      const list = m.get(k);
      if (list) list.push(value);
      else m.set(k, [value]);
    });
  }

  /** Values sharing at least MIN_BANDS bands with `sig` (in no particular order). */
  candidates(sig: Uint32Array): T[] {
    const shared = new Map<T, number>();
    bandKeys(sig).forEach((k, b) => {
      for (const v of this.buckets[b]!.get(k) ?? []) shared.set(v, (shared.get(v) ?? 0) + 1);
    });
    const out: T[] = [];
    for (const [v, n] of shared) if (n >= MIN_BANDS) out.push(v);
    return out;
  }
}
