import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { clearGazetteerCache, GazetteerFileError, loadGazetteer, NO_CONTEXT } from './index.js';
import { classifyAr, classifyEn, nameKey } from './common.js';
import { readFileSync } from 'node:fs';
import { normalizeKey } from '../text/normalize.js';
import { wordKey } from '../text/phrases.js';
import { defaultSyriaPath } from './paths.js';
import { scan } from './geonames.js';

const HEADER = ['id', 'source', 'feature_type', 'name_ar', 'name_en', 'alt_names_ar', 'alt_names_en', 'adm1_pcode', 'adm1_en',
  'adm1_ar', 'adm2_pcode', 'adm2_en', 'adm2_ar', 'adm3_pcode', 'adm3_en', 'adm3_ar', 'parent_ar', 'source_region', 'lat', 'lon',
  'population', 'population_year', 'ext_ids', 'notes', 'keys_ar_norm'];

function row(v: Record<string, string>): string {
  return HEADER.map((h) => v[h] ?? '').join('\t');
}

function tmp(): string {
  return mkdtempSync(join(tmpdir(), 'rasid-gaz-'));
}

const GOV = { id: 'SY02', source: 'opensyria', feature_type: 'governorate', name_ar: 'حلب', name_en: 'Aleppo', adm1_pcode: 'SY02', adm1_en: 'Aleppo', adm1_ar: 'حلب', lat: '36.25', lon: '37.6' };
const VIL = { id: 'C1', source: 'ocha_communities_via_syrianarchive', feature_type: 'community', name_ar: 'قرية تجربة', name_en: 'Test', adm1_pcode: 'SY02', adm1_en: 'Aleppo', adm1_ar: 'حلب', lat: '36.3', lon: '37.1' };

describe('validated loading', () => {
  it('reports bad rows with their line numbers and skips them', () => {
    const dir = tmp();
    const syria = join(dir, 'syria.tsv');
    writeFileSync(syria, [
      HEADER.join('\t'),
      row(GOV),
      row(VIL),
      row({ ...VIL, id: 'C2', lat: 'north' }), // line 4
      row({ ...VIL, id: 'C3' }) + '\textra', // line 5
      row({ ...VIL, id: 'C1' }), // line 6 duplicate
      row({ ...VIL, id: 'C4', lat: '136.1' }), // line 7
      row({ ...VIL, id: '', name_ar: 'بلا' }), // line 8
      row({ ...VIL, id: 'C5', population: 'many' }), // line 9
      '',
    ].join('\n'));
    const additions = join(dir, 'add.tsv');
    writeFileSync(additions, [
      'id\tkind\tcountry\tname_ar\tname_en\tadm1_en\tparent_ar\tlat\tlon',
      '# a comment line',
      'rasid:x\tneighbourhood\tSY\tحي التجربة\tTest quarter\tAleppo\tتجربة\t\t', // line 3: coordinates from its parent
      'rasid:y\tvillage\tSY\tقرية\tBad\tNowhere\t\t36\t37', // line 4: unknown governorate
      'rasid:z\tcastle\tSY\tقلعة ما\tCastle\tAleppo\t\t36\t37', // line 5: unknown kind
      'rasid:w\tvillage\tSY\tبلا مكان\tNo place\tAleppo\t\t\t', // line 6: no coordinates, no parent
    ].join('\n'));
    const warnings: string[] = [];
    clearGazetteerCache();
    const g = loadGazetteer({ syriaPath: syria, additionsPath: additions, cities500: false, cacheDir: dir, onWarning: (m) => warnings.push(m) });
    const lines = (file: string): number[] => warnings.filter((w) => w.startsWith(file + ':')).map((w) => Number(w.slice(file.length + 1).split(':')[0]));
    expect(lines(syria)).toEqual([4, 5, 6, 7, 8, 9]);
    expect(lines(additions)).toEqual([4, 5, 6]);
    expect(g.byId('C1')).toBeDefined();
    expect(g.byId('C2')).toBeUndefined();
    const x = g.byId('rasid:x')!;
    expect([x.lat, x.lon, x.parent, x.admin1]).toEqual([36.3, 37.1, 'تجربة', 'Aleppo']);
    // a second load from the on-disk cache reports the same warnings
    clearGazetteerCache();
    const again: string[] = [];
    loadGazetteer({ syriaPath: syria, additionsPath: additions, cities500: false, cacheDir: dir, onWarning: (m) => again.push(m) });
    expect(again).toEqual(warnings);
  });

  it('names the path and the environment variable when the file is missing', () => {
    const missing = join(tmp(), 'nope.tsv');
    expect(() => loadGazetteer({ syriaPath: missing, cities500: false, onWarning: () => {} })).toThrow(GazetteerFileError);
    expect(() => loadGazetteer({ syriaPath: missing, cities500: false, onWarning: () => {} })).toThrow(/nope\.tsv.*RASID_GAZETTEER/);
  });

  it('rejects a file without the required columns', () => {
    const dir = tmp();
    const f = join(dir, 's.tsv');
    writeFileSync(f, 'id\tname_ar\nX\tس\n');
    expect(() => loadGazetteer({ syriaPath: f, cities500: false, cacheDir: dir, onWarning: () => {} })).toThrow(/header lacks column/);
  });

  it('indexes subdistrict names without مركز and neighbourhoods with their parent', () => {
    const dir = tmp();
    const syria = join(dir, 'syria.tsv');
    writeFileSync(syria, [HEADER.join('\t'), row(GOV),
      row({ id: 'SY020001', source: 'opensyria', feature_type: 'subdistrict', name_ar: 'مركز الأتارب', name_en: 'Atareb', adm1_en: 'Aleppo', adm1_ar: 'حلب', lat: '36.1', lon: '36.8' }),
      row({ id: 'N1', source: 'ocha_city_neighbourhoods_via_trrcms', feature_type: 'neighbourhood', name_ar: 'حي الشيخ مقصود', name_en: 'Sheikh Maqsoud', adm1_en: 'Aleppo', adm1_ar: 'حلب', parent_ar: 'حلب', lat: '36.23', lon: '37.15' }),
    ].join('\n'));
    const additions = join(dir, 'add.tsv');
    writeFileSync(additions, 'id\tname_ar\tlat\tlon\n');
    clearGazetteerCache();
    const g = loadGazetteer({ syriaPath: syria, additionsPath: additions, cities500: false, cacheDir: dir, onWarning: () => {} });
    expect(g.lookup('الأتارب').map((p) => p.id)).toContain('SY020001');
    const n = g.resolve(g.lookup('الشيخ مقصود'), NO_CONTEXT);
    expect([n.kind, n.parent]).toEqual(['neighbourhood', 'حلب']);
  });
});

