// The incident page (#/incident/N): summary, the place on a small map, each source's figures
// and the conflicts between them, every source report side by side with its evidence
// highlighted, the events with (for analysts) correction forms, and the audit trail.
import * as L from './leaflet.js';
import { h, replaceChildren } from './dom.js';
import { t, label, num, language } from './i18n.js';
import { api } from './api.js';
import { typeColor, radiusFor } from './colors.js';
import { addBasemap } from './basemap-layer.js';
import { figuresTable } from './figures-table.js';
import { reportColumns } from './report-columns.js';
import { eventEditor } from './event-editor.js';
import { incidentActions } from './incident-actions.js';
import { auditTable } from './audit-trail.js';

/** @param {{ role?: string } | null} user */
export function canEdit(user) {
  return user?.role === 'analyst' || user?.role === 'admin';
}

/**
 * @param {HTMLElement} main
 * @param {string} id
 * @param {{ user: { name: string, role: string } | null, basemap: any, onCleanup: (fn: () => void) => void }} ctx
 */
export async function renderIncidentPage(main, id, ctx) {
  const incident = await api(`/incidents/${encodeURIComponent(id)}`);
  const editable = canEdit(ctx.user);
  const [incidentAudit, eventDetails] = await Promise.all([
    api('/audit', { query: { entity: 'incident', id } }).catch(() => []),
    Promise.all((incident.members ?? []).map((m) => api(`/events/${encodeURIComponent(m.eventId)}`).catch(() => null))),
  ]);
  const reload = () => renderIncidentPage(main, id, ctx);
  const open = (/** @type {string} */ next) => { location.hash = `#/incident/${encodeURIComponent(next)}`; };
  /** @type {Set<string>} */
  const selectedForSplit = new Set();

  const loc = incident.location ?? {};
  const place = language() === 'ar' && loc.name_ar ? loc.name_ar : loc.name;
  const smallMap = h('div', { class: 'small-map', id: 'incident-map', role: 'img', 'aria-label': t('incident.mapAria', { place: place ?? '' }) });

  replaceChildren(main,
    h('nav', { class: 'breadcrumb' }, h('a', { href: '#/', id: 'back-to-map' }, t('incident.back'))),
    h('article', { class: 'incident-page', dataset: { incidentId: incident.id } },
      h('header', { class: 'incident-head' },
        h('div', null,
          h('h1', { id: 'incident-title', tabindex: '-1' }, typeSwatch(incident.type),
            `${label('subtype', incident.subtype)} — `, h('span', { dir: 'auto' }, place ?? t('value.unknown'))),
          h('dl', { class: 'summary' },
            term(t('incident.type'), label('type', incident.type)),
            term(t('incident.date'), incident.date_end && incident.date_end !== incident.date ? `${incident.date} – ${incident.date_end}` : incident.date ?? '–'),
            term(t('incident.place'), [h('span', { dir: 'auto' }, place ?? '–'), loc.admin1 ? ` (${loc.admin1})` : '']),
            term(t('incident.fatalities'), incident.fatalities
              ? t('incident.range', { low: num(incident.fatalities.low), best: num(incident.fatalities.best), high: num(incident.fatalities.high) }) : '–'),
            term(t('incident.civilians'), num(incident.civilians)),
            term(t('incident.actors'), h('span', { dir: 'auto' }, `${incident.actor1 ?? '–'} / ${incident.actor2 ?? '–'}`)),
            term(t('incident.sources'), num(incident.sources)),
            term(t('incident.grade'), h('span', { class: `grade grade-${incident.grade}`, id: 'incident-grade' }, label('grade', incident.grade))),
            term(t('incident.reviewed'), h('span', { id: 'incident-reviewed' }, incident.reviewed ? t('incident.yes') : t('incident.no'))),
          ),
          (incident.conflicts ?? []).length > 0
            ? h('p', { class: 'conflicts', id: 'incident-conflicts' }, t('incident.conflicts'), ' ',
              incident.conflicts.map((/** @type {string} */ c) => h('span', { class: 'chip conflict' }, label('conflict', c))))
            : h('p', { class: 'hint' }, t('incident.noConflicts')),
        ),
        smallMap,
      ),
      h('section', { 'aria-labelledby': 'figures-title' }, h('h2', { id: 'figures-title' }, t('incident.figuresTitle')),
        figuresTable(incident.figures ?? [], incident.conflicts ?? [])),
      h('section', { 'aria-labelledby': 'reports-title' }, h('h2', { id: 'reports-title' }, t('incident.reports')),
        reportColumns(incident.reports ?? [])),
      h('section', { 'aria-labelledby': 'events-title' }, h('h2', { id: 'events-title' }, t('incident.events')),
        (incident.members ?? []).map((/** @type {any} */ m, /** @type {number} */ i) => memberCard(m, eventDetails[i], editable, reload, selectedForSplit))),
      editable ? incidentActions(incident, { selectedEventIds: () => [...selectedForSplit], reload, open }) : null,
      h('section', { 'aria-labelledby': 'incident-audit-title' }, h('h2', { id: 'incident-audit-title' }, t('audit.incident')),
        auditTable(Array.isArray(incidentAudit) ? incidentAudit : incidentAudit?.items ?? [], t('audit.incident'))),
    ),
  );
  drawSmallMap(smallMap, incident, ctx);
  document.getElementById('incident-title')?.focus?.();
}

