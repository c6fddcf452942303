// Choosing among homonyms ("كفرة" in Aleppo and in Homs; "طرابلس" in Libya and Lebanon).
import type { Place, PlaceContext, PlaceKind } from './types.js';
import { distanceKm } from './geo.js';

const KIND_SCORE: Record<PlaceKind, number> = {
  city: 12, town: 10, region: 9, village: 8, neighbourhood: 7, camp: 7, site: 6, governorate: 5,
  country: 5, poi: 4, subdistrict: 3, district: 2,
};

const ADMIN = new Set<PlaceKind>(['governorate', 'district', 'subdistrict', 'country', 'region']);

export interface ResolveParams {
  /** canonical admin1 of a hint (Arabic or English variant), or null when unknown */
  readonly canonicalAdmin1: (name: string) => string | null;
}

/** Score of a candidate; higher wins. Exposed for tests and for callers that rank lists. */
export function scorePlace(p: Place, ctx: PlaceContext, admin1Hints: ReadonlySet<string>): number {
  return score(p, ctx, admin1Hints, ctx.countries.map((c) => c.toUpperCase()));
}

function score(p: Place, ctx: PlaceContext, admin1Hints: ReadonlySet<string>, countries: readonly string[]): number {
  let s = 0;
  if (p.admin1 && admin1Hints.has(p.admin1)) s += 100;
  if (countries.length) {
    if (countries.includes(p.country)) s += 50;
  } else if (p.country === 'SY') {
    s += 15; // the default theatre
  }
  if (ctx.near.length) {
    let d = Infinity;
    for (const n of ctx.near) d = Math.min(d, distanceKm(p, n));
    s += 40 * Math.max(0, 1 - d / 150);
  }
  s += KIND_SCORE[p.kind];
  // an admin unit's population is its area's, not a town's: it must not outrank the town
  if (p.population && p.population > 0 && !ADMIN.has(p.kind)) s += Math.min(20, 3 * Math.log10(p.population + 1));
  if (p.common) s -= 1;
  return s;
}

export function makeResolver(params: ResolveParams): (candidates: readonly Place[], ctx: PlaceContext) => Place {
  return (candidates, ctx) => {
    if (candidates.length === 0) throw new Error('resolve: no candidates');
    if (candidates.length === 1) return candidates[0]!;
    const hints = new Set<string>();
    for (const h of ctx.admin1) {
      const c = params.canonicalAdmin1(h);
      hints.add(c ?? h);
    }
    const countries = ctx.countries.map((c) => c.toUpperCase());
    let best = candidates[0]!;
    let bestScore = -Infinity;
    for (const p of candidates) {
      const s = score(p, ctx, hints, countries);
      // ties: keep the earlier candidate (load order puts OCHA communities first)
      if (s > bestScore) { best = p; bestScore = s; }
    }
    return best;
  };
}
