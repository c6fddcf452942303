// The gazetteer: Syria TSV (shared data, read in place) + the project's curated additions +
// generated region phrases + GeoNames cities500 for the neighbouring countries, indexed by
// every name variant in one PhraseIndex<Place>. The built form is cached on disk
// (cache.ts), so a warm start only parses JSON and fills the phrase index.
import { PhraseIndex } from '../text/phrases.js';
import { normalize } from '../text/normalize.js';
import { tokenize } from '../text/tokens.js';
import type { Gazetteer, GazetteerOptions, LoadStats, Place, PlaceContext } from './types.js';
import { Admin1Names } from './admin.js';
import { buildGazetteer, type Built, type BuildInput } from './build.js';
import { readBuilt, writeBuilt } from './cache.js';
import { makeResolver, scorePlace } from './resolve.js';
import { foldLatin, isArabic } from './common.js';
import { defaultAdditionsPath, defaultCacheDir, defaultCities500Path, defaultSyriaPath } from './paths.js';

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

/**
 * Load (once per distinct options) the gazetteer. The default Syria file is $RASID_GAZETTEER
 * or <repo>/../shared/data/gazetteer/syria_gazetteer.tsv; a missing file throws a
 * GazetteerFileError naming the path and the variable. Bad rows are reported through
 * onWarning (default: console.warn) with file and line, and skipped.
 */
export function loadGazetteer(opts: GazetteerOptions = {}): Gazetteer {
  const input: BuildInput = {
    syriaPath: opts.syriaPath ?? defaultSyriaPath(),
    additionsPath: opts.additionsPath ?? defaultAdditionsPath(),
    gnPath: opts.cities500 ?? true ? opts.cities500Path ?? defaultCities500Path() : null,
    cacheDir: opts.cacheDir ?? defaultCacheDir(),
  };
  const key = JSON.stringify(input);
  const hit = loaded.get(key);
  if (hit) return hit;
  const warn = opts.onWarning ?? ((m: string) => console.warn(`rasid: ${m}`));
  const t0 = performance.now();
  let built = readBuilt(input);
  const fromCache = built !== null;
  const tRead = performance.now();
  if (!built) {
    built = buildGazetteer(input);
    writeBuilt(input, built, warn);
  }
  for (const w of built.warnings) warn(w);
  const ms: Record<string, number> = fromCache ? { cacheRead: round(tRead - t0) } : { ...built.ms };
  const g = assemble(built, fromCache, ms, t0);
  loaded.set(key, g);
  return g;
}

/** Forget loaded gazetteers (tests). */
export function clearGazetteerCache(): void {
  loaded.clear();
}

function round(x: number): number {
  return Math.round(x * 10) / 10;
}

function assemble(b: Built, fromCache: boolean, ms: Record<string, number>, t0: number): Gazetteer {
  const t = performance.now();
  const ok: Place[] = new Array<Place>(b.places.length);
  const common: (Place | undefined)[] = new Array<Place | undefined>(b.places.length);
  const commonOf = (i: number): Place => (common[i] ??= Object.freeze({ ...b.places[i]!, common: true }));
  for (let i = 0; i < b.places.length; i++) ok[i] = Object.freeze({ ...b.places[i]!, common: false });
  const names = new PhraseIndex<Place>();
  for (const [i, c, phrase] of b.phrases) names.add(phrase, c ? commonOf(i) : ok[i]!);
  const places = ok.map((p, i) => (b.common[i] ? commonOf(i) : p));
  const final = new Map<string, Place>();
  for (const p of places) final.set(p.id, p);
  for (const [from, to] of b.aliases) { const p = final.get(to); if (p) final.set(from, p); }
  const admin = Admin1Names.from(b.admin1);
  const gov = new Map<string, Place>();
  for (const [a1, i] of b.governorates) gov.set(a1, places[i]!);
  ms.index = round(performance.now() - t);
  ms.total = round(performance.now() - t0);
  const stats: LoadStats = {
    ms, places: places.length, phrases: names.size, warnings: b.warnings.length,
    cities500: fromCache && b.cities500 !== 'off' && b.cities500 !== 'missing' ? 'cache' : b.cities500,
  };
  const lookup = (name: string): readonly Place[] => {
    const text = isArabic(name) ? normalize(name).text : normalize(foldLatin(name)).text;
    const toks = tokenize(text);
    if (!toks.length) return [];
    const all = names.findAll(text, toks).filter((m) => m.from === 0 && m.to === toks.length);
    const exact = all.filter((m) => m.prefix === '');
    const out = new Set<Place>();
    for (const m of exact.length ? exact : all) for (const v of m.values) out.add(v);
    return [...out];
  };
  return {
    names,
    byId: (id) => final.get(id),
    resolve: makeResolver({ canonicalAdmin1: (n) => admin.canonical(n) }),
    governorate: (n) => gov.get(admin.canonical(n) ?? n.trim()),
    size: places.length,
    places,
    lookup,
    canonicalAdmin1: (n) => admin.canonical(n),
    stats,
  };
}

/** Rank candidates best first (same scoring as resolve). */
export function rankPlaces(g: Gazetteer, candidates: readonly Place[], ctx: PlaceContext): Place[] {
  const hints = new Set(ctx.admin1.map((h) => g.canonicalAdmin1(h) ?? h));
  return [...candidates].sort((a, b) => scorePlace(b, ctx, hints) - scorePlace(a, ctx, hints));
}
