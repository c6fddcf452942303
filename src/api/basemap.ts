// The UI's offline basemap: country outlines (world-atlas countries-50m, Natural Earth, converted
// from TopoJSON with topojson-client) and the 14 Syrian governorate centres from the gazetteer.
// Built once: the outlines are clipped to the region the reports cover and rounded (3.9 MB of
// world GeoJSON → ~270 kB, ~90 kB gzipped), kept as JSON, gzipped and with an ETag.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { gzipSync } from 'node:zlib';
import { feature } from 'topojson-client';
import type { Topology, GeometryCollection } from 'topojson-specification';
import { clipFeatures, type Box } from './geo-clip.js';
import { gazetteerOnce } from './reference.js';

/**
 * [west, south, east, north]: the Middle East and North Africa with a margin, Morocco to Iran and
 * South Sudan to Turkey (the dev set's Syria, Iraq, Yemen, Libya, Gaza, Lebanon and Sudan inside).
 * Land beyond it is not drawn offline; a tile URL (settings) shows the rest of the world.
 */
export const REGION: Box = [-20, 0, 65, 45];

/** 0.001° (~100 m): finer than the 50m atlas's own grid (0.0036° × 0.0017°), so nothing visible is lost */
export const DECIMALS = 3;

export interface Basemap {
  readonly json: string;
  readonly gzip: Uint8Array<ArrayBuffer>;
  /** a strong ETag of the JSON (quoted) */
  readonly etag: string;
}

let cached: Basemap | null = null;

export function basemap(): Basemap {
  if (cached) return cached;
  const file = createRequire(import.meta.url).resolve('world-atlas/countries-50m.json');
  const topo = JSON.parse(readFileSync(file, 'utf8')) as Topology<{ countries: GeometryCollection }>;
  const countries = clipFeatures(feature(topo, topo.objects.countries), REGION, DECIMALS);
  const governorates = gazetteerOnce()
    .places.filter((p) => p.kind === 'governorate' && p.country === 'SY')
    .map((p) => ({ name: p.name_en, name_ar: p.name_ar, lat: p.lat, lon: p.lon }))
    .sort((a, b) => a.name.localeCompare(b.name));
  const json = JSON.stringify({ countries, governorates });
  cached = { json, gzip: new Uint8Array(gzipSync(json, { level: 9 })), etag: `"${createHash('sha256').update(json).digest('base64url').slice(0, 27)}"` };
  return cached;
}
