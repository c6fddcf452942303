// Linking rules on events constructed for these tests (no report text is needed).
import { describe, expect, it } from 'vitest';
import type { Event, Location } from '../codebook/schema.js';
import { linkIncidents, type Incident, type LinkInput } from './index.js';

const MOHASAN: Location = {
  name: 'Mohasan',
  name_ar: 'موحسن',
  admin1: 'Deir ez-Zor',
  admin2: null,
  admin3: null,
  country: 'SY',
  lat: 35.2335,
  lon: 40.3166,
  geo_precision: 1,
  gazetteer_id: 'C5001',
};
const BUQRUS: Location = {
  ...MOHASAN,
  name: 'Buqrus',
  name_ar: 'البقرص',
  lat: 35.26,
  lon: 40.36,
  gazetteer_id: 'C5002',
};
// 0.18° of latitude ≈ 20 km north of Mohasan
const FAR: Location = { ...MOHASAN, name: 'Far', name_ar: null, lat: 35.4135, gazetteer_id: 'C5003' };
const EAST_COUNTRYSIDE: Location = {
  ...MOHASAN,
  name: 'Eastern Deir ez-Zor countryside',
  name_ar: 'ريف دير الزور الشرقي',
  lat: 35.1,
  lon: 40.5,
  geo_precision: 3,
  gazetteer_id: 'R-dez-east',
};
const RAQQA_COUNTRYSIDE: Location = {
  ...EAST_COUNTRYSIDE,
  admin1: 'Ar-Raqqa',
  gazetteer_id: 'R-raq',
  lat: 35.2,
  lon: 40.35,
};

const RUSSIA = 'Military Forces of Russia (2000-)';
const SYRIA = 'Military Forces of Syria (2000-2024)';
const IS = 'Islamic State (Syria)';
const CIV = 'Civilians (Syria)';

function event(over: Partial<Event> = {}): Event {
  return {
    type: 'explosion_remote_violence',
    subtype: 'air_drone_strike',
    date: '2017-01-17',
    date_end: null,
    date_precision: 1,
    actor1: RUSSIA,
    assoc_actors1: [],
    actor2: CIV,
    assoc_actors2: [],
    location: MOHASAN,
    fatalities: { total: 5, civilians: 5 },
    injuries: { total: null },
    casualties_total: null,
    weapons: ['aircraft'],
    evidence: [[0, 10]],
    confidence: 0.9,
    ...over,
  };
}

let n = 0;
function input(report: string, over: Partial<Event> = {}, extra: Partial<LinkInput> = {}): LinkInput {
  return {
    eventId: `e${++n}`,
    reportId: report,
    source: report.toUpperCase(),
    syndicationGroup: report,
    published: '2017-01-17',
    event: event(over),
    ...extra,
  };
}

interface Case {
  readonly name: string;
  readonly items: readonly LinkInput[];
  /** per incident (in output order): member count, independent sources, grade */
  readonly expect: readonly { members: number; sources: number; grade: Incident['grade'] }[];
}

