// Building the gazetteer from its sources into a serialisable form (`Built`): Syria TSV,
// cities500 region rows, curated additions, generated regions; every name variant
// classified (skipped / common / ok). index.ts turns a Built into the phrase index, and
// cache.ts keeps a Built on disk so a warm start skips all of this.
import type { LoadStats, Place, PlaceKind } from './types.js';
import { readTsv } from './tsv.js';
import { Admin1Names } from './admin.js';
import { SYRIA_REQUIRED, syriaEntries } from './syria.js';
import { ADDITIONS_REQUIRED, applyAdditions } from './additions.js';
import { loadCities500, pickArabic, type GnRow } from './geonames.js';
import { generateRegions, type RegionBase } from './regions.js';
import { makeResolver } from './resolve.js';
import { classifyAr, classifyEn, foldLatin, isArabic, nameKey, GENERIC_HEADS } from './common.js';
import { newEntry, type Entry } from './entry.js';
import { GAZETTEER_ENV } from './paths.js';

/** A place without its `common` flag (the flag belongs to the name it was found under). */
export type BuiltPlace = Omit<Place, 'common'>;

export interface Built {
  /** places in load order */
  readonly places: BuiltPlace[];
  /** true when the place's own best name is a common word */
  readonly common: boolean[];
  /** [place index, common 0/1, phrase] */
  readonly phrases: [number, 0 | 1, string][];
  /** merged ids → surviving id */
  readonly aliases: [string, string][];
  /** admin1 key → canonical admin1 */
  readonly admin1: [string, string][];
  /** admin1 → index of its governorate place */
  readonly governorates: [string, number][];
  readonly warnings: string[];
  readonly ms: Record<string, number>;
  readonly cities500: LoadStats['cities500'];
}

export interface BuildInput {
  readonly syriaPath: string;
  readonly additionsPath: string;
  /** null: no GeoNames */
  readonly gnPath: string | null;
  readonly cacheDir: string;
}

/** Gaza Strip governorates by latitude (north to south): GeoNames has one admin1 for the Strip. */
const GAZA_GOVS: readonly [number, string, string][] = [
  [31.523, 'North Gaza', 'شمال غزة'], [31.46, 'Gaza', 'غزة'], [31.385, 'Deir al-Balah', 'دير البلح'],
  [31.31, 'Khan Younis', 'خان يونس'], [-90, 'Rafah', 'رفح'],
];

