// English notes written from constructed events, one sentence per sub-type family.
import { describe, expect, it } from 'vitest';
import type { Event } from '../codebook/schema.js';
import { englishNotes, evidenceText } from './notes.js';
import { SAMPLE_TEXT, sampleRow } from './sample-row.js';

const RUSSIA = 'Military Forces of Russia (2000-)';
const SYRIA = 'Military Forces of Syria (2000-2024)';
const IS = 'Islamic State (Syria)';
const MOHASAN = {
  name: 'Mohasan',
  name_ar: 'موحسن',
  admin1: 'Deir ez-Zor',
  admin2: null,
  admin3: null,
  country: 'SY',
  lat: 35.23,
  lon: 40.32,
  geo_precision: 1 as const,
  gazetteer_id: 'C1',
};

const cases: [string, Partial<Event>, string][] = [
  [
    'directional region',
    {
      subtype: 'air_drone_strike',
      actor1: RUSSIA,
      weapons: [],
      fatalities: { total: 1, civilians: 1 },
      location: { ...MOHASAN, name: 'North of Aleppo', admin1: 'Aleppo', geo_precision: 3 },
    },
    'On 15 January 2017, Military Forces of Russia carried out air strikes on areas north of Aleppo, killing one civilian.',
  ],
  [
    'shelling (the example)',
    {},
    'On 15 January 2017, Islamic State fighters shelled Al-Joura (Deir ez-Zor) with mortars, killing six civilians including a woman and two children.',
  ],
  [
    'air strike with injuries',
    {
      subtype: 'air_drone_strike',
      actor1: RUSSIA,
      weapons: ['aircraft'],
      location: MOHASAN,
      fatalities: { total: 5, civilians: 5 },
      injuries: { total: 8 },
    },
    'On 15 January 2017, Military Forces of Russia carried out air strikes on Mohasan (Deir ez-Zor), killing five civilians and injuring eight others.',
  ],
  [
    'barrel bombs, unknown perpetrator, near a place',
    {
      subtype: 'air_drone_strike',
      actor1: null,
      weapons: ['helicopter', 'barrel_bomb'],
      location: { ...MOHASAN, geo_precision: 2 },
      fatalities: { total: null, unknown: true },
    },
    'On 15 January 2017, unidentified aircraft dropped barrel bombs on the vicinity of Mohasan (Deir ez-Zor), killing an unknown number of people.',
  ],
  [
    'armed clash, date range, fighters killed',
    {
      type: 'battle',
      subtype: 'armed_clash',
      actor1: 'Opposition Rebels (Syria)',
      actor2: IS,
      weapons: [],
      date: '2017-01-14',
      date_end: '2017-01-16',
      date_precision: 2,
      fatalities: { total: 7, by_actor: { [IS]: 7 } },
    },
    'Between 14 and 16 January 2017, Opposition Rebels fighters clashed with Islamic State fighters in Al-Joura (Deir ez-Zor), killing seven Islamic State fighters.',
  ],
  [
    'territory regained, no casualties given',
    {
      type: 'battle',
      subtype: 'government_regains_territory',
      actor1: SYRIA,
      actor2: IS,
      weapons: [],
      fatalities: { total: null },
    },
    'On 15 January 2017, Military Forces of Syria regained control of Al-Joura (Deir ez-Zor) from Islamic State fighters.',
  ],
  [
    'attack on civilians, approximate toll',
    {
      type: 'violence_against_civilians',
      subtype: 'attack',
      weapons: ['light_weapons'],
      fatalities: { total: 12, civilians: 12, approx: true },
    },
    'On 15 January 2017, Islamic State fighters attacked civilians in Al-Joura (Deir ez-Zor) with small arms, killing about 12 civilians.',
  ],
  [
    'IED, killed or injured',
    {
      subtype: 'remote_explosive_landmine_ied',
      actor1: null,
      actor2: null,
      weapons: ['ied'],
      fatalities: { total: null },
      casualties_total: 4,
    },
    'On 15 January 2017, an explosive device exploded in Al-Joura (Deir ez-Zor), killing or injuring four people.',
  ],
  [
    'peaceful protest, region, month',
    {
      type: 'protest',
      subtype: 'peaceful_protest',
      actor1: 'Protesters (Syria)',
      actor2: null,
      weapons: [],
      date_precision: 3,
      fatalities: { total: null },
      location: { ...MOHASAN, name: 'Eastern Deir ez-Zor countryside', geo_precision: 3 },
    },
    'In January 2017, protesters demonstrated in the Eastern Deir ez-Zor countryside.',
  ],
  [
    'arrests across months',
    {
      type: 'strategic_development',
      subtype: 'arrests',
      actor1: 'QSD: Syrian Democratic Forces',
      actor2: null,
      weapons: [],
      date: '2017-01-30',
      date_end: '2017-02-02',
      date_precision: 2,
      fatalities: { total: null },
    },
    'Between 30 January and 2 February 2017, Syrian Democratic Forces arrested people in Al-Joura (Deir ez-Zor).',
  ],
  [
    'explicitly no fatalities, no date',
    { subtype: 'air_drone_strike', actor1: RUSSIA, date: null, weapons: ['drone'], fatalities: { total: 0 } },
    'Military Forces of Russia carried out a drone strike on Al-Joura (Deir ez-Zor), with no reported fatalities.',
  ],
  [
    'mixed toll',
    { fatalities: { total: 9, civilians: 4, children: 1 } },
    'On 15 January 2017, Islamic State fighters shelled Al-Joura (Deir ez-Zor) with mortars, killing nine people including four civilians and a child.',
  ],
  [
    'missiles intercepted',
    {
      type: 'strategic_development',
      subtype: 'disrupted_weapons_use',
      actor1: SYRIA,
      actor2: null,
      weapons: ['missile'],
      fatalities: { total: null },
    },
    'On 15 January 2017, Military Forces of Syria intercepted missiles over Al-Joura (Deir ez-Zor).',
  ],
];

describe('englishNotes', () => {
  it.each(cases)('%s', (_name, over, want) => expect(englishNotes(sampleRow(over))).toBe(want));
});

describe('evidenceText', () => {
  it('puts the evidence on one line', () => {
    expect(evidenceText(sampleRow())).toBe(SAMPLE_TEXT.replace('\n', ' '));
  });
  it('joins several spans in text order', () => {
    const at = SAMPLE_TEXT.indexOf('بقذائف الهاون');
    expect(
      evidenceText(
        sampleRow({
          evidence: [
            [at, at + 'بقذائف الهاون'.length],
            [0, 3],
          ],
        }),
      ),
    ).toBe('قصف … بقذائف الهاون');
  });
});
