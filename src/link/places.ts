// Whether two event places can be the same place, and how close a match is (for ranking).
import type { Location } from '../codebook/schema.js';

const R_KM = 6371;

/** Great-circle (haversine) distance in km. */
export function haversineKm(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const toRad = Math.PI / 180;
  const dLat = (lat2 - lat1) * toRad;
  const dLon = (lon2 - lon1) * toRad;
  const h =
    Math.sin(dLat / 2) ** 2 + Math.cos(lat1 * toRad) * Math.cos(lat2 * toRad) * Math.sin(dLon / 2) ** 2;
  return 2 * R_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

export function isRegion(l: Location): boolean {
  return l.geo_precision === 3;
}

export function hasPoint(l: Location): l is Location & { lat: number; lon: number } {
  return l.lat !== null && l.lon !== null;
}

/** Name key for places without coordinates: case and spacing folded, within the governorate. */
export function nameKey(l: Location): string {
  return `${(l.admin1 ?? '').toLowerCase()}|${l.name.trim().toLowerCase().replace(/\s+/g, ' ')}`;
}

/**
 * Distance-like score of two places in km, or null when they cannot be one place:
 * - the same gazetteer entry: 0;
 * - a region (precision 3) matches only a place in its governorate (admin1), scored maxKm
 *   so that any precise match ranks first;
 * - two points within maxKm: their distance;
 * - a place without coordinates matches only the same name in the same governorate: 0.
 */
export function placeScore(a: Location, b: Location, maxKm: number): number | null {
  if (a.gazetteer_id !== null && a.gazetteer_id === b.gazetteer_id) return 0;
  if (isRegion(a) || isRegion(b)) return a.admin1 !== null && a.admin1 === b.admin1 ? maxKm : null;
  if (hasPoint(a) && hasPoint(b)) {
    const km = haversineKm(a.lat, a.lon, b.lat, b.lon);
    return km <= maxKm ? km : null;
  }
  return nameKey(a) === nameKey(b) ? 0 : null;
}
