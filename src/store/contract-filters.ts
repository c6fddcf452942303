// Part of the contract suite (see ./contract.ts): every EventFilter field, the Arabic full-text
// search, incidents and stats, on one small dataset written by hand. Events are named by label.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collect, labelOf, makeEvent, makeReport } from './fixtures.js';
import type { EventFilter, Store } from './types.js';

type Open = () => Promise<Store>;

const SYRIA = 'Military Forces of Syria (2000-2024)';
const RUSSIA = 'Military Forces of Russia (2000-)';
const REBELS = 'Opposition Rebels (Syria)';

// tashkeel, hamza forms, ta marbuta, clitics (والقصف، بالقصف، وقوات) and Eastern digits on purpose
const R1 = 'شَنَّ الطيرانُ الحربيُّ الروسيُّ غاراتٍ على بلدةِ موحسن، والقصفُ استمرّ حتى المساء.';
const R2 = 'قُتل ٣ مدنيين بالقصف المدفعي على مدينة إدلب، وسقطت قذائف على الأحياء السكنية.';
const R3 = 'اندلعت اشتباكات عنيفة بين فصائل المعارضة وقوات النظام في ريف حلب الشمالي قرب إعزاز.';
const R4 = 'شن الطيران الحربي الروسي غارات على بلدة موحسن والقصف استمر حتى المساء (نقلاً عن وكالة).';

async function seed(s: Store): Promise<number[]> {
  const ids = (
    await s.putReports([
      makeReport('r1', R1, { source: 'SANA', syndicationGroup: 'g1' }),
      makeReport('r2', R2, { source: 'SOHR' }),
      makeReport('r3', R3, { source: 'SOHR' }),
      makeReport('r4', R4, { source: 'Enab', syndicationGroup: 'g1' }),
    ])
  ).results.map((r) => r.id);
  const [r1, r2, r3, r4] = ids as [number, number, number, number];
  await s.putExtractions([
    {
      reportId: r1,
      extractorVersion: '1',
      tallies: [],
      events: [
        makeEvent({
          label: 1,
          subtype: 'air_drone_strike',
          date: '2017-01-15',
          actor1: RUSSIA,
          admin1: 'Deir ez-Zor',
          place: 'Muhassan',
          placeAr: 'موحسن',
          fatalities: 5,
        }),
      ],
    },
    {
      reportId: r2,
      extractorVersion: '1',
      tallies: [],
      events: [
        makeEvent({
          label: 2,
          date: '2017-01-10',
          actor1: SYRIA,
          assoc1: ['Hezbollah'],
          actor2: 'Civilians (Syria)',
          admin1: 'Idlib',
          place: 'Idlib',
          placeAr: 'إدلب',
          fatalities: 3,
        }),
        makeEvent({
          label: 3,
          type: 'battle',
          subtype: 'armed_clash',
          date: null,
          actor1: SYRIA,
          actor2: REBELS,
          admin1: 'Idlib',
          place: 'Saraqib',
          placeAr: 'سراقب',
        }),
      ],
    },
    {
      reportId: r3,
      extractorVersion: '1',
      tallies: [],
      events: [
        makeEvent({
          label: 4,
          type: 'battle',
          subtype: 'armed_clash',
          date: '2017-01-12',
          dateEnd: '2017-01-14',
          actor1: REBELS,
          actor2: SYRIA,
          admin1: 'Aleppo',
          place: 'Azaz',
          placeAr: 'اعزاز',
          fatalities: 0,
        }),
      ],
    },
    {
      reportId: r4,
      extractorVersion: '1',
      tallies: [],
      events: [
        makeEvent({
          label: 5,
          subtype: 'air_drone_strike',
          date: '2017-01-15',
          actor1: RUSSIA,
          admin1: 'Deir ez-Zor',
          place: 'Muhassan',
          placeAr: 'موحسن',
          fatalities: 4,
        }),
      ],
    },
  ]);
  // a non-current version must never show through a filter
  await s.putExtractions([
    {
      reportId: r3,
      extractorVersion: '2',
      tallies: [],
      events: [makeEvent({ label: 9, date: '2017-01-13', admin1: 'Aleppo' })],
    },
  ]);
  return ids;
}

