// The UI's offline basemap: country outlines (world-atlas countries-50m, Natural Earth, converted
// from TopoJSON with topojson-client) and the 14 Syrian governorate centres from the gazetteer.
// Built once and kept as a JSON string.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { feature } from 'topojson-client';
import type { Topology, GeometryCollection } from 'topojson-specification';
import { gazetteerOnce } from './reference.js';

let cached: string | null = null;

export function basemapJson(): string {
  if (cached) return cached;
  const file = createRequire(import.meta.url).resolve('world-atlas/countries-50m.json');
  const topo = JSON.parse(readFileSync(file, 'utf8')) as Topology<{ countries: GeometryCollection }>;
  const countries = feature(topo, topo.objects.countries);
  const governorates = gazetteerOnce()
    .places.filter((p) => p.kind === 'governorate' && p.country === 'SY')
    .map((p) => ({ name: p.name_en, name_ar: p.name_ar, lat: p.lat, lon: p.lon }))
    .sort((a, b) => a.name.localeCompare(b.name));
  cached = JSON.stringify({ countries, governorates });
  return cached;
}
