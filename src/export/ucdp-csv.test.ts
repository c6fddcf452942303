// UCDP GED-like CSV: header, PRIO-GRID cells, type of violence, deaths by side, ranges.
import { describe, expect, it } from 'vitest';
import type { Event } from '../codebook/schema.js';
import { exportRows } from './export-rows.js';
import { sampleRow } from './sample-row.js';
import { UCDP_COLUMNS, priogridGid, typeOfViolence, ucdpRecord } from './ucdp-csv.js';
import type { ExportRow } from './types.js';

const SYRIA = 'Military Forces of Syria (2000-2024)';
const IS = 'Islamic State (Syria)';

function field(row: ExportRow, column: (typeof UCDP_COLUMNS)[number]): unknown {
  return ucdpRecord(row)[UCDP_COLUMNS.indexOf(column)];
}

describe('ucdp-csv', () => {
  it('writes the header and a golden record', async () => {
    let out = '';
    for await (const c of exportRows('ucdp-csv', [sampleRow()])) out += c;
    expect(out).toBe(
      'id,relid,year,active_year,type_of_violence,conflict_name,side_a,side_b,source_article,where_coordinates,latitude,' +
        'longitude,geom_wkt,priogrid_gid,country,region,date_start,date_end,deaths_a,deaths_b,deaths_civilians,' +
        'deaths_unknown,best,high,low\r\n' +
        '1516715735,r1#0,2017,,3,Islamic State (Syria) - Civilians (Syria),Islamic State (Syria),Civilians (Syria),' +
        '"SOHR, 2017-01-15, https://example.org/r1",Al-Joura (Deir ez-Zor),35.3359,40.1408,POINT (40.1408 35.3359),' +
        '180441,Syria,Middle East,2017-01-15,2017-01-15,0,0,6,0,6,6,6\r\n',
    );
  });

  const cells: [number, number, number][] = [
    [-90, -180, 1],
    [-89.75, -179.75, 1],
    [-90, -179.5, 2],
    [-89.5, -180, 721],
    [0, 0, 180 * 720 + 360 + 1],
    [35.3359, 40.1408, 250 * 720 + 440 + 1],
    [90, 180, 360 * 720], // the poles and the antimeridian fall in the last cell, not past it
  ];
  it.each(cells)('priogrid(%s, %s) = %s', (lat, lon, want) => expect(priogridGid(lat, lon)).toBe(want));

  const types: [string, Partial<Event>, number | null, number | null, 1 | 2 | 3 | null][] = [
    ['army vs IS: state-based', { type: 'battle', subtype: 'armed_clash' }, 1, 2, 1],
    ['IS vs SDF: non-state', { type: 'battle', subtype: 'armed_clash' }, 2, 2, 2],
    ['IS shells civilians: one-sided', {}, 2, 7, 3],
    [
      'abduction by a militia: one-sided',
      { type: 'violence_against_civilians', subtype: 'abduction_forced_disappearance' },
      3,
      null,
      3,
    ],
    ['strike, no actor2, civilian dead: one-sided', { actor2: null }, 8, null, 3],
    [
      'strike by a state, no actor2, fighters dead: state-based',
      { actor2: null, fatalities: { total: 3 } },
      8,
      null,
      1,
    ],
    [
      'armed group, no opponent, no toll: not coded',
      { actor2: null, fatalities: { total: null } },
      2,
      null,
      null,
    ],
    ['protest: not coded', { type: 'protest', subtype: 'peaceful_protest' }, 6, null, null],
  ];
  it.each(types)('type of violence: %s', (_n, over, i1, i2, want) => {
    expect(typeOfViolence(sampleRow(over).event, i1, i2)).toBe(want);
  });

  it('deaths by side; the government on side A', () => {
    const row = sampleRow({
      type: 'battle',
      subtype: 'armed_clash',
      actor1: IS,
      actor2: SYRIA,
      weapons: [],
      fatalities: { total: 12, by_actor: { [IS]: 7, [SYRIA]: 3 } },
    });
    expect(
      ['side_a', 'side_b', 'deaths_a', 'deaths_b', 'deaths_civilians', 'deaths_unknown', 'best'].map((c) =>
        field(row, c as never),
      ),
    ).toEqual([SYRIA, IS, 3, 7, 0, 2, 12]);
    expect(field(row, 'conflict_name')).toBe('Syria: Government');
  });

  it('the incident range when the row carries one', () => {
    const row = sampleRow({}, { range: { low: 4, best: 6, high: 9 } });
    expect(['best', 'high', 'low'].map((c) => field(row, c as never))).toEqual([6, 9, 4]);
  });

  it('no coordinates: empty point, WKT and cell', () => {
    const row = sampleRow({ location: { ...sampleRow().event.location, lat: null, lon: null } });
    expect(
      ['latitude', 'longitude', 'geom_wkt', 'priogrid_gid'].map((c) => field(row, c as never) ?? ''),
    ).toEqual(['', '', '', '']);
  });
});
