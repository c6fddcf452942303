import { describe, expect, it } from 'vitest';
import { movedEvents } from './incident-ids.js';
import { regroupedOf, staleReviews } from './stale-reviews.js';

const map = (o: Record<number, number>): Map<number, number> => new Map(Object.entries(o).map(([e, i]) => [Number(e), i]));
const rv = { by: 'huda', at: '2017-02-01T00:00:00.000Z' };

describe('staleReviews', () => {
  // prior and new membership (event → incident), the reviewed incidents, the cleared ones with their events before → after
  it.each<[string, Record<number, number>, Record<number, number>, number[], [number, number[], number[]][]]>([
    ['nothing moved', { 1: 10, 2: 10 }, { 1: 10, 2: 10 }, [10], []],
    ['an event joins a reviewed incident', { 1: 10, 2: 20 }, { 1: 10, 2: 10 }, [10, 20], [[10, [1], [1, 2]]]],
    ['an event leaves a reviewed incident', { 1: 10, 2: 10 }, { 1: 10, 2: 30 }, [10], [[10, [1, 2], [1]]]],
    ['an event leaves every incident', { 1: 10, 2: 10 }, { 1: 10 }, [10], [[10, [1, 2], [1]]]],
    ['a new event joins', { 1: 10 }, { 1: 10, 2: 10 }, [10], [[10, [1], [1, 2]]]],
    ['an unreviewed incident changes', { 1: 10, 2: 20 }, { 1: 10, 2: 10 }, [20], []],
    ['a reviewed incident is gone', { 1: 10, 2: 20 }, { 1: 10, 2: 10 }, [20], []],
    ['two reviewed incidents swap events', { 1: 10, 2: 20 }, { 1: 20, 2: 10 }, [10, 20], [[10, [1], [2]], [20, [2], [1]]]],
  ])('%s', (_what, prior, next, reviewed, expected) => {
    const priorOf = map(prior);
    const newOf = map(next);
    const reviews = new Map(reviewed.map((id) => [id, rv]));
    const out = staleReviews(priorOf, newOf, movedEvents(priorOf, newOf).keys(), reviews, { who: null, comment: 'relinked' });
    expect(out.map((a) => [a.entityId, (a.before as { eventIds: number[] }).eventIds, (a.after as { eventIds: number[] }).eventIds])).toEqual(expected);
    for (const a of out) expect(a).toMatchObject({ who: null, entity: 'incident', action: 'review_cleared', before: { review: rv }, after: { review: null }, comment: 'relinked' });
  });

  it('maps regrouped events to the ids their groups got', () => {
    expect(regroupedOf([{ eventIds: [1, 2] }, { eventIds: [3] }], [10, 11])).toEqual(map({ 1: 10, 2: 10, 3: 11 }));
  });
});