describe('name classification', () => {
  it.each([
    ['السوق', 'common'], ['الحي', 'skip'], ['مركز', 'common'], ['علي', 'common'], ['الصدد', 'common'],
    ['ال', 'skip'], ['تل', 'skip'], ['عين', 'common'], ['اب', 'skip'], ['12', 'skip'],
    ['كفرنبل', 'ok'], ['بستان القصر', 'ok'], ['الفرقة 17', 'ok'], ['اللواء 137', 'ok'], ['المنطقة الصناعية', 'common'],
  ])('%s → %s', (name, cls) => {
    expect(classifyAr(name)).toBe(cls);
  });
  it.each([['Aleppo', 'ok'], ['al', 'skip'], ['Bab', 'common'], ['Tal', 'common'], ['Hit', 'common']])('en %s → %s', (name, cls) => {
    expect(classifyEn(name)).toBe(cls);
  });
  it('nameKey equals the PhraseIndex key for every name of the Syria gazetteer', () => {
    const text = readFileSync(defaultSyriaPath(), 'utf8');
    const names = text.split('\n').slice(1).flatMap((l) => {
      const f = l.split('\t');
      return [f[3] ?? '', ...(f[5] ?? '').split('|'), ...(f[24] ?? '').split('|')];
    }).filter(Boolean);
    const bad = names.filter((n) => nameKey(n) !== normalizeKey(n).split(' ').filter(Boolean).map(wordKey).join(' '));
    expect(bad).toEqual([]);
  });
});

describe('cities500 scan and cache', () => {
  const line = (id: number, name: string, alt: string, cc: string, a1: string, pop: number): string =>
    [id, name, name, alt, '33.3', '44.4', 'P', 'PPLA', cc, '', a1, '', '', '', String(pop), '', '40', 'Asia/Baghdad', '2020-01-01'].join('\t');
  it('keeps only the region countries with an Arabic name', () => {
    const rows = scan([
      line(1, 'Baghdad', 'Bagdad,بغداد', 'IQ', '07', 7000000),
      line(2, 'Paris', 'Parigi,باريس', 'FR', '11', 2000000),
      line(3, 'Nameless', 'Foo', 'IQ', '07', 10),
    ].join('\n'));
    expect(rows.map((r) => r[0])).toEqual([1]);
    expect(rows[0]![3]).toEqual(['بغداد']);
  });
  it('builds the cache once and reads it after', () => {
    const dir = tmp();
    const gn = join(dir, 'cities500.txt');
    writeFileSync(gn, [line(98182, 'Baghdad', 'بغداد', 'IQ', '07', 7000000), line(99072, 'Mosul', 'الموصل', 'IQ', '15', 1700000)].join('\n'));
    const syria = join(dir, 'syria.tsv');
    writeFileSync(syria, [HEADER.join('\t'), row(GOV)].join('\n'));
    const additions = join(dir, 'add.tsv');
    writeFileSync(additions, 'id\tkind\tcountry\tname_ar\tname_en\tlat\tlon\tgn_admin1\nrasid:iq-ninewa\tgovernorate\tIQ\tنينوى\tNinewa\t\t\tIQ.15\n');
    clearGazetteerCache();
    const opts = { syriaPath: syria, additionsPath: additions, cities500Path: gn, cacheDir: join(dir, 'cache'), onWarning: () => {} };
    const cold = loadGazetteer(opts);
    expect(cold.stats.cities500).toBe('built');
    const mosul = cold.resolve(cold.lookup('الموصل'), NO_CONTEXT);
    expect([mosul.id, mosul.country, mosul.admin1]).toEqual(['gn:99072', 'IQ', 'Ninewa']);
    expect(cold.byId('rasid:iq-ninewa')?.lat).toBe(33.3); // the capital's coordinates
    clearGazetteerCache();
    const warm = loadGazetteer(opts);
    expect(warm.stats.cities500).toBe('cache');
    expect(warm.byId('gn:99072')).toEqual(mosul);
  });
});

describe('spelling variants', () => {
  it.each([['بيت سوا', 'بيت سوى'], ['نوى', 'نوا'], ['حلب', null], ['ما', null]])('%s → %s', async (name, want) => {
    const { finalAlifVariant } = await import('./build.js');
    expect(finalAlifVariant(name)).toBe(want);
  });
});
