// Part of the contract suite (see ./contract.ts): users, tokens, sessions, event corrections,
// incident review, merge/split and the audit trail — the store additions of the API (issue 4).
import { afterEach, describe, expect, it } from 'vitest';
import { collect, makeEvent, makeReport, storeOpener } from './fixtures.js';
import { StoreError } from './store-error.js';
import type { Store } from './types.js';

type Open = () => Promise<Store>;

/** three reports, four events (fatalities 5, 4, 3, null), incidents {e1, e2} and {e3} and {e4} */
async function seed(s: Store): Promise<{ ev: number[]; inc: number[] }> {
  const ids = (
    await s.putReports([
      makeReport('a', 'قتل خمسة مدنيين في قصف على موحسن', { source: 'SOHR' }),
      makeReport('b', 'قتل أربعة أشخاص في قصف على موحسن', { source: 'SANA' }),
      makeReport('c', 'اشتباكات في ريف حلب', { source: 'Enab' }),
    ])
  ).results.map((r) => r.id);
  await s.putExtractions([
    { reportId: ids[0]!, extractorVersion: '1', tallies: [], events: [makeEvent({ label: 1, fatalities: 5, admin1: 'Deir ez-Zor', place: 'Muhassan' })] },
    { reportId: ids[1]!, extractorVersion: '1', tallies: [], events: [makeEvent({ label: 2, fatalities: 4, admin1: 'Deir ez-Zor', place: 'Muhassan' })] },
    {
      reportId: ids[2]!,
      extractorVersion: '1',
      tallies: [],
      events: [
        makeEvent({ label: 3, fatalities: 3, date: '2017-01-20', admin1: 'Aleppo', place: 'Azaz' }),
        makeEvent({ label: 4, fatalities: null, date: '2017-01-21', admin1: 'Aleppo', place: 'Azaz' }),
      ],
    },
  ]);
  const ev = (await collect(s.events())).map((e) => e.id).sort((x, y) => x - y);
  await s.putIncidents([
    { data: { grade: 'corroborated', n: 2 }, eventIds: [ev[0]!, ev[1]!] },
    { data: { grade: 'single_source', n: 1 }, eventIds: [ev[2]!] },
    { data: { grade: 'single_source', n: 1 }, eventIds: [ev[3]!] },
  ]);
  const inc = (await collect(s.incidents())).map((i) => i.id).sort((x, y) => x - y);
  return { ev, inc };
}