const cases: Case[] = [
  {
    name: 'two outlets, same strike → one incident, corroborated',
    items: [input('sohr'), input('smart')],
    expect: [{ members: 2, sources: 2, grade: 'corroborated' }],
  },
  {
    name: 'syndicated copies → one source',
    items: [
      input('afp-site1', {}, { syndicationGroup: 'afp' }),
      input('afp-site2', {}, { syndicationGroup: 'afp' }),
    ],
    expect: [{ members: 2, sources: 1, grade: 'single_source' }],
  },
  {
    name: 'different perpetrators (Russia / Syrian army) → linked, contested',
    items: [input('sohr'), input('sana', { actor1: SYRIA })],
    expect: [{ members: 2, sources: 2, grade: 'contested' }],
  },
  {
    name: 'opposite sides shelling one place the same day → two incidents',
    items: [
      input('a', { subtype: 'shelling_artillery_missile_attack', actor1: IS, actor2: SYRIA }),
      input('b', { subtype: 'shelling_artillery_missile_attack', actor1: SYRIA, actor2: IS }),
    ],
    expect: [
      { members: 1, sources: 1, grade: 'single_source' },
      { members: 1, sources: 1, grade: 'single_source' },
    ],
  },
  {
    name: 'unknown perpetrator links to a named one',
    items: [input('a'), input('b', { actor1: null })],
    expect: [{ members: 2, sources: 2, grade: 'corroborated' }],
  },
  {
    name: 'same report, two villages → two incidents',
    items: [input('sohr', { location: MOHASAN }), input('sohr', { location: BUQRUS })],
    expect: [
      { members: 1, sources: 1, grade: 'single_source' },
      { members: 1, sources: 1, grade: 'single_source' },
    ],
  },
  {
    name: '20 km apart → two incidents',
    items: [input('a', { location: MOHASAN }), input('b', { location: FAR })],
    expect: [
      { members: 1, sources: 1, grade: 'single_source' },
      { members: 1, sources: 1, grade: 'single_source' },
    ],
  },
  {
    name: '3 days apart → two incidents',
    items: [input('a', { date: '2017-01-14' }), input('b', { date: '2017-01-17' })],
    expect: [
      { members: 1, sources: 1, grade: 'single_source' },
      { members: 1, sources: 1, grade: 'single_source' },
    ],
  },
  {
    name: 'one day apart (yesterday / today) → linked',
    items: [input('a', { date: '2017-01-16' }), input('b', { date: '2017-01-17' })],
    expect: [{ members: 2, sources: 2, grade: 'corroborated' }],
  },
  {
    name: 'a date range overlapping a day → linked',
    items: [
      input('a', { date: '2017-01-10', date_end: '2017-01-15', date_precision: 2 }),
      input('b', { date: '2017-01-16' }),
    ],
    expect: [{ members: 2, sources: 2, grade: 'corroborated' }],
  },
  {
    name: 'different types → two incidents',
    items: [input('a'), input('b', { type: 'battle', subtype: 'armed_clash' })],
    expect: [
      { members: 1, sources: 1, grade: 'single_source' },
      { members: 1, sources: 1, grade: 'single_source' },
    ],
  },
  {
    name: 'region and village in the same governorate → linked',
    items: [input('a', { location: MOHASAN }), input('b', { location: EAST_COUNTRYSIDE })],
    expect: [{ members: 2, sources: 2, grade: 'corroborated' }],
  },
  {
    name: 'region of another governorate, though near → two incidents',
    items: [input('a', { location: MOHASAN }), input('b', { location: RAQQA_COUNTRYSIDE })],
    expect: [
      { members: 1, sources: 1, grade: 'single_source' },
      { members: 1, sources: 1, grade: 'single_source' },
    ],
  },
  {
    name: 'a region report matching two distinct villages stays alone',
    items: [
      input('a', { location: MOHASAN }),
      input('a', { location: FAR }),
      input('b', { location: EAST_COUNTRYSIDE }),
    ],
    expect: [
      { members: 1, sources: 1, grade: 'single_source' },
      { members: 1, sources: 1, grade: 'single_source' },
      { members: 1, sources: 1, grade: 'single_source' },
    ],
  },
  {
    name: 'battle with its sides named in the other order → linked, not contested',
    items: [
      input('a', {
        type: 'battle',
        subtype: 'armed_clash',
        actor1: SYRIA,
        actor2: IS,
        fatalities: { total: null },
      }),
      input('b', {
        type: 'battle',
        subtype: 'armed_clash',
        actor1: IS,
        actor2: SYRIA,
        fatalities: { total: null },
      }),
    ],
    expect: [{ members: 2, sources: 2, grade: 'corroborated' }],
  },
  {
    name: 'undated events never link',
    items: [input('a', { date: null }), input('b', { date: null })],
    expect: [
      { members: 1, sources: 1, grade: 'single_source' },
      { members: 1, sources: 1, grade: 'single_source' },
    ],
  },
];

describe('linkIncidents', () => {
  it.each(cases)('$name', ({ items, expect: want }) => {
    const got = linkIncidents(items);
    expect(got.map((i) => ({ members: i.members.length, sources: i.sources, grade: i.grade }))).toEqual(
      [...want].sort((x, y) => y.members - x.members),
    );
  });

  it('never links two events of one report, even through a third report', () => {
    // sohr names two villages 4 km apart; the second outlet's single event could link to both
    const items = [
      input('sohr', { location: MOHASAN }),
      input('sohr', { location: BUQRUS }),
      input('smart', { location: { ...BUQRUS, gazetteer_id: null, name: 'Buqrus al-Fawqani' } }),
    ];
    const got = linkIncidents(items);
    expect(got).toHaveLength(2);
    for (const inc of got) expect(new Set(inc.members.map((m) => m.reportId)).size).toBe(inc.members.length);
    // the closest match wins: smart's point is Buqrus's
    const withSmart = got.find((i) => i.members.some((m) => m.reportId === 'smart'))!;
    expect(withSmart.members.map((m) => m.event.location.name).sort()).toEqual([
      'Buqrus',
      'Buqrus al-Fawqani',
    ]);
  });
});

