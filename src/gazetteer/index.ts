// The gazetteer: Syria TSV (shared data, read in place) + the project's curated additions +
// generated region phrases + GeoNames cities500 for the neighbouring countries, indexed by
// every name variant in one PhraseIndex<Place>.
import { PhraseIndex } from '../text/phrases.js';
import { normalize } from '../text/normalize.js';
import { tokenize } from '../text/tokens.js';
import type { Gazetteer, GazetteerOptions, LoadStats, Place, PlaceContext, PlaceKind } from './types.js';
import { readTsv } from './tsv.js';
import { Admin1Names } from './admin.js';
import { SYRIA_REQUIRED, syriaEntries } from './syria.js';
import { ADDITIONS_REQUIRED, applyAdditions } from './additions.js';
import { loadCities500, pickArabic, type GnRow } from './geonames.js';
import { generateRegions, type RegionBase } from './regions.js';
import { makeResolver, scorePlace } from './resolve.js';
import { classifyAr, classifyEn, foldLatin, isArabic, nameKey, GENERIC_HEADS } from './common.js';
import { newEntry, type Entry } from './entry.js';
import { defaultAdditionsPath, defaultCacheDir, defaultCities500Path, defaultSyriaPath, GAZETTEER_ENV } from './paths.js';

export type { Gazetteer, GazetteerOptions, LoadStats, Place, PlaceContext, PlaceKind } from './types.js';
export { PLACE_KINDS } from './types.js';
export { GazetteerFileError } from './tsv.js';
export { distanceKm } from './geo.js';
export { nameKey, classifyAr, classifyEn } from './common.js';
export { admin1Key } from './admin.js';
export { scorePlace } from './resolve.js';
export { REGION_COUNTRIES } from './geonames.js';
export { GAZETTEER_ENV, CACHE_ENV, repoRoot } from './paths.js';

/** An empty context for resolve(). */
export const NO_CONTEXT: PlaceContext = { admin1: [], countries: [], near: [] };

const loaded = new Map<string, Gazetteer>();

/** Load (once per distinct options) the gazetteer. */
export function loadGazetteer(opts: GazetteerOptions = {}): Gazetteer {
  const syriaPath = opts.syriaPath ?? defaultSyriaPath();
  const additionsPath = opts.additionsPath ?? defaultAdditionsPath();
  const useGn = opts.cities500 ?? true;
  const gnPath = opts.cities500Path ?? defaultCities500Path();
  const cacheDir = opts.cacheDir ?? defaultCacheDir();
  const key = JSON.stringify([syriaPath, additionsPath, useGn, gnPath, cacheDir]);
  const hit = loaded.get(key);
  if (hit) return hit;
  const g = build(syriaPath, additionsPath, useGn ? gnPath : null, cacheDir, opts.onWarning);
  loaded.set(key, g);
  return g;
}

/** Forget loaded gazetteers (tests). */
export function clearGazetteerCache(): void {
  loaded.clear();
}

/** Gaza Strip governorates by latitude (north to south): GeoNames has one admin1 for the Strip. */
const GAZA_GOVS: readonly [number, string, string][] = [
  [31.523, 'North Gaza', 'شمال غزة'], [31.46, 'Gaza', 'غزة'], [31.385, 'Deir al-Balah', 'دير البلح'],
  [31.31, 'Khan Younis', 'خان يونس'], [-90, 'Rafah', 'رفح'],
];

