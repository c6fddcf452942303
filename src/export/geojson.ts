// A GeoJSON FeatureCollection (RFC 7946), streamed: the opening, one Point feature per row
// with coordinates, then the closing. A row without coordinates cannot be a Point; it is
// left out and counted in the foreign member "rasid:skipped" written last (RFC 7946 §6.1
// allows foreign members; a reader that does not know it ignores it), so that nothing is
// dropped silently.
import { flatEvent } from './flat-event.js';
import type { Rows } from './rows.js';

export async function* geojson(rows: Rows): AsyncGenerator<string> {
  yield '{"type":"FeatureCollection","features":[\n';
  let written = 0;
  let skipped = 0;
  for await (const row of rows) {
    const { lat, lon } = row.event.location;
    if (lat === null || lon === null) {
      skipped++;
      continue;
    }
    const feature = {
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [lon, lat] },
      properties: flatEvent(row),
    };
    yield (written++ === 0 ? '' : ',\n') + JSON.stringify(feature);
  }
  yield `\n],"rasid:skipped":${skipped}}\n`;
}