// [what, filter, expected labels in (date, id) order]; undated label 3 sorts last
const CASES: [string, EventFilter, number[]][] = [
  ['no filter', {}, [2, 4, 1, 5, 3]],
  ['from: ranges overlapping it', { from: '2017-01-13' }, [4, 1, 5]],
  ['to', { to: '2017-01-12' }, [2, 4]],
  ['from and to', { from: '2017-01-11', to: '2017-01-13' }, [4]],
  ['type', { type: 'battle' }, [4, 3]],
  ['subtype', { subtype: 'air_drone_strike' }, [1, 5]],
  ['actor as actor1 or actor2', { actor: SYRIA }, [2, 4, 3]],
  ['actor as an associate', { actor: 'Hezbollah' }, [2]],
  ['side of actor1 or actor2', { side: 'pro_government' }, [2, 4, 3]],
  ['side russia', { side: 'russia' }, [1, 5]],
  ['side opposition', { side: 'opposition' }, [4, 3]],
  ['admin1 as the gazetteer writes it', { admin1: 'Deir ez-Zor' }, [1, 5]],
  ['admin1 in another spelling', { admin1: 'Dayr az Zawr' }, [1, 5]],
  ['admin1 in Arabic', { admin1: 'دير الزور' }, [1, 5]],
  ['admin1 alias', { admin1: 'Halab' }, [4]],
  ['place in English, any case', { place: 'muhassan' }, [1, 5]],
  ['place in Arabic with a hamza form', { place: 'ادلب' }, [2]],
  ['place in Arabic with the article', { place: 'إعزاز' }, [4]],
  ['minFatalities', { minFatalities: 4 }, [1, 5]],
  ['minFatalities 0 excludes unknown tolls', { minFatalities: 0 }, [2, 4, 1, 5]],
  ['source', { source: 'SOHR' }, [2, 4, 3]],
  ['text: a clitic-free query finds والقصف and بالقصف', { text: 'قصف' }, [2, 1, 5, 3]],
  ['text: the query with the article', { text: 'القصف' }, [2, 1, 5, 3]],
  ['text: tashkeel in the text, none in the query', { text: 'غارات' }, [1, 5]],
  ['text: tashkeel in the query', { text: 'اشْتِبَاكَاتٌ' }, [4]],
  ['text: hamza and ta marbuta folded', { text: 'ادلب السكنيه' }, [2, 3]],
  ['text: a word behind و', { text: 'قوات' }, [4]],
  ['text: Eastern digits match Western', { text: '3 مدنيين' }, [2, 3]],
  ['text: every word must match', { text: 'قصف حلب' }, []],
  ['text with other filters', { text: 'قصف', type: 'battle' }, [3]],
  ['text with source', { text: 'موحسن', source: 'Enab' }, [5]],
  ['limit and offset', { offset: 1, limit: 2 }, [4, 1]],
  ['from, first page: the event spanning into the range', { from: '2017-01-13', limit: 1 }, [4]],
  ['from, a page after the spanning events', { from: '2017-01-13', offset: 1, limit: 1 }, [1]],
  ['from, an offset past the spanning events', { from: '2017-01-13', offset: 2 }, [5]],
  ['from with another filter on a spanning event', { from: '2017-01-13', admin1: 'Aleppo' }, [4]],
  ['side, place and minFatalities', { side: 'pro_government', place: 'إدلب', minFatalities: 1 }, [2]],
  ['actor, type and from', { actor: SYRIA, type: 'battle', from: '2017-01-12' }, [4]],
  ['a filter matching nothing with others', { type: 'riot', text: 'قصف' }, []],
];