function build(syriaPath: string, additionsPath: string, gnPath: string | null, cacheDir: string,
  onWarning?: (msg: string) => void): Gazetteer {
  const ms: Record<string, number> = {};
  let warnings = 0;
  const warn = (m: string): void => {
    warnings++;
    if (onWarning) onWarning(m);
    else console.warn(`rasid: ${m}`);
  };
  let t = performance.now();
  const lap = (name: string): void => { const n = performance.now(); ms[name] = Math.round((n - t) * 10) / 10; t = n; };
  const t0 = t;

  // 1. Syria
  const admin = new Admin1Names();
  const syriaRows = readTsv(syriaPath, {
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
  if (gnPath) {
    const r = loadCities500(gnPath, cacheDir, warn);
    gnRows = r.rows;
    gnStatus = r.status;
  }
  lap('cities500');

  // 3. additions: read; admin1 names of GeoNames codes first
  const addRows = readTsv(additionsPath, {
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
  lap('geonamesEntries');

  // 5. additions applied
  const byIdOrAlias = new Map(byId);
  for (const [from, to] of syria.aliases) { const e = byId.get(to); if (e) byIdOrAlias.set(from, e); }
  const resolver = makeResolver({ canonicalAdmin1: (n) => admin.canonical(n) });
  const keyIndex = new Map<string, Entry[]>();
  const indexKeys = (e: Entry): void => {
    for (const n of e.namesAr) {
      const k = nameKey(n);
      let l = keyIndex.get(k);
      if (!l) keyIndex.set(k, (l = []));
      if (!l.includes(e)) l.push(e);
    }
  };
  let keysBuilt = false;
  const added = applyAdditions(addRows, {
    byId: byIdOrAlias, admin, adm1Ar: syria.adm1Ar, warn, path: additionsPath,
    findParent: (nameAr, admin1, country) => {
      if (!keysBuilt) { for (const e of entries) indexKeys(e); keysBuilt = true; }
      const cands = (keyIndex.get(nameKey(nameAr)) ?? []).filter((e) => e.place.country === country
        && e.place.kind !== 'region' && e.place.kind !== 'governorate' && e.place.kind !== 'district');
      if (!cands.length) return null;
      const p = resolver(cands.map((c) => c.place), { admin1: admin1 ? [admin1] : [], countries: [country], near: [] });
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

  // 6. generated regions
  const bases: RegionBase[] = [];
  const baseNames = (e: Entry): string[] => {
    const seen = new Set<string>();
    const out: string[] = [];
    for (const n of [e.place.name_ar, ...e.namesAr]) {
      if (!isArabic(n)) continue;
      const head = nameKey(n).split(' ')[0] ?? '';
      if (GENERIC_HEADS.some((h) => nameKey(h) === head)) continue;
      const k = nameKey(n);
      if (seen.has(k)) continue;
      seen.add(k);
      out.push(n);
    }
    return out;
  };
  const sy = entries.filter((e) => e.place.country === 'SY');
  for (const e of sy) if (e.place.kind === 'governorate' && e.source === 'opensyria') bases.push({ entry: e, names: baseNames(e), km: 30 });
  for (const e of sy) if (e.place.kind === 'district') bases.push({ entry: e, names: baseNames(e), km: 12 });
  for (const e of entries) if (e.place.country !== 'SY' && e.place.kind === 'governorate') bases.push({ entry: e, names: baseNames(e), km: 25 });
  const regions = generateRegions(bases.filter((b) => b.names.length > 0));
  for (const e of regions) { entries.push(e); byId.set(e.place.id, e); }
  lap('regions');

  // 7. phrase index
  const names = new PhraseIndex<Place>();
  const places: Place[] = [];
  const final = new Map<string, Place>();
  const govByAdmin1 = new Map<string, Place>();
  for (const e of entries) {
    const ok: Place = Object.freeze({ ...e.place, common: false });
    const common: Place = Object.freeze({ ...e.place, common: true });
    const seen = new Set<string>();
    let anyOk = false;
    for (const n of e.namesAr) {
      if (!isArabic(n)) continue;
      const c = classifyAr(n);
      if (c === 'skip') continue;
      const k = nameKey(n);
      if (seen.has(k)) continue;
      seen.add(k);
      const isCommon = e.forceCommon ?? c === 'common';
      if (!isCommon) anyOk = true;
      names.add(n, isCommon ? common : ok);
    }
    for (const raw of e.namesEn) {
      const n = foldLatin(raw);
      const c = classifyEn(n);
      if (c === 'skip' || isArabic(n)) continue;
      const k = 'en:' + normalize(n).text;
      if (seen.has(k)) continue;
      seen.add(k);
      names.add(n, e.forceCommon ?? c === 'common' ? common : ok);
    }
    const canonical = anyOk || seen.size === 0 ? ok : common;
    places.push(canonical);
    final.set(e.place.id, canonical);
    if (e.place.kind === 'governorate' && e.place.admin1 && (e.source === 'opensyria' || e.place.country !== 'SY')) {
      if (!govByAdmin1.has(e.place.admin1)) govByAdmin1.set(e.place.admin1, canonical);
    }
  }
  for (const [from, to] of syria.aliases) { const p = final.get(to); if (p) final.set(from, p); }
  lap('index');
  ms.total = Math.round((performance.now() - t0) * 10) / 10;

  const stats: LoadStats = { ms, places: places.length, phrases: names.size, warnings, cities500: gnStatus };
  const lookup = (name: string): readonly Place[] => {
    const text = isArabic(name) ? normalize(name).text : normalize(foldLatin(name)).text;
    const toks = tokenize(text);
    if (!toks.length) return [];
    const ms2 = names.findAll(text, toks).filter((m) => m.from === 0 && m.to === toks.length);
    const exact = ms2.filter((m) => m.prefix === '');
    const out = new Set<Place>();
    for (const m of exact.length ? exact : ms2) for (const v of m.values) out.add(v);
    return [...out];
  };
  const gazetteer: Gazetteer = {
    names,
    byId: (id) => final.get(id),
    resolve: resolver,
    governorate: (n) => {
      const c = admin.canonical(n);
      if (c) return govByAdmin1.get(c);
      return govByAdmin1.get(n.trim());
    },
    size: places.length,
    places,
    lookup,
    canonicalAdmin1: (n) => admin.canonical(n),
    stats,
  };
  return gazetteer;
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

/** Rank candidates best first (same scoring as resolve). */
export function rankPlaces(g: Gazetteer, candidates: readonly Place[], ctx: PlaceContext): Place[] {
  const hints = new Set(ctx.admin1.map((h) => g.canonicalAdmin1(h) ?? h));
  return [...candidates].sort((a, b) => scorePlace(b, ctx, hints) - scorePlace(a, ctx, hints));
}