export function buildGazetteer(input: BuildInput): Built {
  const ms: Record<string, number> = {};
  const warnings: string[] = [];
  const warn = (m: string): void => { warnings.push(m); };
  let t = performance.now();
  const lap = (name: string): void => { const n = performance.now(); ms[name] = Math.round((n - t) * 10) / 10; t = n; };

  // 1. Syria
  const admin = new Admin1Names();
  const syriaRows = readTsv(input.syriaPath, {
    required: SYRIA_REQUIRED, warn,
    hint: `set ${GAZETTEER_ENV} to the path of syria_gazetteer.tsv (or a file in the same format), or pass syriaPath`,
  });
  const syria = syriaEntries(syriaRows, admin, warn);
  const entries: Entry[] = [...syria.entries];
  const byId = new Map<string, Entry>();
  for (const e of entries) byId.set(e.place.id, e);
  lap('syria');

  // 2. cities500 (raw rows)
  let gnRows: GnRow[] = [];
  let gnStatus: LoadStats['cities500'] = 'off';
  if (input.gnPath) {
    const r = loadCities500(input.gnPath, input.cacheDir, warn);
    gnRows = r.rows;
    gnStatus = r.status;
  }
  lap('cities500');

  // 3. additions: read; the admin1 names of GeoNames codes are needed by the GeoNames rows
  const addRows = readTsv(input.additionsPath, {
    required: ADDITIONS_REQUIRED, warn, hint: 'pass additionsPath (the format is described in data/places/README.md)',
    allowNoCoords: () => true, // patches need none; new rows are checked in applyAdditions
  });
  const gnAdmin1 = new Map<string, { en: string; ar: string }>();
  for (const r of addRows) {
    const code = r.get('gn_admin1');
    if (code) gnAdmin1.set(code, { en: r.get('name_en'), ar: r.get('name_ar') });
  }
  const capitals = new Map<string, GnRow>();
  for (const row of gnRows) {
    const code = `${row[7]}.${row[8]}`;
    if (row[6] === 'PPLC' || (row[6] === 'PPLA' && capitals.get(code)?.[6] !== 'PPLC')) capitals.set(code, row);
  }

  // 4. GeoNames entries
  for (const row of gnRows) {
    if (row[7] === 'SY') continue;
    const e = gnEntry(row, gnAdmin1, capitals);
    entries.push(e);
    byId.set(e.place.id, e);
  }
  lap('geonames');

  // 5. additions applied (patches by id, merged ids included)
  const byIdOrAlias = new Map(byId);
  for (const [from, to] of syria.aliases) { const e = byId.get(to); if (e) byIdOrAlias.set(from, e); }
  const resolver = makeResolver({ canonicalAdmin1: (n) => admin.canonical(n) });
  const keyIndex = new Map<string, Entry[]>();
  let keysBuilt = false;
  const added = applyAdditions(addRows, {
    byId: byIdOrAlias, admin, adm1Ar: syria.adm1Ar, warn, path: input.additionsPath,
    findParent: (nameAr, admin1, country) => {
      if (!keysBuilt) {
        for (const e of entries) {
          for (const n of e.namesAr) {
            const k = nameKey(n);
            let l = keyIndex.get(k);
            if (!l) keyIndex.set(k, (l = []));
            if (!l.includes(e)) l.push(e);
          }
        }
        keysBuilt = true;
      }
      const cands = (keyIndex.get(nameKey(nameAr)) ?? []).filter((e) => e.place.country === country
        && e.place.kind !== 'region' && e.place.kind !== 'governorate' && e.place.kind !== 'district');
      if (!cands.length) return null;
      const p = resolver(cands.map((c) => ({ ...c.place, common: false })),
        { admin1: admin1 ? [admin1] : [], countries: [country], near: [] });
      return { lat: p.lat, lon: p.lon };
    },
    gnCapital: (code) => { const c = capitals.get(code); return c ? { lat: c[4], lon: c[5] } : null; },
  });
  for (const e of added) { entries.push(e); byId.set(e.place.id, e); }
  for (const e of entries) {
    if (e.place.country !== 'SY' && e.place.kind === 'governorate' && e.place.admin1) {
      admin.add(e.place.admin1, e.place.admin1);
      admin.add(e.place.name_en, e.place.admin1);
      for (const n of e.namesEn) admin.add(n, e.place.admin1);
      admin.add(e.place.name_ar, e.place.admin1);
    }
  }
  lap('additions');

  // 6. generated regions: governorates first, then districts, then foreign admin1 units
  const heads = new Set(GENERIC_HEADS.map(nameKey));
  const baseNames = (e: Entry): string[] => {
    const seen = new Set<string>();
    const out: string[] = [];
    for (const n of [e.place.name_ar, ...e.namesAr]) {
      if (!isArabic(n)) continue;
      const k = nameKey(n);
      if (heads.has(k.split(' ')[0] ?? '') || /^(?:ولايه|لواء) /.test(k) || seen.has(k)) continue;
      seen.add(k);
      out.push(n);
    }
    return out;
  };
  const bases: RegionBase[] = [];
  // Rif Dimashq's centroid lies far out in the desert: its countryside is around Damascus
  const damascus = entries.find((e) => e.place.id === 'SY01')?.place;
  for (const e of entries) {
    if (e.place.country === 'SY' && e.place.kind === 'governorate' && e.source === 'opensyria') {
      bases.push({ entry: e, names: baseNames(e), km: 30, ...(e.place.admin1 === 'Rif Dimashq' && damascus ? { center: damascus } : {}) });
    }
  }
  for (const e of entries) if (e.place.country === 'SY' && e.place.kind === 'district') bases.push({ entry: e, names: baseNames(e), km: 12 });
  for (const e of entries) if (e.place.country !== 'SY' && e.place.kind === 'governorate') bases.push({ entry: e, names: baseNames(e), km: 25 });
  // a phrase that already names a unit or region ("ريف دمشق", "شمال غزة") is not generated
  const taken = new Set<string>();
  for (const e of entries) {
    if (e.place.kind === 'governorate' || e.place.kind === 'district' || e.place.kind === 'region' || e.place.kind === 'country') {
      for (const n of e.namesAr) taken.add(nameKey(n));
    }
  }
  for (const e of generateRegions(bases.filter((b) => b.names.length > 0), taken)) entries.push(e);
  lap('regions');

  // 7. name variants, classified
  const places: BuiltPlace[] = [];
  const common: boolean[] = [];
  const phrases: [number, 0 | 1, string][] = [];
  const index = new Map<string, number>();
  const governorates: [string, number][] = [];
  for (const e of entries) {
    const i = places.length;
    const seen = new Set<string>();
    let anyOk = false;
    for (const name of e.namesAr) {
      if (!isArabic(name)) continue;
      const c = classifyAr(name);
      if (c === 'skip') continue;
      const isCommon = e.forceCommon ?? c === 'common';
      for (const n of [name, finalAlifVariant(name)]) {
        if (!n) continue;
        const k = nameKey(n);
        if (seen.has(k)) continue;
        seen.add(k);
        if (!isCommon) anyOk = true;
        phrases.push([i, isCommon ? 1 : 0, n]);
      }
    }
    for (const raw of e.namesEn) {
      const n = foldLatin(raw);
      if (isArabic(n)) continue;
      const c = classifyEn(n);
      if (c === 'skip') continue;
      const k = 'en:' + n.replace(/[^a-z0-9]+/g, ' ').trim();
      if (seen.has(k)) continue;
      seen.add(k);
      phrases.push([i, (e.forceCommon ?? c === 'common') ? 1 : 0, n]);
    }
    const { common: _c, ...place } = e.place;
    void _c;
    places.push(place);
    common.push(!(anyOk || seen.size === 0));
    index.set(e.place.id, i);
    if (e.place.kind === 'governorate' && e.place.admin1 && (e.source === 'opensyria' || e.place.country !== 'SY')) {
      if (!governorates.some(([a]) => a === e.place.admin1)) governorates.push([e.place.admin1, i]);
    }
  }
  lap('names');
  return {
    places, common, phrases, aliases: [...syria.aliases], admin1: admin.entries(), governorates, warnings, ms, cities500: gnStatus,
  };
}

