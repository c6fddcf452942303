// Stable incident ids across relinking (putIncidents): a new incident keeps the id of the prior
// incident holding most of its events, so that links, reviews and analysts' work stay attached.
// Each prior id goes to one new incident at most: the largest overlaps are matched first (ties:
// the lower prior id, then the earlier new incident). The others get fresh ids.

/** per new incident, the prior id it keeps, or null */
export function keptIds(
  incidents: readonly { readonly eventIds: readonly number[] }[],
  priorOf: ReadonlyMap<number, number>,
): (number | null)[] {
  const pairs: [count: number, prior: number, i: number][] = [];
  incidents.forEach((inc, i) => {
    const n = new Map<number, number>();
    for (const e of new Set(inc.eventIds)) {
      const p = priorOf.get(e);
      if (p !== undefined) n.set(p, (n.get(p) ?? 0) + 1);
    }
    for (const [p, c] of n) pairs.push([c, p, i]);
  });
  pairs.sort((a, b) => b[0] - a[0] || a[1] - b[1] || a[2] - b[2]);
  const out: (number | null)[] = incidents.map(() => null);
  const taken = new Set<number>();
  for (const [, p, i] of pairs) {
    if (out[i] !== null || taken.has(p)) continue;
    out[i] = p;
    taken.add(p);
  }
  return out;
}

/** events whose incident changes: event → new incident id (null: none any more) */
export function movedEvents(
  priorOf: ReadonlyMap<number, number>,
  newOf: ReadonlyMap<number, number>,
): Map<number, number | null> {
  const out = new Map<number, number | null>();
  for (const [e, i] of newOf) if (priorOf.get(e) !== i) out.set(e, i);
  for (const e of priorOf.keys()) if (!newOf.has(e)) out.set(e, null);
  return out;
}
