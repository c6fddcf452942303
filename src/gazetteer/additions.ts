// The project's curated additions (data/places/additions.tsv, or a user's file in the same
// format). Same column names as the Syria gazetteer (a subset is enough) plus `kind`,
// `country`, `gn_admin1` (GeoNames admin1 code "IQ.15" of a foreign admin1 row), `precision`
// and `common`. A row whose id already exists patches that place (names appended, non-empty
// fields override). lat/lon may be empty when `parent_ar` names a place to sit on, or when
// `gn_admin1` points at a GeoNames admin1 whose capital supplies the coordinates.
import { PLACE_KINDS, type PlaceKind } from './types.js';
import { addHeadless, newEntry, precisionOf, type Entry } from './entry.js';
import { splitList, type TsvRow } from './tsv.js';
import type { Admin1Names } from './admin.js';

export const ADDITIONS_REQUIRED = ['id', 'name_ar', 'lat', 'lon'];

export interface AdditionRow {
  readonly row: TsvRow;
  readonly kind: PlaceKind | null;
}

export function parseKind(row: TsvRow, warn: (m: string) => void, path: string): PlaceKind | null | false {
  const k = row.get('kind');
  if (!k) return null;
  if ((PLACE_KINDS as readonly string[]).includes(k)) return k as PlaceKind;
  warn(`${path}:${row.line}: unknown kind "${k}"; row skipped`);
  return false;
}

export interface ApplyContext {
  readonly byId: Map<string, Entry>;
  readonly admin: Admin1Names;
  readonly adm1Ar: Map<string, string>;
  /** coordinates of a parent place by name within an admin1 */
  readonly findParent: (nameAr: string, admin1: string | null, country: string) => { lat: number; lon: number } | null;
  /** coordinates of the capital of a GeoNames admin1 code ("IQ.15") */
  readonly gnCapital: (code: string) => { lat: number; lon: number } | null;
  readonly warn: (m: string) => void;
  readonly path: string;
}

/** Apply rows; returns the new entries (patches modify ctx.byId entries in place). */
export function applyAdditions(rows: readonly TsvRow[], ctx: ApplyContext): Entry[] {
  const out: Entry[] = [];
  for (const r of rows) {
    const kind = parseKind(r, ctx.warn, ctx.path);
    if (kind === false) continue;
    const id = r.get('id');
    const precRaw = r.get('precision');
    const precision = precRaw === '1' || precRaw === '2' || precRaw === '3' ? (Number(precRaw) as 1 | 2 | 3) : null;
    if (precRaw && precision === null) { ctx.warn(`${ctx.path}:${r.line}: bad precision "${precRaw}"; row skipped`); continue; }
    const existing = ctx.byId.get(id);
    if (existing) { patch(existing, r, kind, precision); continue; }
    const country = (r.get('country') || 'SY').toUpperCase();
    let admin1: string | null = r.get('adm1_en') || null;
    if (admin1 && country === 'SY') {
      const c = ctx.admin.canonical(admin1);
      if (!c) { ctx.warn(`${ctx.path}:${r.line}: unknown Syrian governorate "${admin1}" for ${id}; row skipped`); continue; }
      admin1 = c;
    }
    const k: PlaceKind = kind ?? 'poi';
    if (k === 'governorate' && !admin1) admin1 = r.get('name_en') || null;
    let admin1Ar = r.get('adm1_ar') || (admin1 ? ctx.adm1Ar.get(admin1) ?? null : null);
    if (k === 'governorate' && !admin1Ar) admin1Ar = r.get('name_ar') || null;
    let lat = Number(r.get('lat'));
    let lon = Number(r.get('lon'));
    if (r.get('lat') === '') {
      const gn = r.get('gn_admin1');
      const parent = r.get('parent_ar');
      const p = gn ? ctx.gnCapital(gn) : parent ? ctx.findParent(parent, admin1, country) : null;
      if (!p) {
        if (!gn) ctx.warn(`${ctx.path}:${r.line}: no coordinates` + (parent ? ` and parent "${parent}" not found` : '') + ` for ${id}; row skipped`);
        continue; // a gn_admin1 row without cities500 is silently left out
      }
      lat = p.lat;
      lon = p.lon;
    }
    const pop = r.get('population');
    const e = newEntry({
      id, name_ar: r.get('name_ar'), name_en: r.get('name_en'), kind: k, country, admin1, admin1_ar: admin1Ar,
      admin2: r.get('adm2_en') || null, admin3: r.get('adm3_en') || null, lat, lon,
      population: pop ? Number(pop) : null, parent: r.get('parent_ar') || null, source: 'rasid',
      precision: precision ?? precisionOf(k),
    });
    for (const a of splitList(r.get('alt_names_ar'))) e.namesAr.add(a);
    for (const a of splitList(r.get('alt_names_en'))) e.namesEn.add(a);
    setCommon(e, r);
    addHeadless(e);
    out.push(e);
  }
  return out;
}

function patch(e: Entry, r: TsvRow, kind: PlaceKind | null, precision: 1 | 2 | 3 | null): void {
  if (kind) { e.place.kind = kind; e.place.precision = precisionOf(kind); }
  if (precision) e.place.precision = precision;
  for (const a of splitList(r.get('alt_names_ar'))) e.namesAr.add(a);
  for (const a of splitList(r.get('alt_names_en'))) e.namesEn.add(a);
  if (r.get('parent_ar')) e.place.parent = r.get('parent_ar');
  if (r.get('lat') !== '' && r.get('lon') !== '') { e.place.lat = Number(r.get('lat')); e.place.lon = Number(r.get('lon')); }
  if (r.get('population')) e.place.population = Number(r.get('population'));
  setCommon(e, r);
  addHeadless(e);
}

/** `common` column: 1 flags every name of the row as a common word, 0 clears the flag. */
function setCommon(e: Entry, r: TsvRow): void {
  const c = r.get('common');
  if (c === '1') e.forceCommon = true;
  else if (c === '0') e.forceCommon = false;
}
