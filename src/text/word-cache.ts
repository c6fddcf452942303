// A memo of a function of one word, for the per-token steps. News vocabulary repeats: a small
// direct-mapped table answers most words from cache-resident memory; a Map holds the rest.
// (A Map lookup with a fresh token string misses the CPU caches on a large table.)

/** A hash of the whole word (the table is direct-mapped: few collisions matter). */
export function wordHash(word: string): number {
  let h = word.length;
  for (let i = 0; i < word.length; i++) h = Math.imul(h ^ word.charCodeAt(i), 0x9e3779b1);
  return h ^ (h >>> 15);
}

interface Slot<V> {
  readonly word: string;
  readonly value: V;
}

export class WordCache<V> {
  private readonly slots: (Slot<V> | undefined)[];
  private readonly all = new Map<string, Slot<V>>();
  private readonly mask: number;

  constructor(private readonly compute: (word: string) => V, private readonly max = 200_000, bits = 14) {
    this.slots = new Array<Slot<V> | undefined>(1 << bits).fill(undefined);
    this.mask = (1 << bits) - 1;
  }

  get(word: string): V {
    const h = wordHash(word) & this.mask;
    const s = this.slots[h];
    if (s !== undefined && s.word === word) return s.value;
    let t = this.all.get(word);
    if (t === undefined) {
      if (this.all.size >= this.max) this.clear();
      t = { word, value: this.compute(word) };
      this.all.set(word, t);
    }
    this.slots[h] = t;
    return t.value;
  }

  clear(): void {
    this.all.clear();
    this.slots.fill(undefined);
  }
}
