// Syndication: the same agency text on several sites is one source. A report whose estimated
// Jaccard similarity (word 5-grams, MinHash) with an earlier report is ≥ 0.8 joins the group of
// the earliest such report; else it starts a group named by its own content hash.
import { LshIndex } from './lsh-index.js';
import { similarAtLeast } from './minhash.js';

export const NEAR_DUPLICATE_JACCARD = 0.8;

interface Member {
  /** order of arrival: the earliest report is the one read first */
  readonly seq: number;
  readonly signature: Uint32Array;
  readonly group: string;
}

export class SyndicationIndex {
  private readonly lsh = new LshIndex<Member>();
  private seq = 0;

  /** The group of the earliest indexed report this signature nearly duplicates, or null. */
  groupOf(signature: Uint32Array): string | null {
    let best: Member | null = null;
    for (const m of this.lsh.candidates(signature)) {
      if ((best === null || m.seq < best.seq) && similarAtLeast(signature, m.signature, NEAR_DUPLICATE_JACCARD)) best = m;
    }
    return best?.group ?? null;
  }

  add(signature: Uint32Array, group: string): void {
    this.lsh.add(signature, { seq: this.seq++, signature, group });
  }

  /** groupOf, falling back on `ownGroup`; the report is indexed under the group it gets. */
  assign(signature: Uint32Array, ownGroup: string): string {
    const group = this.groupOf(signature) ?? ownGroup;
    this.add(signature, group);
    return group;
  }
}
