// ACLED CSV: golden header and record for a constructed event, labels, interaction codes.
import { describe, expect, it } from 'vitest';
import { EVENT_TYPES } from '../codebook/schema.js';
import { ACLED_COLUMNS, acledRecord, interaction } from './acled-csv.js';
import { acledEventType, acledSubType, disorderType } from './acled-labels.js';
import { csvRecord } from './csv.js';
import { eventNumber } from './event-number.js';
import { exportRows } from './export-rows.js';
import { SAMPLE_TEXT, sampleRow } from './sample-row.js';
import type { ExportRow } from './types.js';

const NOW = new Date('2024-05-01T00:00:00Z');

async function collect(rows: ExportRow[]): Promise<string> {
  let out = '';
  for await (const chunk of exportRows('acled-csv', rows, { now: NOW })) out += chunk;
  return out;
}

describe('acled-csv', () => {
  it('writes the exact header and a golden record (quotes, commas, newline, Arabic)', async () => {
    const csv = await collect([sampleRow({}, { sources: ['SOHR', 'Deir Ezzor 24'] })]);
    const [header, record, rest] = csv.split('\r\n');
    expect(header).toBe(
      'event_id_cnty,event_date,year,time_precision,disorder_type,event_type,sub_event_type,actor1,assoc_actor_1,inter1,' +
        'actor2,assoc_actor_2,inter2,interaction,civilian_targeting,iso,region,country,admin1,admin2,admin3,location,' +
        'latitude,longitude,geo_precision,source,source_scale,notes,fatalities,tags,timestamp',
    );
    const arabic = SAMPLE_TEXT.replace('\n', ' ').replace(/"/g, '""');
    expect(record).toBe(
      'SYR1516715735,2017-01-15,2017,1,Political violence,Explosions/Remote violence,Shelling/artillery/missile attack,' +
        'Islamic State (Syria),,2,Civilians (Syria),,7,27,Civilian targeting,760,Middle East,Syria,Deir ez-Zor,Deir ez-Zor,,' +
        'Al-Joura,35.3359,40.1408,1,SOHR; Deir Ezzor 24,Subnational-National,' +
        '"On 15 January 2017, Islamic State fighters shelled Al-Joura (Deir ez-Zor) with mortars, killing six civilians ' +
        `including a woman and two children. | ${arabic}",6,women and children among fatalities,1714521600`,
    );
    expect(rest).toBe('');
  });

  it('quotes a field with a line break and keeps the record count right', async () => {
    const row = sampleRow({ location: { ...sampleRow().event.location, name: 'Hay "A",\nB' } });
    const record = (await collect([row])).split('\r\n')[1]!;
    expect(record).toContain(',"Hay ""A"",\nB",');
    expect(ACLED_COLUMNS).toHaveLength(31);
    expect(acledRecord(row, { now: NOW })).toHaveLength(31);
  });

  it('event numbers are FNV-1a of the event id (stable across exports)', () => {
    expect([eventNumber(''), eventNumber('a'), eventNumber('r1#0')]).toEqual([
      2166136261, 3826002220, 1516715735,
    ]);
  });

  it('an empty input is the header alone', async () => {
    expect(await collect([])).toBe(csvRecord(ACLED_COLUMNS));
  });

  const interactions: [number | null, number | null, number | null][] = [
    [1, 2, 12],
    [2, 1, 12],
    [2, 7, 27],
    [8, 2, 28],
    [3, 3, 33],
    [6, null, 60],
    [1, null, 10],
    [null, 2, null],
  ];
  it.each(interactions)('interaction(%s, %s) = %s', (a, b, want) => expect(interaction(a, b)).toBe(want));

  const actorCodes: [string, string | null, (string | number)[]][] = [
    ['state vs rebels', 'Opposition Rebels (Syria)', [2, 12, '']],
    ['no actor2', null, [0, 10, '']],
    ['actor2 not in the table', 'Some New Brigade', ['', '', '']],
  ];
  it.each(actorCodes)('inter2 / interaction / civilian_targeting: %s', (_n, actor2, want) => {
    const rec = acledRecord(sampleRow({ actor1: 'Military Forces of Syria (2000-2024)', actor2 }), {
      now: NOW,
    });
    const col = (c: string): unknown => rec[ACLED_COLUMNS.indexOf(c as (typeof ACLED_COLUMNS)[number])] ?? '';
    expect([col('inter2'), col('interaction'), col('civilian_targeting')]).toEqual(want);
  });

  it('an unknown outlet has source_scale Other; an unknown country the XXX prefix', () => {
    const rec = acledRecord(
      sampleRow(
        { location: { ...sampleRow().event.location, country: null } },
        { report: { ...sampleRow().report, source: 'Unknown Blog' } },
      ),
      { now: NOW },
    );
    expect(rec[ACLED_COLUMNS.indexOf('source_scale')]).toBe('Other');
    expect(String(rec[0])).toMatch(/^XXX\d+$/);
  });
});

describe('ACLED labels', () => {
  const labels: [string, string, string, string][] = [
    ['battle', 'armed_clash', 'Battles', 'Armed clash'],
    ['battle', 'non_state_actor_overtakes_territory', 'Battles', 'Non-state actor overtakes territory'],
    ['explosion_remote_violence', 'air_drone_strike', 'Explosions/Remote violence', 'Air/drone strike'],
    [
      'explosion_remote_violence',
      'remote_explosive_landmine_ied',
      'Explosions/Remote violence',
      'Remote explosive/landmine/IED',
    ],
    [
      'violence_against_civilians',
      'abduction_forced_disappearance',
      'Violence against civilians',
      'Abduction/forced disappearance',
    ],
    ['protest', 'excessive_force_against_protesters', 'Protests', 'Excessive force against protesters'],
    ['riot', 'mob_violence', 'Riots', 'Mob violence'],
    [
      'strategic_development',
      'change_to_group_activity',
      'Strategic developments',
      'Change to group/activity',
    ],
    [
      'strategic_development',
      'looting_property_destruction',
      'Strategic developments',
      'Looting/property destruction',
    ],
  ];
  it.each(labels)('%s/%s → %s/%s', (type, subtype, t, s) => {
    expect([acledEventType(type), acledSubType(subtype)]).toEqual([t, s]);
  });

  it('every codebook sub-type has a label', () => {
    for (const [type, subs] of Object.entries(EVENT_TYPES)) {
      expect(acledEventType(type)).not.toBe(type);
      for (const s of subs) expect(acledSubType(s)).not.toBe(s);
    }
  });

  const disorder: [string, string, string][] = [
    ['battle', 'armed_clash', 'Political violence'],
    ['protest', 'peaceful_protest', 'Demonstrations'],
    ['protest', 'excessive_force_against_protesters', 'Political violence; Demonstrations'],
    ['riot', 'violent_demonstration', 'Demonstrations'],
    ['riot', 'mob_violence', 'Political violence'],
    ['strategic_development', 'arrests', 'Strategic developments'],
  ];
  it.each(disorder)('disorder type of %s/%s: %s', (type, subtype, want) =>
    expect(disorderType(type, subtype)).toBe(want),
  );
});
