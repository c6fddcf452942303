// The incident map: one circle per incident (colour = event type, size = best fatality
// estimate); when zoomed out, incidents close on screen are grid-clustered into a count.
// Signals "markers drawn" on the container (data-markers-drawn) and as a performance mark.
import * as L from './leaflet.js';
import { h } from './dom.js';
import { t, label, num, language } from './i18n.js';
import { gridCluster } from './grid-cluster.js';
import { typeColor, radiusFor } from './colors.js';
import { addBasemap } from './basemap-layer.js';

const CLUSTER_BELOW_ZOOM = 10;
const CELL_PX = 56;

/**
 * @typedef {{ id: string | number, type: string, subtype: string, date: string | null,
 *   location: { name: string, name_ar?: string, admin1?: string, lat: number | null, lon: number | null },
 *   fatalities: { low: number, best: number, high: number } | null }} IncidentSummary
 */

/**
 * @param {HTMLElement} container
 * @param {{ basemap: import('./basemap-layer.js').Basemap | null, onOpen: (id: string) => void }} options
 */
export function createIncidentMap(container, options) {
  const map = L.map(container, { center: [35, 38.5], zoom: 6, zoomSnap: 0.5, worldCopyJump: true });
  addBasemap(map, options.basemap);
  const layer = L.layerGroup().addTo(map);
  /** @type {IncidentSummary[]} */
  let incidents = [];

  function draw() {
    layer.clearLayers();
    const zoom = map.getZoom();
    const located = incidents.filter((i) => Number.isFinite(i.location?.lat) && Number.isFinite(i.location?.lon));
    if (zoom >= CLUSTER_BELOW_ZOOM) {
      for (const i of located) incidentMarker(i).addTo(layer);
    } else {
      const points = located.map((i) => {
        const p = map.project([i.location.lat, i.location.lon], zoom);
        return { x: p.x, y: p.y, item: i };
      });
      for (const cluster of gridCluster(points, CELL_PX)) {
        if (cluster.items.length === 1) incidentMarker(cluster.items[0]).addTo(layer);
        else clusterMarker(cluster.items, map.unproject([cluster.x, cluster.y], zoom)).addTo(layer);
      }
    }
    requestAnimationFrame(() => {
      container.dataset.markersDrawn = String(located.length);
      performance.mark('rasid:markers-drawn');
    });
  }

  /** @param {IncidentSummary} i */
  function incidentMarker(i) {
    const marker = L.circleMarker([i.location.lat, i.location.lon], {
      radius: radiusFor(i.fatalities?.best), color: '#222', weight: 1, fillColor: typeColor(i.type), fillOpacity: 0.8,
      className: `incident-marker type-${i.type}`,
    });
    marker.bindTooltip(incidentTooltip(i), { direction: 'top' });
    marker.on('click', () => options.onOpen(String(i.id)));
    return marker;
  }

  /** @param {IncidentSummary[]} items @param {any} at */
  function clusterMarker(items, at) {
    const counts = new Map();
    for (const i of items) counts.set(i.type, (counts.get(i.type) ?? 0) + 1);
    const dominant = [...counts.entries()].sort((a, b) => b[1] - a[1])[0][0];
    const size = Math.round(Math.min(54, 24 + 4 * Math.sqrt(items.length)));
    const count = h('span', { class: 'cluster-count' }, num(items.length));
    count.style.setProperty('--cluster-color', typeColor(dominant)); // CSSOM, allowed by the CSP
    const icon = L.divIcon({
      className: 'cluster-icon',
      html: count,
      iconSize: [size, size],
    });
    const marker = L.marker(at, { icon, keyboard: true, title: t('map.cluster', { n: items.length }) });
    marker.on('click', () => {
      const bounds = L.latLngBounds(items.map((i) => [i.location.lat, i.location.lon]));
      if (bounds.getNorthEast().equals(bounds.getSouthWest())) map.setView(bounds.getCenter(), CLUSTER_BELOW_ZOOM);
      else map.fitBounds(bounds.pad(0.2), { maxZoom: CLUSTER_BELOW_ZOOM + 1 });
    });
    return marker;
  }

  map.on('zoomend', draw);

  return {
    map,
    /** @param {IncidentSummary[]} items @param {{ fit?: boolean }} [opts] */
    setIncidents(items, opts = {}) {
      incidents = items;
      if (opts.fit) fitTo(items);
      draw();
    },
    destroy() {
      map.remove();
    },
  };

  /** @param {IncidentSummary[]} items */
  function fitTo(items) {
    const pts = items.filter((i) => Number.isFinite(i.location?.lat) && Number.isFinite(i.location?.lon)).map((i) => [i.location.lat, i.location.lon]);
    if (pts.length > 0) map.fitBounds(L.latLngBounds(pts).pad(0.15), { maxZoom: 9, animate: false });
  }
}

/** @param {IncidentSummary} i */
function incidentTooltip(i) {
  const place = language() === 'ar' && i.location?.name_ar ? i.location.name_ar : i.location?.name;
  return h('div', { class: 'incident-tooltip' },
    h('strong', { dir: 'auto' }, place ?? t('value.unknown')),
    h('div', null, `${i.date ?? ''} · ${label('subtype', i.subtype)}`),
    i.fatalities ? h('div', null, t('incident.killed', { n: num(i.fatalities.best) })) : null,
  );
}
