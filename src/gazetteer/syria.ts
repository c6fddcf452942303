// Syria gazetteer rows → entries: kinds, admin names, and merging of duplicate points
// (a GeoNames or Syrian Archive point that is the same place as an OCHA community or
// neighbourhood gives it its names and population instead of standing as a homonym).
import type { PlaceKind } from './types.js';
import { addHeadless, newEntry, type Entry } from './entry.js';
import { splitList, type TsvRow } from './tsv.js';
import { nameKey, stripGenericHead } from './common.js';
import { distanceKm } from './geo.js';
import type { Admin1Names } from './admin.js';

export const SYRIA_REQUIRED = ['id', 'source', 'feature_type', 'name_ar', 'name_en', 'lat', 'lon'];

const SITE_HEADS = new Set([
  'مطار', 'قاعده', 'لواء', 'فوج', 'فرقه', 'كتيبه', 'حاجز', 'سجن', 'كليه', 'مدرسه', 'معمل', 'جبل', 'تل', 'تله',
  'جسر', 'دوار', 'طريق', 'شارع', 'جامع', 'مسجد', 'كنيسه', 'مشفى', 'مستشفى', 'ساحه', 'سوق', 'قلعه', 'سد',
  'محطه', 'فرع', 'مبنى', 'قصر', 'ثكنه', 'مطحنه', 'معبر', 'مفرق', 'حقل', 'شركه', 'مقر', 'بوابه', 'جاده',
  'فندق', 'ملعب', 'مقبره', 'مركز', 'اكاديميه', 'مستودعات', 'معسكر', 'مصفاه', 'مديريه', 'فرن', 'مخفر',
].map(nameKey));
const NBHD_HEADS = new Set(['حي', 'ضاحيه', 'مساكن', 'جمعيه', 'حاره'].map(nameKey));

/** Governorate capitals by admin1 (the community of that name becomes a city). */
const CAPITAL_EXTRA: Record<string, string> = { 'Al-Hasakah': 'الحسكة', Raqqa: 'الرقة', 'Deir ez-Zor': 'دير الزور' };

function featureKind(ft: string, name: string): PlaceKind {
  switch (ft) {
    case 'governorate': case 'district': case 'subdistrict': return ft;
    case 'community': return 'village';
    case 'neighbourhood': return 'neighbourhood';
    case 'populated_place:PPLC': case 'populated_place:PPLA': case 'populated_place:PPLA2': return 'city';
    case 'populated_place:PPLX': return 'neighbourhood';
    default:
      if (ft.startsWith('populated_place:')) return 'town';
  }
  const head = nameKey(name).split(' ')[0] ?? '';
  if (head === 'مخيم') return 'camp';
  if (NBHD_HEADS.has(head)) return 'neighbourhood';
  if (SITE_HEADS.has(head) && nameKey(name).includes(' ')) return 'site';
  return 'poi';
}

export interface SyriaResult {
  entries: Entry[];
  /** merged ids → surviving id */
  aliases: Map<string, string>;
  /** adm1_en → adm1_ar */
  adm1Ar: Map<string, string>;
}

const DAMASCUS = { lat: 33.5138, lon: 36.2765 };

export function syriaEntries(rows: readonly TsvRow[], admin: Admin1Names, warn: (m: string) => void): SyriaResult {
  const adm1Ar = new Map<string, string>();
  for (const r of rows) {
    const en = r.get('adm1_en');
    const ar = r.get('adm1_ar');
    if (en && ar && !adm1Ar.has(en)) adm1Ar.set(en, ar);
    if (r.get('feature_type') === 'governorate') {
      admin.add(r.get('name_en'), r.get('adm1_en') || r.get('name_en'));
      admin.add(r.get('name_ar'), r.get('adm1_en') || r.get('name_en'));
      for (const a of splitList(r.get('alt_names_en'))) admin.add(a, r.get('adm1_en'));
      for (const a of splitList(r.get('alt_names_ar'))) admin.add(a, r.get('adm1_en'));
    }
  }
  for (const [en, ar] of adm1Ar) { admin.add(en, en); admin.add(ar, en); }
  admin.addSyriaAliases();

  const entries: Entry[] = [];
  for (const r of rows) {
    const ft = r.get('feature_type');
    const name = r.get('name_ar') || r.get('name_en');
    const kind = featureKind(ft, name);
    let admin1 = r.get('adm1_en') || null;
    if (!admin1) {
      const region = r.get('source_region');
      const lat = Number(r.get('lat'));
      const lon = Number(r.get('lon'));
      if (/damascus/i.test(region)) admin1 = distanceKm({ lat, lon }, DAMASCUS) <= 7 ? 'Damascus' : 'Rif Dimashq';
      else if (region) admin1 = admin.canonical(region);
      if (!admin1 && region) warn(`syria gazetteer line ${r.line}: unknown region "${region}" for ${r.get('id')}`);
    }
    const pop = r.get('population');
    const e = newEntry({
      id: r.get('id'), name_ar: r.get('name_ar'), name_en: r.get('name_en'), kind, country: 'SY',
      admin1, admin1_ar: admin1 ? adm1Ar.get(admin1) ?? null : null,
      admin2: r.get('adm2_en') || null, admin3: r.get('adm3_en') || null,
      lat: Number(r.get('lat')), lon: Number(r.get('lon')), population: pop ? Number(pop) : null,
      parent: kind === 'neighbourhood' || kind === 'site' || kind === 'camp' ? r.get('parent_ar') || null : null,
      source: r.get('source'),
    });
    e.adm1Pcode = r.get('adm1_pcode');
    e.adm2Pcode = r.get('adm2_pcode');
    e.adm3Pcode = r.get('adm3_pcode');
    for (const a of splitList(r.get('alt_names_ar'))) e.namesAr.add(a);
    for (const k of splitList(r.get('keys_ar_norm'))) if (usefulKey(k)) e.namesAr.add(k);
    // English variants: all of them for admin units and cities, the main name for the rest
    if (kind !== 'village' && kind !== 'poi' && kind !== 'neighbourhood') for (const a of splitList(r.get('alt_names_en'))) e.namesEn.add(a);
    if (!e.place.name_ar) e.place.name_ar = e.place.name_en;
    addHeadless(e);
    entries.push(e);
  }

  upgradeSeats(entries);
  const aliases = mergeDuplicates(entries);
  nearCityNeighbourhoods(entries, aliases);
  return { entries: entries.filter((e) => !aliases.has(e.place.id)), aliases, adm1Ar };
}

