// Places of an event: the most specific places named in its clause. A governorate or region
// that contains a named village is context, not a second place ("في قريه X بريف حلب" is X).
import type { Location } from '../codebook/schema.js';
import { distanceKm, nameKey, type Gazetteer, type Place, type PlaceContext } from '../gazetteer/index.js';
import type { PlaceMention } from './mentions.js';

export interface ResolvedPlace {
  readonly place: Place;
  readonly mention: PlaceMention;
  readonly precision: 1 | 2 | 3;
}

const ADMIN_KINDS = new Set(['country', 'governorate', 'district', 'subdistrict']);
const rank = (p: Place): number => (p.kind === 'country' ? 4 : p.kind === 'region' ? 3 : ADMIN_KINDS.has(p.kind) ? 2 : 1);

export function resolvePlaces(mentions: readonly PlaceMention[], gaz: Gazetteer, ctx: PlaceContext): ResolvedPlace[] {
  const out: ResolvedPlace[] = [];
  mentions.forEach((m, i) => {
    const govs = m.governorate ? m.value.filter((p) => p.kind === 'governorate') : [];
    const place = gaz.resolve(govs.length ? govs : m.value, ctx);
    const precision = govs.length ? 3 : m.near && place.precision === 1 ? 2 : place.precision;
    const frame = framing(m, mentions[i + 1], gaz, ctx);
    if (frame && place.kind !== 'region' && !ADMIN_KINDS.has(place.kind) && !m.value.some((p) => p.admin1 === frame.admin1 || distanceKm(p, frame) < 60)) {
      // "قريه هداج في ريف الحسكه" when the gazetteer knows only a هداج elsewhere: the village
      // is not that one, so the event stands in the region named, at precision 2 (as ACLED does)
      out.push({ place: { ...frame, name_ar: m.surface, name_en: '', kind: 'village', precision: 2 }, mention: m, precision: 2 });
      return;
    }
    out.push({ place, mention: m, precision });
  });
  return listStrays(out, gaz);
}

/**
 * "نوى وطفس والشيخ سعد ... وتل السمن": an item of a list whose neighbours all lie in one
 * governorate, known to the gazetteer only far from them, is a place of that governorate the
 * gazetteer lacks: it stands there at precision 2 under the report's name.
 */
function listStrays(out: ResolvedPlace[], gaz: Gazetteer): ResolvedPlace[] {
  return out.map((r, i) => {
    // (a city is named for itself, whatever list it stands in)
    if (r.place.kind === 'region' || r.place.kind === 'city' || ADMIN_KINDS.has(r.place.kind) || r.place.country !== 'SY'
      || (r.place.population ?? 0) >= 50_000) return r;
    const near = [out[i - 1], out[i + 1]].filter((q): q is ResolvedPlace => !!q && q.place.country === 'SY' && !!q.place.admin1
      && Math.abs((q.mention.start < r.mention.start ? r.mention.start - q.mention.end : q.mention.start - r.mention.end)) <= 12);
    if (near.length === 0 || near.some((q) => q.place.admin1 !== near[0]!.place.admin1)) return r;
    const admin1 = near[0]!.place.admin1!;
    if (r.place.admin1 === admin1 || near.some((q) => distanceKm(q.place, r.place) < 60)) return r;
    const gov = gaz.governorate(admin1);
    if (!gov) return r;
    return { place: { ...gov, name_ar: r.mention.surface, name_en: '', kind: 'village', precision: 2 }, mention: r.mention, precision: 2 };
  });
}

/** The region or governorate named right after a place ("X في ريف Y"، "X بمحافظه Y"), if any. */
function framing(m: PlaceMention, next: PlaceMention | undefined, gaz: Gazetteer, ctx: PlaceContext): Place | null {
  if (!next || next.start - m.end > 14 || next.start < m.end) return null;
  const wide = next.value.filter((p) => p.kind === 'region' || p.kind === 'governorate');
  if (wide.length === 0 || wide.length !== next.value.length) return null;
  const frame = gaz.resolve(wide, ctx);
  return frame.admin1 && frame.country === 'SY' ? frame : null;
}

/** Keep the most specific places: drop containers of other named places and duplicates. */
export function specific(places: readonly ResolvedPlace[]): ResolvedPlace[] {
  if (places.length <= 1) return [...places];
  const best = Math.min(...places.map((p) => rank(p.place)));
  const seen = new Set<string>();
  const out: ResolvedPlace[] = [];
  for (const p of places) {
    if (rank(p.place) > best) {
      // a city named as admin unit (district "منبج") is still a place when nothing inside it is named
      const inside = places.some((q) => q !== p && rank(q.place) < rank(p.place) && (q.place.admin1 === p.place.admin1 || q.place.country !== p.place.country));
      if (inside) continue;
    }
    // a city whose neighbourhood or site is also named ("حي القصور في مدينه دير الزور")
    // (a neighbourhood of another city is a list item of its own: "باب توما، وضاحيه حرستا")
    const part = places.some((q) => q !== p && (q.place.kind === 'neighbourhood' || q.place.kind === 'site' || q.place.kind === 'camp')
      && (p.place.kind === 'city' || p.place.kind === 'town') && distanceKm(p.place, q.place) < 12
      && (!q.place.parent || nameKey(q.place.parent) === nameKey(p.place.name_ar)));
    if (part) continue;
    // "منطقه حوض اليرموك الواقع في القطاع الغربي من ريف درعا": a countryside named after a
    // region of its governorate frames it
    const frames = p.place.kind === 'region' && /^ريف\s/.test(nameKey(p.place.name_ar)) && places.some((q) => q !== p
      && q.place.kind === 'region' && q.mention.end <= p.mention.start && q.place.admin1 === p.place.admin1);
    if (frames) continue;
    // "في مديريه كتاف بصعده": a place named right after another, with ب or في, contains it
    if (p.mention.frame && rank(p.place) >= 1 && places.some((q) => q !== p && q.mention.end <= p.mention.start
      && p.mention.start - q.mention.end <= 16 && rank(q.place) <= rank(p.place))) continue;
    // "الغوطه الشرقيه المحاصره قرب دمشق": "near Y" right after a place says where that place is
    if (p.mention.locates && places.some((q) => q !== p && q.mention.end <= p.mention.start && p.mention.start - q.mention.end <= 32)) continue;
    if (seen.has(p.place.id)) continue;
    seen.add(p.place.id);
    out.push(p);
  }
  return out;
}

/** Places an event can be located at: specific ones, never a whole country. */
export function eventPlaces(places: readonly ResolvedPlace[]): ResolvedPlace[] {
  return specific(places.filter((p) => p.place.kind !== 'country'));
}

/** The codebook location of a resolved place. */
export function toLocation(r: ResolvedPlace): Location {
  const p = r.place;
  return {
    name: p.name_en || p.name_ar,
    // the name as the report writes it (gazetteer spellings vary: "د مشق", "كفر نبل")
    name_ar: r.mention.surface,
    admin1: p.admin1,
    admin2: p.admin2,
    admin3: p.admin3,
    country: p.country,
    lat: round(p.lat),
    lon: round(p.lon),
    geo_precision: r.precision,
    // a neighbourhood the gazetteer lacks (./neighbourhoods) has no entry of its own
    gazetteer_id: p.id.startsWith('quarter:') ? null : p.id,
  };
}

const round = (x: number): number => Math.round(x * 1e5) / 1e5;
