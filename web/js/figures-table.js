// Each source's figures for an incident side by side; the columns the sources disagree on
// (the incident's conflicts) are marked.
import { h } from './dom.js';
import { t, num } from './i18n.js';

const COLUMNS = /** @type {const} */ (['source', 'fatalities', 'civilians', 'children', 'women', 'injured', 'actor1', 'location_name']);
/** Which conflict marks which column. */
const CONFLICT_COLUMN = { toll: 'fatalities', perpetrator: 'actor1', place: 'location_name' };

/**
 * @param {Array<Record<string, any>>} figures
 * @param {string[]} conflicts
 */
export function figuresTable(figures, conflicts) {
  const conflicted = new Set(conflicts.map((c) => /** @type {Record<string, string>} */ (CONFLICT_COLUMN)[c]).filter(Boolean));
  return h('div', { class: 'table-scroll' }, h('table', { class: 'figures', id: 'figures-table' },
    h('caption', null, t('incident.figures')),
    h('thead', null, h('tr', null, COLUMNS.map((c) => h('th', { scope: 'col', class: conflicted.has(c) ? 'conflict' : null }, t(`figures.${c}`))))),
    h('tbody', null, figures.map((f) => h('tr', null, COLUMNS.map((c) => {
      const v = f[c];
      const text = typeof v === 'number' ? num(v) : v === null || v === undefined ? '–' : String(v);
      return c === 'source'
        ? h('th', { scope: 'row', dir: 'auto' }, text)
        : h('td', { dir: 'auto', class: conflicted.has(c) ? 'conflict' : null }, text);
    })))),
  ));
}
