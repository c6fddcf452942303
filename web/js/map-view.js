// The map page (#/): filters, the timeline, the map and the incident list, all driven by one
// FilterState. Changing a filter reloads the incidents; the timeline ignores its own dates.
import { h, replaceChildren } from './dom.js';
import { t } from './i18n.js';
import { api, apiUrl } from './api.js';
import { filterForm } from './filter-form.js';
import { createTimeline } from './timeline.js';
import { createIncidentMap } from './incident-map.js';
import { incidentList } from './incident-list.js';
import { settingsPanel } from './settings-panel.js';

/** The API's largest page; the map loads pages until it has every incident, up to MAP_MAX. */
const PAGE = 1000;
const MAP_MAX = 10_000;
/** The list beside the map shows the first LIST_MAX incidents (the map shows them all). */
const LIST_MAX = 300;

/**
 * Every incident matching the filters (in pages of PAGE), up to MAP_MAX.
 * @param {Record<string, string>} filters
 * @returns {Promise<{ items: any[], total: number }>}
 */
async function fetchIncidents(filters) {
  /** @type {any[]} */
  const items = [];
  let total = 0;
  do {
    const page = await api('/incidents', { query: { ...filters, limit: PAGE, offset: items.length } });
    total = page.total ?? 0;
    items.push(...(page.items ?? []));
    if (!page.items?.length) break;
  } while (items.length < Math.min(total, MAP_MAX));
  return { items, total };
}

/**
 * @param {HTMLElement} main
 * @param {{ filters: import('./filter-state.js').FilterState, basemap: any, onCleanup: (fn: () => void) => void }} ctx
 */
export async function renderMapView(main, ctx) {
  const { filters } = ctx;
  // The incidents are asked for at once, while the filter choices load.
  /** @type {Promise<{ items: any[], total: number }> | null} */
  let pending = fetchIncidents(filters.values);
  pending.catch(() => undefined); // handled where it is awaited
  const [sides, governorates] = await Promise.all([
    api('/stats', { query: { by: 'side' } }).catch(() => []),
    api('/stats', { query: { by: 'governorate' } }).catch(() => []),
  ]);
  const keysOf = (/** @type {any[]} */ rows) => (Array.isArray(rows) ? rows.map((r) => String(r.key)).filter((k) => k && k !== 'null').sort() : []);

  const listBox = h('div', { class: 'list-panel', 'aria-live': 'polite' });
  const mapBox = h('div', { class: 'map', id: 'map', role: 'region', 'aria-label': t('map.aria') });
  const exportLink = /** @type {HTMLAnchorElement} */ (h('a', { class: 'button secondary', id: 'export-link', download: '' }, t('export.jsonl')));
  const timeline = createTimeline({ onBrush: (from, to) => filters.set({ from, to }) });
  const errorBox = h('p', { class: 'error', role: 'alert', hidden: true });

  replaceChildren(main,
    h('h1', { class: 'visually-hidden' }, t('map.title')),
    h('div', { class: 'map-page' },
      h('aside', { class: 'sidebar' }, filterForm(filters, { sides: keysOf(sides), governorates: keysOf(governorates) }, ctx.onCleanup),
        h('div', { class: 'export' }, exportLink), settingsPanel()),
      h('div', { class: 'map-column' }, errorBox, mapBox, timeline.element),
      listBox,
    ),
  );

  const incidentMap = createIncidentMap(mapBox, { basemap: ctx.basemap, onOpen: (id) => { location.hash = `#/incident/${encodeURIComponent(id)}`; } });
  ctx.onCleanup(() => incidentMap.destroy());
  let firstLoad = true;
  let generation = 0;

  async function loadIncidents() {
    const mine = ++generation;
    exportLink.href = apiUrl('/export', { ...filters.eventFilters({ dates: true }), format: 'jsonl' });
    try {
      const request = pending ?? fetchIncidents(filters.values);
      pending = null;
      const data = await request;
      if (mine !== generation) return;
      errorBox.hidden = true;
      incidentMap.setIncidents(data.items, { fit: firstLoad });
      firstLoad = false;
      replaceChildren(listBox, h('h2', null, t('list.title')), incidentList(data.items.slice(0, LIST_MAX), data.total));
    } catch (e) {
      if (mine !== generation) return;
      errorBox.hidden = false;
      errorBox.textContent = t('error.load', { message: /** @type {Error} */ (e).message });
    }
  }

  async function loadTimeline() {
    try {
      timeline.setRows(await api('/stats', { query: { by: 'day', ...filters.eventFilters({ dates: false }) } }));
    } catch {
      timeline.setRows([]);
    }
    timeline.setBrushed(filters.values.from, filters.values.to);
  }

  ctx.onCleanup(filters.subscribe((values, changed) => {
    loadIncidents();
    if (changed.some((k) => !['from', 'to', 'grade', 'minSources'].includes(k))) loadTimeline();
    else timeline.setBrushed(values.from, values.to);
  }));
  await Promise.all([loadIncidents(), loadTimeline()]);
}
