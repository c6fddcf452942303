// Country outlines cut down for the offline basemap: polygons clipped to a box around the region
// the reports cover, coordinates rounded. Pure; ./basemap.ts applies it once at start-up.
import type { Feature, FeatureCollection, Geometry, MultiPolygon, Polygon, Position } from 'geojson';

/** [west, south, east, north] in degrees */
export type Box = readonly [number, number, number, number];

type Point = readonly [number, number];

/**
 * A closed ring (first point repeated last) clipped to the box (Sutherland–Hodgman: the box is
 * convex, so each of its four sides cuts the ring in turn). A ring crossing the box twice keeps a
 * zero-width seam along the box side: invisible when filled. Fewer than 4 points: nothing left.
 */
export function clipRing(ring: readonly Position[], [w, s, e, n]: Box): Point[] {
  const sides: [(p: Point) => boolean, (a: Point, b: Point) => Point][] = [
    [(p) => p[0] >= w, (a, b) => [w, a[1] + ((b[1] - a[1]) * (w - a[0])) / (b[0] - a[0])]],
    [(p) => p[0] <= e, (a, b) => [e, a[1] + ((b[1] - a[1]) * (e - a[0])) / (b[0] - a[0])]],
    [(p) => p[1] >= s, (a, b) => [a[0] + ((b[0] - a[0]) * (s - a[1])) / (b[1] - a[1]), s]],
    [(p) => p[1] <= n, (a, b) => [a[0] + ((b[0] - a[0]) * (n - a[1])) / (b[1] - a[1]), n]],
  ];
  let pts: Point[] = ring.slice(0, -1).map((p) => [p[0]!, p[1]!]);
  for (const [inside, cut] of sides) {
    if (pts.length === 0) break;
    const out: Point[] = [];
    let prev = pts[pts.length - 1]!;
    for (const cur of pts) {
      if (inside(cur)) {
        if (!inside(prev)) out.push(cut(prev, cur));
        out.push(cur);
      } else if (inside(prev)) out.push(cut(prev, cur));
      prev = cur;
    }
    pts = out;
  }
  return pts.length >= 3 ? [...pts, pts[0]!] : [];
}

/** rounded to `decimals`, repeated points dropped; a ring left with under 4 points is dropped */
export function roundRing(ring: readonly Point[], decimals: number): Position[] {
  const f = 10 ** decimals;
  const out: Position[] = [];
  for (const [x, y] of ring) {
    const p = [Math.round(x * f) / f, Math.round(y * f) / f];
    const last = out[out.length - 1];
    if (!last || last[0] !== p[0] || last[1] !== p[1]) out.push(p);
  }
  return out.length >= 4 ? out : [];
}

function clipPolygon(rings: readonly Position[][], box: Box, decimals: number): Position[][] | null {
  const out: Position[][] = [];
  for (const [i, ring] of rings.entries()) {
    const r = roundRing(clipRing(ring, box), decimals);
    if (r.length > 0) out.push(r);
    else if (i === 0) return null; // the outer ring is outside: its holes are too
  }
  return out;
}

function clipGeometry(g: Geometry | null, box: Box, decimals: number): Polygon | MultiPolygon | null {
  if (!g || (g.type !== 'Polygon' && g.type !== 'MultiPolygon')) return null;
  const polys = (g.type === 'Polygon' ? [g.coordinates] : g.coordinates)
    .map((p) => clipPolygon(p, box, decimals))
    .filter((p): p is Position[][] => p !== null);
  if (polys.length === 0) return null;
  return polys.length === 1 ? { type: 'Polygon', coordinates: polys[0]! } : { type: 'MultiPolygon', coordinates: polys };
}

/** the (multi)polygon features that reach into the box, clipped to it and rounded */
export function clipFeatures(fc: FeatureCollection, box: Box, decimals: number): FeatureCollection {
  const features: Feature[] = [];
  for (const f of fc.features) {
    const geometry = clipGeometry(f.geometry, box, decimals);
    if (geometry) features.push({ ...f, geometry });
  }
  return { type: 'FeatureCollection', features };
}
