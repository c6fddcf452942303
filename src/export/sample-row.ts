// A constructed export row (no real report) for the tests beside this module and for
// benchmarks: an IS mortar attack on a Deir ez-Zor neighbourhood, with its Arabic sentence.
import type { Event } from '../codebook/schema.js';
import type { ExportRow } from './types.js';

export const SAMPLE_TEXT =
  'قصف تنظيم "داعش" حي الجورة بمدينة دير الزور بقذائف الهاون،\nما أدى لمقتل ستة مدنيين بينهم امرأة وطفلان.';

export function sampleEvent(over: Partial<Event> = {}): Event {
  return {
    type: 'explosion_remote_violence',
    subtype: 'shelling_artillery_missile_attack',
    date: '2017-01-15',
    date_end: null,
    date_precision: 1,
    actor1: 'Islamic State (Syria)',
    assoc_actors1: [],
    actor2: 'Civilians (Syria)',
    assoc_actors2: [],
    location: {
      name: 'Al-Joura',
      name_ar: 'الجورة',
      admin1: 'Deir ez-Zor',
      admin2: 'Deir ez-Zor',
      admin3: null,
      country: 'SY',
      lat: 35.3359,
      lon: 40.1408,
      geo_precision: 1,
      gazetteer_id: 'N-joura',
    },
    fatalities: { total: 6, civilians: 6, women: 1, children: 2 },
    injuries: { total: null },
    casualties_total: null,
    weapons: ['mortar'],
    evidence: [[0, SAMPLE_TEXT.length]],
    confidence: 0.9,
    ...over,
  };
}

export function sampleRow(over: Partial<Event> = {}, row: Partial<ExportRow> = {}): ExportRow {
  return {
    eventId: 'r1#0',
    event: sampleEvent(over),
    report: {
      id: 'r1',
      source: 'SOHR',
      url: 'https://example.org/r1',
      published: '2017-01-15',
      text: SAMPLE_TEXT,
    },
    ...row,
  };
}