/**
 * The same name with word-final alif and alif maqsura swapped ("بيت سوا" / "بيت سوى",
 * "نوى" / "نوا"): both spellings are common in reports. Null when no word ends in either.
 */
export function finalAlifVariant(name: string): string | null {
  const v = name.replace(/(?<=\S{2})([اى])(?=\s|$)/g, (m) => (m === 'ا' ? 'ى' : 'ا'));
  return v === name ? null : v;
}

function gnEntry(row: GnRow, gnAdmin1: Map<string, { en: string; ar: string }>, capitals: Map<string, GnRow>): Entry {
  const [id, name, ascii, ar, lat, lon, fcode, cc, a1, pop] = row;
  let kind: PlaceKind;
  if (fcode === 'PPLX') kind = 'neighbourhood';
  else if (fcode === 'PPLC' || fcode === 'PPLA' || fcode === 'PPLA2' || pop >= 100_000) kind = 'city';
  else if (pop >= 10_000 || fcode === 'PPLA3' || fcode === 'PPLA4') kind = 'town';
  else if (fcode.startsWith('PPL')) kind = 'village';
  else kind = 'poi';
  const code = `${cc}.${a1}`;
  let admin1: string | null = null;
  let admin1Ar: string | null = null;
  if (code === 'PS.GZ') {
    const gov = GAZA_GOVS.find(([minLat]) => lat >= minLat)!;
    admin1 = gov[1];
    admin1Ar = gov[2];
  } else {
    const a = gnAdmin1.get(code);
    if (a) { admin1 = a.en; admin1Ar = a.ar || null; } else {
      const cap = capitals.get(code);
      if (cap) { admin1 = cap[2] || cap[1]; admin1Ar = pickArabic(cap[3]) || null; }
    }
  }
  const e = newEntry({
    id: `gn:${id}`, name_ar: pickArabic(ar), name_en: name, kind, country: cc, admin1, admin1_ar: admin1Ar,
    lat, lon, population: pop > 0 ? pop : null, source: 'geonames_cities500',
  });
  for (const n of ar) e.namesAr.add(n);
  if (ascii && ascii !== name) e.namesEn.add(ascii);
  return e;
}
