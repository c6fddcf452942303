import { describe, expect, it } from 'vitest';
import { normalize } from '../text/normalize.js';
import { tokenize } from '../text/tokens.js';
import { bestMatches } from '../text/phrases.js';
import { loadGazetteer, NO_CONTEXT, type Place, type PlaceContext } from './index.js';

const g = loadGazetteer({ onWarning: () => {} });

/** Places found in running text by the phrase index (best non-overlapping matches). */
function find(text: string): { surface: string; places: readonly Place[] }[] {
  const n = normalize(text);
  const toks = tokenize(n.text);
  return bestMatches(g.names.findAll(n.text, toks)).map((m) => ({ surface: n.text.slice(m.start, m.end), places: m.values }));
}

const ctx = (c: Partial<PlaceContext>): PlaceContext => ({ ...NO_CONTEXT, ...c });

describe('loading', () => {
  it('loads Syria, additions, regions and cities500', () => {
    expect(g.size).toBeGreaterThan(9000);
    expect(g.names.size).toBeGreaterThan(g.size);
    expect(g.byId('C1672')?.name_ar).toBe('كفرة');
    expect(g.byId('SY02')?.kind).toBe('governorate');
    expect(g.byId('rasid:air-deir-ez-zor')?.precision).toBe(2);
    expect(g.places.some((p) => p.id.startsWith('gn:') && p.country === 'IQ')).toBe(true);
    expect(g.stats.ms.total).toBeGreaterThan(0);
  });

  it('returns the same object for the same options', () => {
    expect(loadGazetteer({ onWarning: () => {} })).toBe(g);
  });

  it('uses the gazetteer admin1 spelling for Syria', () => {
    const admin1 = new Set(g.places.filter((p) => p.country === 'SY' && p.kind === 'governorate').map((p) => p.admin1));
    for (const a of ['Aleppo', 'Idlib', 'Deir ez-Zor', 'Raqqa', 'Al-Hasakah', 'Rif Dimashq', 'Damascus', 'Daraa']) expect(admin1).toContain(a);
  });

  it('keeps merged duplicate ids resolvable', () => {
    // the GeoNames point of al-Atarib is merged into the OCHA community
    expect(g.byId('geonames:174030')?.id).toBe('C1022');
  });
});

describe('phrases in running text', () => {
  const cases: [string, string, (p: readonly Place[]) => boolean][] = [
    ['وبريف حلب الشمالي', 'ريف حلب الشمالي', (ps) => ps.some((p) => p.kind === 'region' && p.admin1 === 'Aleppo' && p.precision === 3)],
    ['بلدة كفرنبل', 'كفرنبل', (ps) => ps.some((p) => p.admin1 === 'Idlib')],
    ['في حي جوبر', 'جوبر', (ps) => ps.some((p) => p.admin1 === 'Damascus' && p.kind === 'neighbourhood')],
    ['بمدينة الموصل', 'الموصل', (ps) => ps.some((p) => p.country === 'IQ' && p.admin1 === 'Ninewa')],
    ['في خان يونس', 'خان يونس', (ps) => ps.some((p) => p.country === 'PS' && p.admin1 === 'Khan Younis')],
    ['ومطار دير الزور العسكري', 'مطار دير الزور العسكري', (ps) => ps.some((p) => p.kind === 'site' && p.precision === 2)],
    ['في حي هرابش', 'هرابش', (ps) => ps.some((p) => p.parent === 'دير الزور' && p.precision === 1)],
    ['جنوبي دمشق', 'جنوبي دمشق', (ps) => ps.some((p) => p.admin1 === 'Damascus' && p.precision === 3)],
    ['في الغوطة الشرقية', 'الغوطة الشرقية', (ps) => ps.some((p) => p.admin1 === 'Rif Dimashq' && p.precision === 3)],
    ['وكفرنوران', 'كفرنوران', (ps) => ps.some((p) => p.id === 'C1041')],
    ['في بيت سوى', 'بيت سوى', (ps) => ps.some((p) => p.id === 'C2318')],
  ];
  it.each(cases)('%s → %s', (text, surface, check) => {
    const hits = find(text);
    // the match may include a generic head that is part of a name variant ("حي هرابش")
    const hit = hits.find((h) => h.surface.endsWith(normalize(surface).text));
    expect(hit, JSON.stringify(hits.map((h) => h.surface))).toBeDefined();
    expect(check(hit!.places)).toBe(true);
  });
});