export function runFilterContract(name: string, open: Open): void {
  describe(`${name}: event filters`, () => {
    let s: Store;
    beforeAll(async () => {
      s = await open();
      await seed(s);
    });
    afterAll(async () => s.close());

    it.each(CASES)('%s', async (_what, filter, labels) => {
      expect((await collect(s.events(filter))).map(labelOf)).toEqual(labels);
      if (!filter.limit && !filter.offset) expect(await s.countEvents(filter)).toBe(labels.length);
    });

    it.each<[string, EventFilter, RegExp]>([
      ['a malformed date', { from: '15/01/2017' }, /expected from as YYYY-MM-DD, found "15\/01\/2017"/],
      ['a negative limit', { limit: -1 }, /expected limit as a whole number/],
      ['a query without words', { text: ' ،. ' }, /expected a text query with at least one word/],
    ])('rejects %s, saying what it expected', async (_what, filter, message) => {
      await expect(collect(s.events(filter))).rejects.toThrow(message);
      await expect(s.countEvents(filter)).rejects.toThrow(message);
    });
  });

  describe(`${name}: incidents`, () => {
    let s: Store;
    let byLabel: Map<number, number>;
    beforeAll(async () => {
      s = await open();
      await seed(s);
      byLabel = new Map((await collect(s.events())).map((e) => [labelOf(e), e.id]));
    });
    afterAll(async () => s.close());
    const ids = (...labels: number[]): number[] => labels.map((l) => byLabel.get(l)!);

    it('stores incidents, links their events and filters them', async () => {
      await s.putIncidents([
        { data: { grade: 'A', figures: [5, 4] }, eventIds: ids(1, 5) },
        { data: { grade: 'B' }, eventIds: ids(4) },
      ]);
      const all = await collect(s.incidents());
      expect(all.map((i) => i.data)).toEqual([{ grade: 'B' }, { grade: 'A', figures: [5, 4] }]);
      const a = all[1]!;
      expect(await s.getIncident(a.id)).toEqual({
        id: a.id,
        data: { grade: 'A', figures: [5, 4] },
        eventIds: [...ids(1, 5)].sort((x, y) => x - y),
      });
      expect((await collect(s.events({ incidentId: a.id }))).map(labelOf)).toEqual([1, 5]);
      expect(
        (await s.eventsOfReport((await collect(s.events({ incidentId: a.id })))[0]!.reportId))[0]!.incidentId,
      ).toBe(a.id);
      // reports r1 and r4 are one syndication group: one source
      expect((await collect(s.incidents({ minSources: 1 }))).length).toBe(2);
      expect(await collect(s.incidents({ minSources: 2 }))).toEqual([]);
      expect((await collect(s.incidents({ place: 'موحسن' }))).map((i) => i.id)).toEqual([a.id]);
      expect((await collect(s.incidents({ place: 'Azaz' }))).map((i) => i.data)).toEqual([{ grade: 'B' }]);
      expect(
        (await collect(s.incidents({ from: '2017-01-14', to: '2017-01-14' }))).map((i) => i.data),
      ).toEqual([{ grade: 'B' }]);
      expect(await collect(s.incidents({ from: '2017-01-16' }))).toEqual([]);
      expect((await s.stats()).incidents).toBe(2);
    });

    it('putIncidents replaces the table; old ids are gone, never reused', async () => {
      const before = (await collect(s.incidents())).map((i) => i.id);
      await s.putIncidents([{ data: 'merged', eventIds: ids(2, 3) }]);
      const after = await collect(s.incidents());
      expect(after.map((i) => i.data)).toEqual(['merged']);
      expect(before).not.toContain(after[0]!.id);
      for (const id of before) expect(await s.getIncident(id)).toBeNull();
      expect((await collect(s.events())).filter((e) => e.incidentId !== null).map(labelOf)).toEqual([2, 3]);
      expect(await s.getIncident(after[0]!.id + 1000)).toBeNull();
    });

    it('rejects unknown events and an event in two incidents, keeping the old table', async () => {
      const keep = await collect(s.incidents());
      await expect(s.putIncidents([{ data: 1, eventIds: [999_999] }])).rejects.toThrow(
        /unknown event id 999999/,
      );
      await expect(
        s.putIncidents([
          { data: 1, eventIds: ids(1) },
          { data: 2, eventIds: ids(1, 2) },
        ]),
      ).rejects.toThrow(/in one incident at most/);
      expect(await collect(s.incidents())).toEqual(keep);
    });

    it('counts reports, current events and incidents', async () => {
      expect(await s.stats()).toEqual({ reports: 4, events: 5, incidents: 1 });
    });
  });
}