const HEAD_KEYS = ['حي', 'قريه', 'بلده', 'مدينه', 'ناحيه', 'مركز', 'منطقه', 'محافظه', 'مخيم'];

/**
 * keys_ar_norm holds the names again, normalised, with and without generic heads and spaces.
 * Only the space-less forms add anything to the phrase index ("كفرنوران" for "كفر نوران");
 * head-prefixed space-less forms ("محافظهحلب") are noise.
 */
function usefulKey(k: string): boolean {
  if (k.includes(' ')) return false;
  return !HEAD_KEYS.some((h) => k.startsWith(h) && k.length > h.length + 2);
}

function baseKey(name: string): string {
  return nameKey(stripGenericHead(name) ?? name);
}

/** Communities that are the seats of governorates, districts or sub-districts become cities/towns. */
function upgradeSeats(entries: Entry[]): void {
  const govKey = new Map<string, string>(); // admin1 → key
  const distKeys = new Set<string>(); // adm2Pcode|key
  const subKeys = new Set<string>(); // adm3Pcode|key
  for (const e of entries) {
    const k = baseKey(e.place.name_ar);
    if (e.place.kind === 'governorate' && e.place.admin1) govKey.set(e.place.admin1, k);
    else if (e.place.kind === 'district') distKeys.add(`${e.adm2Pcode}|${k}`);
    else if (e.place.kind === 'subdistrict') subKeys.add(`${e.adm3Pcode}|${k}`);
  }
  for (const [a1, ar] of Object.entries(CAPITAL_EXTRA)) govKey.set(a1, nameKey(ar));
  for (const e of entries) {
    if (e.source !== 'ocha_communities_via_syrianarchive') continue;
    const k = baseKey(e.place.name_ar);
    if (e.place.admin1 && govKey.get(e.place.admin1) === k) e.place.kind = 'city';
    else if (distKeys.has(`${e.adm2Pcode}|${k}`)) e.place.kind = 'city';
    else if (subKeys.has(`${e.adm3Pcode}|${k}`)) e.place.kind = 'town';
  }
}

const MERGE_FROM = new Set(['geonames_cities500', 'syrianarchive', 'syrianarchive_api']);
const MERGE_INTO = new Set(['ocha_communities_via_syrianarchive', 'ocha_city_neighbourhoods_via_trrcms']);

function mergeDuplicates(entries: Entry[]): Map<string, string> {
  const byKey = new Map<string, Entry[]>();
  for (const e of entries) {
    if (!MERGE_INTO.has(e.source)) continue;
    const keys = new Set<string>([baseKey(e.place.name_ar)]);
    for (const n of e.namesAr) keys.add(baseKey(n));
    for (const k of keys) {
      if (!k) continue;
      let l = byKey.get(k);
      if (!l) byKey.set(k, (l = []));
      l.push(e);
    }
  }
  const aliases = new Map<string, string>();
  for (const e of entries) {
    if (!MERGE_FROM.has(e.source)) continue;
    if (e.place.kind === 'site' || e.place.kind === 'camp') continue;
    const limit = e.source === 'geonames_cities500' ? 8 : 5;
    const cands = byKey.get(baseKey(e.place.name_ar)) ?? [];
    let best: Entry | undefined;
    let bestD = limit;
    for (const c of cands) {
      const d = distanceKm(c.place, e.place);
      if (d <= bestD) { best = c; bestD = d; }
    }
    if (!best) continue;
    aliases.set(e.place.id, best.place.id);
    for (const n of e.namesAr) best.namesAr.add(n);
    for (const n of e.namesEn) best.namesEn.add(n);
    if (e.place.population && (best.place.population ?? 0) < e.place.population) best.place.population = e.place.population;
    if (e.place.kind === 'city' && best.place.kind !== 'neighbourhood') best.place.kind = 'city';
    else if (e.place.kind === 'town' && best.place.kind === 'village') best.place.kind = 'town';
  }
  return aliases;
}

/** Syrian Archive points of unknown kind inside a governorate capital are neighbourhoods of it. */
function nearCityNeighbourhoods(entries: Entry[], aliases: Map<string, string>): void {
  const capitals = entries.filter((e) => e.place.kind === 'city' && e.source === 'ocha_communities_via_syrianarchive'
    && e.place.admin1 && baseKey(e.place.name_ar) === baseKey(e.place.admin1_ar ?? ''));
  for (const e of entries) {
    if (e.place.kind !== 'poi' || aliases.has(e.place.id)) continue;
    let near: Entry | undefined;
    for (const c of capitals) if (distanceKm(c.place, e.place) <= 6) near = c;
    if (near) {
      e.place.kind = 'neighbourhood';
      e.place.parent ??= near.place.name_ar;
    } else if (!/mantiqah|nahiyah/i.test(e.place.name_en)) {
      e.place.kind = 'village';
    }
  }
}
