// Analysts' merges and splits, re-applied to a fresh linking so that relinking keeps them. They
// are replayed oldest first over groups of event ids (later decisions win): a merge joins the
// groups now holding its events; a split takes its moved events out of every group that also
// holds events it left behind, into one group of their own. Events no longer linked
// (not current any more) are ignored.

export type ManualRegroup =
  | { readonly kind: 'merge'; readonly eventIds: readonly string[] }
  | { readonly kind: 'split'; readonly moved: readonly string[]; readonly rest: readonly string[] };

/** The groups after the regroupings, in their order (new groups last); empty groups dropped. */
export function applyRegroups(groups: readonly (readonly string[])[], ops: readonly ManualRegroup[]): string[][] {
  const sets = groups.map((g) => new Set(g));
  const at = new Map<string, number>();
  sets.forEach((s, i) => s.forEach((e) => at.set(e, i)));
  const move = (e: string, to: number): void => {
    sets[at.get(e)!]!.delete(e);
    sets[to]!.add(e);
    at.set(e, to);
  };
  const merge = (events: readonly string[]): void => {
    const ids = events.filter((e) => at.has(e));
    const to = at.get(ids[0]!);
    if (to === undefined) return;
    for (const g of new Set(ids.map((e) => at.get(e)!))) if (g !== to) for (const e of [...sets[g]!]) move(e, to);
  };
  for (const op of ops) {
    if (op.kind === 'merge') merge(op.eventIds);
    else {
      const rest = new Set(op.rest.filter((e) => at.has(e)).map((e) => at.get(e)!));
      const out = op.moved.filter((e) => at.has(e) && rest.has(at.get(e)!));
      if (out.length) {
        sets.push(new Set());
        for (const e of out) move(e, sets.length - 1);
      }
      // the moved events stay together, with whatever the linking joined to them
      merge([...out, ...op.moved.filter((e) => !out.includes(e))]);
    }
  }
  return sets.filter((s) => s.size > 0).map((s) => [...s]);
}
