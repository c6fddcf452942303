// The filter form of the map page: type, actor side, governorate, date range, verification
// grade, minimum sources and search text. Every control is a labelled native form element.
import { h } from './dom.js';
import { t, label } from './i18n.js';
import { EVENT_TYPES, GRADES } from './colors.js';

/**
 * @param {import('./filter-state.js').FilterState} state
 * @param {{ sides: string[], governorates: string[] }} choices values offered by the data
 * @param {(fn: () => void) => void} onCleanup called with what to undo when the page goes
 * @returns {HTMLFormElement}
 */
export function filterForm(state, choices, onCleanup) {
  const v = state.values;
  /** @type {ReturnType<typeof setTimeout> | undefined} */
  let typingTimer;

  const field = (/** @type {string} */ name, /** @type {HTMLElement} */ control) =>
    h('label', { class: 'field' }, h('span', { class: 'field-label' }, t(`filter.${name}`)), control);

  const select = (/** @type {string} */ name, /** @type {Array<[string, string]>} */ options) =>
    h(
      'select',
      { name, id: `filter-${name}`, onchange: (/** @type {Event} */ e) => state.set({ [name]: /** @type {HTMLSelectElement} */ (e.target).value }) },
      h('option', { value: '' }, t('filter.any')),
      options.map(([value, text]) => h('option', { value, selected: value === v[/** @type {keyof typeof v} */ (name)] }, text)),
    );

  const dateInput = (/** @type {'from' | 'to'} */ name) =>
    h('input', {
      type: 'date', name, id: `filter-${name}`, value: v[name],
      onchange: (/** @type {Event} */ e) => state.set({ [name]: /** @type {HTMLInputElement} */ (e.target).value }),
    });

  const search = h('input', {
    type: 'search', name: 'q', id: 'filter-q', value: v.q, placeholder: t('filter.q.placeholder'), dir: 'auto',
    oninput: (/** @type {Event} */ e) => {
      clearTimeout(typingTimer);
      const value = /** @type {HTMLInputElement} */ (e.target).value;
      typingTimer = setTimeout(() => state.set({ q: value }), 300);
    },
  });

  const form = /** @type {HTMLFormElement} */ (
    h(
      'form',
      { class: 'filters', role: 'search', 'aria-label': t('filter.title'), onsubmit: (/** @type {Event} */ e) => {
        e.preventDefault();
        clearTimeout(typingTimer);
        state.set({ q: search.value });
      } },
      field('q', search),
      field('type', select('type', EVENT_TYPES.map((ty) => [ty, label('type', ty)]))),
      field('side', select('side', choices.sides.map((s) => [s, label('side', s)]))),
      field('admin1', select('admin1', choices.governorates.map((g) => [g, g]))),
      field('grade', select('grade', GRADES.map((g) => [g, label('grade', g)]))),
      field('from', dateInput('from')),
      field('to', dateInput('to')),
      field('minSources', h('input', {
        type: 'number', min: '1', step: '1', name: 'minSources', id: 'filter-minSources', value: v.minSources, inputmode: 'numeric',
        onchange: (/** @type {Event} */ e) => state.set({ minSources: /** @type {HTMLInputElement} */ (e.target).value }),
      })),
      h('div', { class: 'filter-actions' },
        h('button', { type: 'submit' }, t('filter.apply')),
        h('button', { type: 'button', class: 'secondary', id: 'filter-reset', onclick: () => {
          state.set({ from: '', to: '', type: '', side: '', admin1: '', grade: '', q: '', minSources: '' });
          form.reset();
        } }, t('filter.reset')),
      ),
    )
  );
  // Keep the date inputs in step with the timeline brush.
  onCleanup(state.subscribe((values, changed) => {
    for (const name of changed) {
      const control = /** @type {HTMLInputElement | null} */ (form.elements.namedItem(name));
      if (control && control.value !== values[/** @type {keyof typeof values} */ (name)]) control.value = values[/** @type {keyof typeof values} */ (name)];
    }
  }));
  return form;
}
