// Union-find over events with one cannot-link rule: a cluster never holds two events of one
// report (the codebook makes them distinct events). Linking is transitive, so the rule is
// checked on whole clusters, not only on the pair being joined.

export class Clusters {
  private readonly parent: Int32Array;
  private readonly size: Int32Array;
  /** report ids of clusters with more than one member (a singleton's is reportOf(i)) */
  private readonly reports = new Map<number, Set<string>>();

  constructor(
    private readonly reportOf: (i: number) => string,
    n: number,
  ) {
    this.parent = new Int32Array(n);
    for (let i = 0; i < n; i++) this.parent[i] = i;
    this.size = new Int32Array(n).fill(1);
  }

  find(i: number): number {
    let r = i;
    while (this.parent[r] !== r) r = this.parent[r]!;
    // path compression
    while (this.parent[i] !== r) {
      const next = this.parent[i]!;
      this.parent[i] = r;
      i = next;
    }
    return r;
  }

  private reportSet(root: number): ReadonlySet<string> {
    return this.reports.get(root) ?? new Set([this.reportOf(root)]);
  }

  /** Whether the clusters of a and b may merge (different clusters, no report in both). */
  canJoin(a: number, b: number): boolean {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra === rb) return false;
    const [small, large] = [this.reportSet(ra), this.reportSet(rb)].sort((x, y) => x.size - y.size) as [
      ReadonlySet<string>,
      ReadonlySet<string>,
    ];
    for (const r of small) if (large.has(r)) return false;
    return true;
  }

  /** Merge the clusters of a and b if allowed; returns whether they merged. */
  tryUnion(a: number, b: number): boolean {
    if (!this.canJoin(a, b)) return false;
    let ra = this.find(a);
    let rb = this.find(b);
    if (this.size[ra]! < this.size[rb]!) [ra, rb] = [rb, ra];
    // the larger cluster's set grows in place, so that a cluster's ids are copied O(log n) times
    const into = this.reports.get(ra) ?? new Set([this.reportOf(ra)]);
    for (const r of this.reportSet(rb)) into.add(r);
    this.parent[rb] = ra;
    this.size[ra] = this.size[ra]! + this.size[rb]!;
    this.reports.delete(rb);
    this.reports.set(ra, into);
    return true;
  }
}