describe('incident summary', () => {
  const totals = (...ts: (number | null)[]): LinkInput[] =>
    ts.map((t, i) => input(`r${i}`, { fatalities: { total: t, civilians: t } }));

  const ranges: [string, LinkInput[], 'median' | 'max' | 'lowest' | undefined, unknown, boolean][] = [
    [
      '5 / 8 / 12: toll conflict, median best',
      totals(5, 8, 12),
      undefined,
      { low: 5, best: 8, high: 12 },
      true,
    ],
    ['ACLED lowest reported', totals(5, 8, 12), 'lowest', { low: 5, best: 5, high: 12 }, true],
    ['max as best', totals(5, 8, 12), 'max', { low: 5, best: 12, high: 12 }, true],
    ['even count: mean of the middle two', totals(4, 5, 7, 9), undefined, { low: 4, best: 6, high: 9 }, true],
    ['10 / 12: within 20% → no conflict', totals(10, 12), undefined, { low: 10, best: 11, high: 12 }, false],
    ['1 / 3: within 2 → no conflict', totals(1, 3), undefined, { low: 1, best: 2, high: 3 }, false],
    ['unknown totals are left out', totals(null, 6), undefined, { low: 6, best: 6, high: 6 }, false],
    ['no totals → null', totals(null, null), undefined, null, false],
  ];
  it.each(ranges)('%s', (_name, items, best, range, toll) => {
    const [inc] = linkIncidents(items, { best });
    expect(inc!.fatalities).toEqual(range);
    expect(inc!.conflicts.includes('toll')).toBe(toll);
    expect(inc!.grade).toBe(toll ? 'contested' : 'corroborated');
  });

  it('syndicated copies give one total, not two', () => {
    const items = [
      input('afp1', { fatalities: { total: 5 } }, { syndicationGroup: 'afp' }),
      input('afp2', { fatalities: { total: 5 } }, { syndicationGroup: 'afp' }),
      input('sohr', { fatalities: { total: 9 } }),
    ];
    const [inc] = linkIncidents(items);
    expect(inc!.sources).toBe(2);
    expect(inc!.fatalities).toEqual({ low: 5, best: 7, high: 9 });
    expect(inc!.figures.map((f) => f.fatalities)).toEqual([5, 5, 9]);
  });

  it('figures side by side, earliest member first, stable id', () => {
    const items = [
      input(
        'late',
        { fatalities: { total: 6, civilians: 6, children: 2, women: 1 }, injuries: { total: 3 } },
        { published: '2017-01-18', eventId: 'z1' },
      ),
      input('early', {}, { published: '2017-01-17', eventId: 'y1' }),
    ];
    const [inc] = linkIncidents(items);
    expect(inc!.id).toBe('inc:y1');
    expect(inc!.figures).toEqual([
      {
        eventId: 'y1',
        reportId: 'early',
        source: 'EARLY',
        syndicationGroup: 'early',
        fatalities: 5,
        civilians: 5,
        children: null,
        women: null,
        injured: null,
        actor1: RUSSIA,
        location_name: 'Mohasan',
      },
      {
        eventId: 'z1',
        reportId: 'late',
        source: 'LATE',
        syndicationGroup: 'late',
        fatalities: 6,
        civilians: 6,
        children: 2,
        women: 1,
        injured: 3,
        actor1: RUSSIA,
        location_name: 'Mohasan',
      },
    ]);
    expect(linkIncidents([...items].reverse())[0]!.id).toBe('inc:y1');
  });

  const conflicts: [string, LinkInput[], string[]][] = [
    ['agreeing sources', [input('a'), input('b')], []],
    ['perpetrator', [input('a'), input('b', { actor1: SYRIA })], ['perpetrator']],
    ['place: two named villages 4 km apart', [input('a'), input('b', { location: BUQRUS })], ['place']],
    ['date: yesterday vs today', [input('a', { date: '2017-01-16' }), input('b')], ['date']],
    [
      'subtype differs',
      [input('a'), input('b', { subtype: 'shelling_artillery_missile_attack' })],
      ['subtype'],
    ],
    ['region vs village is no place conflict', [input('a'), input('b', { location: EAST_COUNTRYSIDE })], []],
  ];
  it.each(conflicts)('conflicts: %s', (_name, items, want) => {
    const got = linkIncidents(items);
    expect(got).toHaveLength(1);
    expect(got[0]!.conflicts).toEqual(want);
  });

  it('incident fields: most precise location, span of dates, majority sub-type and actors', () => {
    const items = [
      input('a', { location: EAST_COUNTRYSIDE, date: '2017-01-16' }),
      input('b', { location: MOHASAN }),
      input('c', { actor1: null, subtype: 'shelling_artillery_missile_attack' }),
    ];
    const [inc] = linkIncidents(items);
    expect(inc).toMatchObject({
      type: 'explosion_remote_violence',
      subtype: 'air_drone_strike',
      date: '2017-01-16',
      date_end: '2017-01-17',
      location: MOHASAN,
      actor1: RUSSIA,
      actor2: CIV,
      sources: 3,
    });
  });

  it('a perpetrator dispute inside one syndicated group is flagged but not contested', () => {
    const items = [
      input('w1', {}, { syndicationGroup: 'wire' }),
      input('w2', { actor1: SYRIA }, { syndicationGroup: 'wire' }),
    ];
    const [inc] = linkIncidents(items);
    expect(inc!.conflicts).toEqual(['perpetrator']);
    expect(inc!.grade).toBe('single_source');
  });
});
