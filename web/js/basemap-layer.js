// The offline basemap: country outlines (GeoJSON from /api/basemap) and governorate centres
// with their names; online tiles underneath only when the user set a tile URL.
import * as L from './leaflet.js';
import { h } from './dom.js';
import { language } from './i18n.js';
import { tileUrl } from './settings.js';

/**
 * @typedef {{ countries: any, governorates: Array<{name: string, name_ar?: string, lat: number, lon: number}> }} Basemap
 */

/**
 * @param {any} map a Leaflet map
 * @param {Basemap | null} basemap
 * @param {{ labels?: boolean }} [options]
 */
export function addBasemap(map, basemap, options = {}) {
  const url = tileUrl();
  if (url) {
    L.tileLayer(url, { maxZoom: 18, attribution: 'tiles: user setting' }).addTo(map);
  }
  if (!basemap) return;
  if (basemap.countries) {
    L.geoJSON(basemap.countries, {
      interactive: false,
      style: { color: '#8a8578', weight: 1, fillColor: url ? 'transparent' : '#f3efe6', fillOpacity: url ? 0 : 1 },
    }).addTo(map);
  }
  const labels = options.labels ?? true;
  // Governorate names only from zoom 6 on: zoomed further out they would pile up.
  const toggleLabels = () => map.getContainer().classList.toggle('labels-hidden', map.getZoom() < 6);
  map.on('zoomend', toggleLabels);
  toggleLabels();
  for (const g of basemap.governorates ?? []) {
    if (!Number.isFinite(g.lat) || !Number.isFinite(g.lon)) continue;
    const dot = L.circleMarker([g.lat, g.lon], { radius: 2, color: '#5d5a52', weight: 1, fillOpacity: 1, interactive: false });
    if (labels) {
      const name = language() === 'ar' && g.name_ar ? g.name_ar : g.name;
      dot.bindTooltip(h('span', { lang: language() === 'ar' && g.name_ar ? 'ar' : 'en' }, name), {
        permanent: true, direction: 'right', className: 'governorate-label', offset: [4, 0],
      });
    }
    dot.addTo(map);
  }
}
