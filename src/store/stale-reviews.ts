// A review vouches for the events the reviewer saw. When relinking (putIncidents) or a merge or
// split (regroupIncidents) adds events to an incident or takes some away, its review mark is
// cleared, so that the incident shows as not reviewed; the audit entry written in the same
// transaction keeps the old review and both memberships (the review's own entry stays too).
import type { IncidentReview, NewAuditEntry } from './types.js';

/** event → incident after a merge or split: each group's events to the id the group got */
export function regroupedOf(groups: readonly { readonly eventIds: readonly number[] }[], ids: readonly number[]): Map<number, number> {
  const out = new Map<number, number>();
  groups.forEach((g, k) => {
    for (const e of g.eventIds) out.set(e, ids[k]!);
  });
  return out;
}

export const REVIEW_CLEARED = 'review_cleared';
/** the comments of the entries: what changed the events */
export const RELINKED = 'relinked: events joined or left the incident';
export const REGROUPED = 'merged or split: events joined or left the incident';

/**
 * The entries for reviewed incidents whose events changed and that still exist: `priorOf` and
 * `newOf` map each event to its incident before and after, `moved` is the events whose incident
 * changed (../incident-ids.ts movedEvents), `reviews` the review marks by incident id.
 */
export function staleReviews(
  priorOf: ReadonlyMap<number, number>,
  newOf: ReadonlyMap<number, number>,
  moved: Iterable<number>,
  reviews: ReadonlyMap<number, IncidentReview>,
  why: { readonly who: string | null; readonly comment: string },
): NewAuditEntry[] {
  const touched = new Set<number>();
  for (const e of moved) {
    for (const id of [priorOf.get(e), newOf.get(e)]) if (id !== undefined && reviews.has(id)) touched.add(id);
  }
  if (touched.size === 0) return [];
  // one pass over each map: a relink may hold a million events and many touched incidents
  const members = (of: ReadonlyMap<number, number>): Map<number, number[]> => {
    const out = new Map<number, number[]>();
    for (const [e, id] of of) if (touched.has(id)) (out.get(id) ?? out.set(id, []).get(id)!).push(e);
    return out;
  };
  const before = members(priorOf);
  const after = members(newOf);
  const byNumber = (a: number, b: number): number => a - b;
  return [...touched]
    .filter((id) => after.has(id))
    .sort(byNumber)
    .map((id) => ({
      who: why.who,
      entity: 'incident' as const,
      entityId: id,
      action: REVIEW_CLEARED,
      before: { review: reviews.get(id)!, eventIds: (before.get(id) ?? []).sort(byNumber) },
      after: { review: null, eventIds: after.get(id)!.sort(byNumber) },
      comment: why.comment,
    }));
}
