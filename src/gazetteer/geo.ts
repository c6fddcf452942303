// Small geodesy helpers.
const R = 6371;

/** Great-circle distance in km. */
export function distanceKm(a: { lat: number; lon: number }, b: { lat: number; lon: number }): number {
  const toRad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * toRad;
  const dLon = (b.lon - a.lon) * toRad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * toRad) * Math.cos(b.lat * toRad) * Math.sin(dLon / 2) ** 2;
  return 2 * R * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** Move a point by `km` toward a compass vector (dy north, dx east; not necessarily unit). */
export function shift(p: { lat: number; lon: number }, dy: number, dx: number, km: number): { lat: number; lon: number } {
  const len = Math.hypot(dx, dy) || 1;
  const dLat = (dy / len) * km / 111.32;
  const dLon = (dx / len) * km / (111.32 * Math.cos((p.lat * Math.PI) / 180));
  return { lat: round6(p.lat + dLat), lon: round6(p.lon + dLon) };
}

export function round6(x: number): number {
  return Math.round(x * 1e6) / 1e6;
}
