// The incidents beside the map as a list of links (reachable by Tab, opened with Enter).
import { h } from './dom.js';
import { t, label, num, language } from './i18n.js';
import { typeColor } from './colors.js';

/**
 * @param {import('./incident-map.js').IncidentSummary[] & any[]} items
 * @param {number} total
 */
export function incidentList(items, total) {
  if (items.length === 0) return h('p', { class: 'empty', role: 'status' }, t('list.empty'));
  return h('div', { class: 'incident-list-wrap' },
    h('p', { class: 'list-count', role: 'status', id: 'incident-count' },
      items.length < total ? t('list.countPartial', { shown: num(items.length), total: num(total) }) : t('list.count', { n: num(total) })),
    h('ol', { class: 'incident-list', id: 'incident-list' }, items.map((i) => {
      const place = language() === 'ar' && i.location?.name_ar ? i.location.name_ar : i.location?.name;
      const swatch = h('span', { class: 'swatch', 'aria-hidden': 'true' });
      swatch.style.background = typeColor(i.type);
      return h('li', { dataset: { id: i.id, type: i.type } },
        h('a', { href: `#/incident/${encodeURIComponent(i.id)}`, class: 'incident-link' },
          swatch,
          h('span', { class: 'incident-place', dir: 'auto' }, place ?? t('value.unknown')),
          h('span', { class: 'incident-meta' },
            `${i.date ?? '?'} · ${label('subtype', i.subtype)}`,
            i.fatalities ? ` · ${t('incident.killed', { n: num(i.fatalities.best) })}` : '',
            i.sources > 1 ? ` · ${t('list.sources', { n: num(i.sources) })}` : ''),
          h('span', { class: `grade grade-${i.grade}` }, label('grade', i.grade)),
        ));
    })),
  );
}
