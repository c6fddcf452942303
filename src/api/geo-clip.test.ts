import type { FeatureCollection, Geometry } from 'geojson';
import { describe, expect, it } from 'vitest';
import { clipFeatures, clipRing, roundRing, type Box } from './geo-clip.js';

const BOX: Box = [0, 0, 10, 10];
/** a closed square ring from (x0, y0) to (x1, y1) */
const square = (x0: number, y0: number, x1: number, y1: number): number[][] => [[x0, y0], [x1, y0], [x1, y1], [x0, y1], [x0, y0]];
/** the ring's points as a sorted set, to compare rings whatever their starting point */
const pointsOf = (r: readonly (readonly number[])[]): string[] => [...new Set(r.map((p) => p.join(',')))].sort();

describe('clipRing', () => {
  it.each<[string, number[][], string[]]>([
    ['inside: unchanged', square(1, 1, 2, 2), pointsOf(square(1, 1, 2, 2))],
    ['outside: nothing', square(20, 20, 30, 30), []],
    ['across the east side: cut at x = 10', square(8, 1, 12, 2), pointsOf(square(8, 1, 10, 2))],
    ['across a corner: cut at both sides', square(-5, -5, 5, 5), pointsOf(square(0, 0, 5, 5))],
    ['around the box: the box', square(-1, -1, 11, 11), pointsOf(square(0, 0, 10, 10))],
    ['a sloped edge: the crossing interpolated', [[5, 5], [15, 7], [5, 9], [5, 5]], ['10,6', '10,8', '5,5', '5,9']],
  ])('%s', (_what, ring, expected) => {
    const out = clipRing(ring, BOX);
    expect(pointsOf(out)).toEqual(expected);
    if (out.length > 0) expect(out[0]).toEqual(out[out.length - 1]);
  });
});

describe('roundRing', () => {
  it.each<[string, [number, number][], number, number[][]]>([
    ['rounds to the decimals', [[1.23456, 2.34567], [3.5, 2.3], [3.5, 4.1], [1.23456, 2.34567]], 3, [[1.235, 2.346], [3.5, 2.3], [3.5, 4.1], [1.235, 2.346]]],
    ['drops a point that rounds onto the one before', [[0, 0], [1, 0], [1.0001, 0], [1, 1], [0, 0]], 3, [[0, 0], [1, 0], [1, 1], [0, 0]]],
    ['drops a ring that rounds to a sliver', [[0, 0], [0.0001, 0], [0.0001, 0.0001], [0, 0]], 3, []],
  ])('%s', (_what, ring, decimals, expected) => {
    expect(roundRing(ring, decimals)).toEqual(expected);
  });
});

describe('clipFeatures', () => {
  const fc = (...geometries: Geometry[]): FeatureCollection => ({
    type: 'FeatureCollection',
    features: geometries.map((geometry, i) => ({ type: 'Feature', id: i, properties: { name: `f${i}` }, geometry })),
  });
  it('keeps the polygons reaching into the box, clipped, with their properties', () => {
    const out = clipFeatures(
      fc(
        { type: 'Polygon', coordinates: [square(20, 20, 30, 30)] },
        { type: 'MultiPolygon', coordinates: [[square(20, 20, 30, 30)], [square(8, 8, 12, 12)]] },
        { type: 'Polygon', coordinates: [square(1, 1, 9, 9), square(2, 2, 3, 3), square(40, 40, 41, 41)] },
        { type: 'Point', coordinates: [5, 5] },
      ),
      BOX,
      3,
    );
    expect(out.features.map((f) => [f.properties?.name, f.geometry.type])).toEqual([
      ['f1', 'Polygon'],
      ['f2', 'Polygon'],
    ]);
    const [multi, holed] = out.features.map((f) => (f.geometry as { coordinates: number[][][] }).coordinates);
    expect(pointsOf(multi![0]!)).toEqual(pointsOf(square(8, 8, 10, 10)));
    // the hole inside stays, the one outside the box goes
    expect(holed!.map((r) => r.length)).toEqual([5, 5]);
  });
});