describe('homonym resolution', () => {
  const kafra = g.lookup('كفرة');
  it('has both Kafras', () => {
    expect(kafra.map((p) => p.id)).toEqual(expect.arrayContaining(['C1672', 'C2840']));
  });
  it.each([
    ['admin1 Aleppo', ctx({ admin1: ['Aleppo'] }), 'C1672'],
    ['admin1 Homs', ctx({ admin1: ['Homs'] }), 'C2840'],
    ['admin1 Arabic حمص', ctx({ admin1: ['حمص'] }), 'C2840'],
    ['near Talkalakh', ctx({ near: [{ lat: 34.67, lon: 36.26 }] }), 'C2840'],
    ['near Azaz', ctx({ near: [{ lat: 36.58, lon: 37.05 }] }), 'C1672'],
  ])('كفرة by %s', (_label, c, id) => {
    expect(g.resolve(kafra, c).id).toBe(id);
  });
  it.each([
    ['حلب', NO_CONTEXT, 'C1007'],
    ['الأتارب', NO_CONTEXT, 'C1022'],
    ['عفرين', NO_CONTEXT, 'C1366'],
    ['طرابلس', ctx({ countries: ['LB'] }), 'LB'],
    ['طرابلس', ctx({ countries: ['LY'] }), 'LY'],
    ['الحديدة', ctx({ countries: ['YE'] }), 'YE'],
    ['الحديدة', ctx({ admin1: ['Homs'] }), 'SY'],
    ['جوبر', ctx({ admin1: ['Damascus'] }), 'syrianarchive-api:5739'],
    ['القصور', ctx({ admin1: ['Deir-ez-Zor'] }), 'rasid:dez-qusour'],
  ])('%s with %j → %s', (name, c, want) => {
    const p = g.resolve(g.lookup(name), c);
    expect(want.length === 2 ? p.country : p.id).toBe(want);
  });
  it('prefers towns over admin units and populated places over pois', () => {
    const p = g.resolve(g.lookup('الميادين'), NO_CONTEXT);
    expect(p.kind === 'city' || p.kind === 'town').toBe(true);
  });
});

describe('generated regions', () => {
  it.each([
    ['ريف إدلب الجنوبي الشرقي', 'Idlib'],
    ['ريف إدلب الجنوبي', 'Idlib'],
    ['ريف دمشق الغربي', 'Rif Dimashq'],
    ['ريف دير الزور الشرقي', 'Deir ez-Zor'],
    ['ريف عفرين الغربي', 'Aleppo'],
    ['ريف السويداء', 'As-Suwayda'],
    ['بادية دير الزور', 'Deir ez-Zor'],
    ['شمال حلب', 'Aleppo'],
    ['شمال شرقي حلب', 'Aleppo'],
    ['جنوب دمشق', 'Damascus'],
    ['جنوب الجفرة', 'Al Jufrah'],
    ['شرق خان يونس', 'Khan Younis'],
  ])('%s → %s, precision 3', (name, admin1) => {
    const ps = g.lookup(name);
    expect(ps.length).toBeGreaterThan(0);
    const p = g.resolve(ps, NO_CONTEXT);
    expect(p.admin1).toBe(admin1);
    expect(p.precision).toBe(3);
  });
  it('does not turn the governorate ريف دمشق into a region of Damascus', () => {
    const p = g.resolve(g.lookup('ريف دمشق'), NO_CONTEXT);
    expect(p.id).toBe('SY03');
    expect(g.lookup('ريف دمشق').some((x) => x.kind === 'region')).toBe(false);
  });
  it('shifts directional regions toward their direction', () => {
    const base = g.byId('SY02')!;
    const north = g.resolve(g.lookup('ريف حلب الشمالي'), NO_CONTEXT);
    const west = g.resolve(g.lookup('ريف حلب الغربي'), NO_CONTEXT);
    expect(north.lat).toBeGreaterThan(base.lat);
    expect(west.lon).toBeLessThan(base.lon);
  });
});

describe('cities500 subset', () => {
  it.each([
    ['الموصل', 'IQ', 'Ninewa'],
    ['تكريت', 'IQ', 'Salah al-Din'],
    ['صنعاء', 'YE', 'Amanat al Asimah'],
    ['تعز', 'YE', 'Taizz'],
    ['بنغازي', 'LY', 'Benghazi'],
    ['جباليا', 'PS', 'North Gaza'],
    ['الخرطوم', 'SD', 'Khartoum'],
  ])('%s → %s / %s', (name, country, admin1) => {
    const p = g.resolve(g.lookup(name), ctx({ countries: [country] }));
    expect(p.country).toBe(country);
    expect(p.admin1).toBe(admin1);
    expect(p.precision).toBe(1);
  });
  it('indexes English names for English input', () => {
    expect(g.lookup('Mosul').some((p) => p.country === 'IQ')).toBe(true);
    expect(g.lookup('Aleppo').some((p) => p.id === 'C1007')).toBe(true);
  });
});

describe('governorate()', () => {
  it.each([
    ['حلب', 'SY02'], ['Aleppo', 'SY02'], ['محافظة حلب', 'SY02'], ['Deir-ez-Zor', 'SY09'], ['دير الزور', 'SY09'],
    ['Ar-Raqqa', 'SY11'], ['Rural Damascus', 'SY03'], ['نينوى', 'rasid:iq-ninewa'], ['Al Hudaydah', 'rasid:ye-hudaydah'],
  ])('%s → %s', (name, id) => {
    expect(g.governorate(name)?.id).toBe(id);
  });
  it('returns undefined for an unknown name', () => {
    expect(g.governorate('Atlantis')).toBeUndefined();
  });
});

describe('common words', () => {
  it('flags neighbourhoods named by common words', () => {
    const ummal = g.lookup('العمال').find((p) => p.id === 'rasid:dez-ummal');
    expect(ummal?.common).toBe(true);
    expect(g.lookup('الصدد').every((p) => p.common)).toBe(true);
  });
  it('does not flag ordinary names', () => {
    expect(g.lookup('كفرنبل').every((p) => !p.common)).toBe(true);
    expect(g.lookup('بستان القصر').every((p) => !p.common)).toBe(true);
  });
});