export function runReviewContract(name: string, open: Open): void {
  const { fresh, closeAll } = storeOpener(open);
  afterEach(closeAll);

  describe(`${name}: accounts`, () => {
    it('stores users, refuses a taken name, finds users by token and live session', async () => {
      const s = await fresh();
      const u = await s.putUser({ name: 'huda', role: 'analyst', passwordHash: 'scrypt$x' });
      expect(u).toMatchObject({ name: 'huda', role: 'analyst', passwordHash: 'scrypt$x' });
      await expect(s.putUser({ name: 'huda', role: 'viewer', passwordHash: 'y' })).rejects.toThrow(StoreError);
      expect((await s.userByName('huda'))?.id).toBe(u.id);
      expect(await s.userByName('nobody')).toBeNull();
      await s.putToken('tokhash', u.id);
      expect((await s.userByToken('tokhash'))?.name).toBe('huda');
      expect(await s.userByToken('other')).toBeNull();
      await s.putSession('sess', u.id, '2099-01-01T00:00:00.000Z');
      expect((await s.userBySession('sess', new Date().toISOString()))?.role).toBe('analyst');
      expect(await s.userBySession('sess', '2100-01-01T00:00:00.000Z')).toBeNull();
      await s.deleteSession('sess');
      expect(await s.userBySession('sess', new Date().toISOString())).toBeNull();
      expect((await s.users()).map((x) => x.name)).toEqual(['huda']);
    });
  });

  describe(`${name}: corrections and audit`, () => {
    it('keeps the original beside the correction; reads and filters see the correction', async () => {
      const s = await fresh();
      const { ev } = await seed(s);
      const id = ev[0]!;
      const machine = (await s.getEvent(id))!;
      expect(machine.original).toBeUndefined();
      const fixed = { ...machine.event, fatalities: { total: 7, civilians: 7 } };
      const out = await s.correctEvent(id, fixed, { who: 'huda', comment: 'SOHR update' });
      expect(out!.event.fatalities).toEqual({ total: 7, civilians: 7 });
      expect(out!.original!.fatalities.total).toBe(5);
      expect((await s.getEvent(id))!.event.fatalities.total).toBe(7);
      const streamed = (await collect(s.events())).find((e) => e.id === id)!;
      expect([streamed.event.fatalities.total, streamed.original?.fatalities.total]).toEqual([7, 5]);
      expect((await s.eventsOfReport(machine.reportId))[0]!.original?.fatalities.total).toBe(5);
      expect((await collect(s.events({ minFatalities: 6 }))).map((e) => e.id)).toEqual([id]);
      const [a] = await s.audit({ entity: 'event', entityId: id });
      expect(a).toMatchObject({ who: 'huda', entity: 'event', entityId: id, action: 'correct', comment: 'SOHR update' });
      expect((a!.before as { fatalities: { total: number } }).fatalities.total).toBe(5);
      expect((a!.after as { fatalities: { total: number } }).fatalities.total).toBe(7);
      expect(await s.correctEvent(id + 1000, fixed, { who: 'huda', comment: null })).toBeNull();
      const stats = await s.eventStats('governorate');
      expect(stats.find((r) => r.key === 'Deir ez-Zor')).toMatchObject({ events: 2, fatalities: 11, civilians: 7, fighters: 0 });
    });

    it('sums stats by day, week, governorate and side', async () => {
      const s = await fresh();
      await seed(s);
      expect((await s.eventStats('day')).map((r) => [r.key, r.events, r.fatalities])).toEqual([
        ['2017-01-15', 2, 9],
        ['2017-01-20', 1, 3],
        ['2017-01-21', 1, 0],
      ]);
      expect((await s.eventStats('week')).map((r) => [r.key, r.events])).toEqual([
        ['2017-01-09', 2],
        ['2017-01-16', 2],
      ]);
      expect((await s.eventStats('side', { admin1: 'Aleppo' })).map((r) => [r.key, r.events])).toEqual([['pro_government', 2]]);
    });
  });

  describe(`${name}: incidents`, () => {
    it('pages incidents with event filters, grade and review', async () => {
      const s = await fresh();
      const { inc } = await seed(s);
      const all = await s.incidentPage({ limit: 2 });
      expect([all.total, all.items.length]).toEqual([3, 2]);
      expect((await s.incidentPage({ admin1: 'Aleppo' })).items.map((i) => i.id)).toEqual([inc[1], inc[2]]);
      expect((await s.incidentPage({ grade: 'corroborated' })).items.map((i) => i.id)).toEqual([inc[0]]);
      expect((await s.incidentPage({ text: 'موحسن' })).total).toBe(1);
      expect((await s.incidentPage({ offset: 2 })).items.map((i) => i.id)).toEqual([inc[2]]);
      expect((await s.incidentPage({ from: '2017-01-20', to: '2017-01-20' })).items.map((i) => i.id)).toEqual([inc[1]]);
      expect((await s.incidentPage({ from: '2017-01-16' })).items.map((i) => i.id)).toEqual([inc[1], inc[2]]);
      expect((await s.incidentPage({ to: '2017-01-15' })).items.map((i) => i.id)).toEqual([inc[0]]);
      const r = await s.reviewIncident(inc[0]!, { who: 'huda', comment: null });
      expect(r!.review?.by).toBe('huda');
      expect((await s.getReviewedIncident(inc[0]!))!.review?.by).toBe('huda');
      expect((await s.getReviewedIncident(inc[1]!))!.review).toBeNull();
      expect(await s.reviewIncident(99_999, { who: 'huda', comment: null })).toBeNull();
      expect((await s.audit({ entity: 'incident' }))[0]).toMatchObject({ action: 'review', entityId: inc[0], before: null });
    });

    it('merges and splits incidents in one transaction, with audit entries', async () => {
      const s = await fresh();
      const { ev, inc } = await seed(s);
      const [kept] = await s.regroupIncidents(
        [{ id: inc[1]!, data: { grade: 'merged' }, eventIds: [ev[2]!, ev[3]!] }],
        [inc[2]!],
        (ids) => [{ who: 'huda', entity: 'incident', entityId: ids[0]!, action: 'merge', before: null, after: null, comment: null }],
      );
      expect(kept).toBe(inc[1]);
      expect(await s.getIncident(inc[2]!)).toBeNull();
      expect((await s.getIncident(inc[1]!))!.eventIds).toEqual([ev[2], ev[3]]);
      expect((await s.getEvent(ev[3]!))!.incidentId).toBe(inc[1]);
      const [, created] = await s.regroupIncidents(
        [
          { id: inc[1]!, data: { grade: 'a' }, eventIds: [ev[2]!] },
          { id: null, data: { grade: 'b' }, eventIds: [ev[3]!] },
        ],
        [],
        (ids) => [{ who: 'huda', entity: 'incident', entityId: ids[1]!, action: 'split', before: null, after: null, comment: null }],
      );
      expect(created).toBeGreaterThan(inc[2]!);
      expect((await s.getIncident(created!))!.eventIds).toEqual([ev[3]]);
      expect((await s.audit({ entity: 'incident', entityId: created! }))[0]!.action).toBe('split');
      // an event left without incident, or taken from an unlisted incident, is refused and nothing changes
      await expect(
        s.regroupIncidents([{ id: inc[0]!, data: null, eventIds: [ev[0]!] }], [], () => []),
      ).rejects.toThrow(/event .* in none/);
      await expect(
        s.regroupIncidents([{ id: inc[0]!, data: null, eventIds: [ev[0]!, ev[1]!, ev[2]!] }], [], () => []),
      ).rejects.toThrow(StoreError);
      expect((await s.getIncident(inc[0]!))!.eventIds).toEqual([ev[0], ev[1]]);
    });

    it('putIncidents keeps the id of the prior incident holding most events', async () => {
      const s = await fresh();
      const { ev, inc } = await seed(s);
      await s.reviewIncident(inc[0]!, { who: 'huda', comment: null });
      // {e1, e2} loses e2 to {e3, e4}'s merge; e3 and e4 were two incidents: the lower id wins the tie
      await s.putIncidents([
        { data: { n: 1 }, eventIds: [ev[0]!] },
        { data: { n: 3 }, eventIds: [ev[1]!, ev[2]!, ev[3]!] },
      ]);
      const got = await collect(s.incidents());
      expect(got.map((i) => [i.id, i.eventIds])).toEqual([
        [inc[0], [ev[0]]],
        [inc[1], [ev[1], ev[2], ev[3]]],
      ]);
      // its events changed (e2 left): the review no longer holds (see the next test)
      expect((await s.getReviewedIncident(inc[0]!))!.review).toBeNull();
      expect(await s.getIncident(inc[2]!)).toBeNull();
      expect((await s.getEvent(ev[1]!))!.incidentId).toBe(inc[1]);
      // the same partition again changes nothing; a split-off event gets a new id
      await s.putIncidents([
        { data: { n: 1 }, eventIds: [ev[0]!] },
        { data: { n: 2 }, eventIds: [ev[1]!, ev[2]!] },
        { data: { n: 1 }, eventIds: [ev[3]!] },
      ]);
      const again = await collect(s.incidents());
      expect(again.map((i) => i.id).slice(0, 2)).toEqual([inc[0], inc[1]]);
      expect(again[2]!.id).toBeGreaterThan(inc[2]!);
      expect((await s.getIncident(inc[1]!))!.data).toEqual({ n: 2 });
      expect((await s.getEvent(ev[3]!))!.incidentId).toBe(again[2]!.id);
      expect((await s.stats()).incidents).toBe(3);
    });

    it('relinking clears the review of an incident whose events changed, and keeps it in the audit trail', async () => {
      const s = await fresh();
      const { ev, inc } = await seed(s);
      for (const id of inc) await s.reviewIncident(id, { who: 'huda', comment: null });
      const reviewed = async (): Promise<(string | null)[]> =>
        Promise.all(inc.map(async (id) => (await s.getReviewedIncident(id))?.review?.by ?? null));
      // the same partition: every review holds
      const same = [
        { data: { n: 2 }, eventIds: [ev[0]!, ev[1]!] },
        { data: { n: 1 }, eventIds: [ev[2]!] },
        { data: { n: 1 }, eventIds: [ev[3]!] },
      ];
      await s.putIncidents(same);
      expect(await reviewed()).toEqual(['huda', 'huda', 'huda']);
      // e4 joins {e3}: that incident is no longer reviewed; {e1, e2} still is; {e4}'s incident is gone
      await s.putIncidents([same[0]!, { data: { n: 2 }, eventIds: [ev[2]!, ev[3]!] }]);
      expect(await reviewed()).toEqual(['huda', null, null]);
      expect((await s.incidentPage({})).items.map((i) => [i.id, i.review?.by ?? null])).toEqual([
        [inc[0], 'huda'],
        [inc[1], null],
      ]);
      const [cleared, review] = await s.audit({ entity: 'incident', entityId: inc[1]! });
      expect(cleared).toMatchObject({
        who: null,
        action: 'review_cleared',
        before: { review: { by: 'huda' }, eventIds: [ev[2]] },
        after: { review: null, eventIds: [ev[2], ev[3]] },
        comment: expect.stringMatching(/relinked/),
      });
      expect(review!.action).toBe('review');
      expect(cleared!.before).toMatchObject({ review: review!.after as object });
      // e2 leaves {e1, e2}: cleared too; reviewing again marks the new membership
      await s.putIncidents([{ data: { n: 1 }, eventIds: [ev[0]!] }, { data: { n: 3 }, eventIds: [ev[1]!, ev[2]!, ev[3]!] }]);
      expect(await reviewed()).toEqual([null, null, null]);
      expect((await s.audit({ entity: 'incident', entityId: inc[0]! }))[0]).toMatchObject({ action: 'review_cleared', after: { eventIds: [ev[0]] } });
      await s.reviewIncident(inc[1]!, { who: 'omar', comment: null });
      await s.putIncidents([{ data: { n: 1 }, eventIds: [ev[0]!] }, { data: { n: 3 }, eventIds: [ev[1]!, ev[2]!, ev[3]!] }]);
      expect(await reviewed()).toEqual([null, 'omar', null]);
      expect(await s.audit({ actions: ['review_cleared'] })).toHaveLength(2);
    });

    it('a merge or split clears the review of an incident whose events it changed', async () => {
      const s = await fresh();
      const { ev, inc } = await seed(s);
      await s.reviewIncident(inc[0]!, { who: 'huda', comment: null });
      await s.reviewIncident(inc[1]!, { who: 'huda', comment: null });
      await s.regroupIncidents([{ id: inc[1]!, data: null, eventIds: [ev[2]!, ev[3]!] }], [inc[2]!], (ids) => [
        { who: 'omar', entity: 'incident', entityId: ids[0]!, action: 'merge', before: null, after: null, comment: null },
      ]);
      expect((await s.getReviewedIncident(inc[1]!))!.review).toBeNull();
      expect((await s.getReviewedIncident(inc[0]!))!.review?.by).toBe('huda');
      expect((await s.audit({ entity: 'incident', entityId: inc[1]! })).map((a) => [a.who, a.action])).toEqual([
        ['omar', 'review_cleared'],
        ['omar', 'merge'],
        ['huda', 'review'],
      ]);
    });

    it('gives merge and split entries oldest first, all of them', async () => {
      const s = await fresh();
      const { inc } = await seed(s);
      for (const id of inc) await s.reviewIncident(id, { who: 'huda', comment: null });
      const all = await s.audit({ entity: 'incident', actions: ['review'], oldestFirst: true });
      expect(all.map((a) => a.entityId)).toEqual(inc);
      expect(await s.audit({ actions: ['merge'] })).toEqual([]);
      expect((await s.audit({ oldestFirst: true, limit: 1 })).map((a) => a.entityId)).toEqual([inc[0]]);
    });
  });
}