/** @param {string} type */
function typeSwatch(type) {
  const swatch = h('span', { class: 'swatch big', 'aria-hidden': 'true' });
  swatch.style.background = typeColor(type);
  return swatch;
}

/** @param {string} name @param {import('./dom.js').Child} value */
function term(name, value) {
  return h('div', { class: 'term' }, h('dt', null, name), h('dd', null, value));
}

/**
 * One event of the incident: its fields, its correction form (analysts) and its history.
 * @param {any} m member
 * @param {any} details GET /api/events/:id (with audit) or null
 * @param {boolean} editable
 * @param {() => void} reload
 * @param {Set<string>} selectedForSplit
 */
function memberCard(m, details, editable, reload, selectedForSplit) {
  const ev = m.event ?? {};
  const id = String(m.eventId);
  const f = ev.fatalities ?? {};
  const audit = details?.audit ?? [];
  return h('article', { class: 'member', dataset: { eventId: id } },
    h('h3', null, `${t('event.title', { id })} · `, h('span', { dir: 'auto' }, m.source ?? t('value.unknownSource')),
      m.corrected ? h('span', { class: 'chip corrected' }, t('event.corrected')) : null),
    h('p', { class: 'member-fields' },
      `${label('subtype', ev.subtype)} · ${ev.date ?? '–'} · `,
      h('span', { dir: 'auto' }, `${ev.actor1 ?? '–'} → ${ev.actor2 ?? '–'}`), ' · ',
      h('span', { class: 'member-toll', dataset: { total: f.total ?? '' } }, t('event.toll', {
        total: num(f.total), civilians: num(f.civilians), women: num(f.women), children: num(f.children) }))),
    editable ? h('label', { class: 'split-choice' },
      h('input', { type: 'checkbox', value: id, onchange: (/** @type {Event} */ e) => {
        if (/** @type {HTMLInputElement} */ (e.target).checked) selectedForSplit.add(id);
        else selectedForSplit.delete(id);
      } }), ' ', t('actions.chooseForSplit')) : null,
    editable ? h('details', { class: 'editor' }, h('summary', null, t('edit.open')), eventEditor(m, { onSaved: reload })) : null,
    audit.length > 0 ? auditTable(audit, t('audit.event', { id })) : null,
  );
}

/** @param {HTMLElement} el @param {any} incident @param {{ basemap: any, onCleanup: (fn: () => void) => void }} ctx */
function drawSmallMap(el, incident, ctx) {
  const { lat, lon } = incident.location ?? {};
  if (!Number.isFinite(lat) || !Number.isFinite(lon)) {
    el.textContent = t('incident.noPlace');
    return;
  }
  const map = L.map(el, { center: [lat, lon], zoom: 8, zoomControl: true, attributionControl: false, scrollWheelZoom: false, keyboard: false });
  addBasemap(map, ctx.basemap);
  L.circleMarker([lat, lon], { radius: radiusFor(incident.fatalities?.best), color: '#222', weight: 1, fillColor: typeColor(incident.type), fillOpacity: 0.85 }).addTo(map);
  ctx.onCleanup(() => map.remove());
}
