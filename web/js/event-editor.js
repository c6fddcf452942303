// The analyst's correction form for one event: fatalities (total, civilians, women, children),
// type/subtype, actor1/actor2 and date. Only the fields that changed are sent:
// PATCH /api/events/:id {changes, comment}.
import { h } from './dom.js';
import { t, label } from './i18n.js';
import { api } from './api.js';
import { EVENT_TYPES, SUBTYPES } from './colors.js';

const TOLL_FIELDS = /** @type {const} */ (['total', 'civilians', 'women', 'children']);

/**
 * The changes between an event and the form's values (pure).
 * @param {any} event
 * @param {{ fatalities: Record<string, number | null>, type: string, subtype: string, actor1: string | null, actor2: string | null, date: string | null }} values
 */
export function eventChanges(event, values) {
  /** @type {Record<string, any>} */
  const changes = {};
  /** @type {Record<string, number | null>} */
  const toll = {};
  for (const k of TOLL_FIELDS) {
    const before = event?.fatalities?.[k] ?? null;
    if (values.fatalities[k] !== before) toll[k] = values.fatalities[k];
  }
  if (Object.keys(toll).length > 0) changes.fatalities = toll;
  for (const k of /** @type {const} */ (['type', 'subtype', 'actor1', 'actor2', 'date'])) {
    if ((values[k] ?? null) !== (event?.[k] ?? null)) changes[k] = values[k];
  }
  return changes;
}

/**
 * @param {{ eventId: string | number, event: any }} member
 * @param {{ onSaved: () => void }} options
 */
export function eventEditor(member, options) {
  const ev = member.event ?? {};
  const id = String(member.eventId);
  const fieldId = (/** @type {string} */ name) => `edit-${id}-${name}`;
  const numberInput = (/** @type {string} */ k) => h('input', {
    type: 'number', min: '0', step: '1', inputmode: 'numeric', id: fieldId(`fatalities-${k}`), name: `fatalities.${k}`, value: ev.fatalities?.[k] ?? '',
  });
  const textInput = (/** @type {string} */ k, /** @type {string} */ dir) => h('input', { type: 'text', id: fieldId(k), name: k, value: ev[k] ?? '', dir });
  const row = (/** @type {string} */ name, /** @type {string} */ text, /** @type {HTMLElement} */ control) =>
    h('div', { class: 'field' }, h('label', { for: fieldId(name), class: 'field-label' }, text), control);

  const typeSelect = /** @type {HTMLSelectElement} */ (h('select', { id: fieldId('type'), name: 'type' },
    EVENT_TYPES.map((ty) => h('option', { value: ty, selected: ty === ev.type }, label('type', ty)))));
  const subtypeSelect = /** @type {HTMLSelectElement} */ (h('select', { id: fieldId('subtype'), name: 'subtype' }));
  const fillSubtypes = () => {
    const current = subtypeSelect.value || ev.subtype;
    subtypeSelect.replaceChildren(...(SUBTYPES[typeSelect.value] ?? []).map((s) => h('option', { value: s, selected: s === current }, label('subtype', s))));
  };
  typeSelect.addEventListener('change', fillSubtypes);
  fillSubtypes();

  const status = h('p', { class: 'form-status', role: 'status' });
  const form = /** @type {HTMLFormElement} */ (h('form', { class: 'event-editor', dataset: { eventId: id }, 'aria-label': t('edit.title', { id }) },
    h('fieldset', null, h('legend', null, t('edit.fatalities')),
      h('div', { class: 'field-grid' }, TOLL_FIELDS.map((k) => row(`fatalities-${k}`, t(`edit.fatalities.${k}`), numberInput(k))))),
    h('fieldset', null, h('legend', null, t('edit.event')),
      h('div', { class: 'field-grid' },
        row('type', t('edit.type'), typeSelect),
        row('subtype', t('edit.subtype'), subtypeSelect),
        row('actor1', t('edit.actor1'), textInput('actor1', 'auto')),
        row('actor2', t('edit.actor2'), textInput('actor2', 'auto')),
        row('date', t('edit.date'), h('input', { type: 'date', id: fieldId('date'), name: 'date', value: ev.date ?? '' })))),
    row('comment', t('edit.comment'), h('input', { type: 'text', id: fieldId('comment'), name: 'comment', dir: 'auto', required: true })),
    h('button', { type: 'submit' }, t('edit.save')),
    status,
  ));

  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    const value = (/** @type {string} */ name) => /** @type {HTMLInputElement} */ (form.elements.namedItem(name)).value.trim();
    const numberOrNull = (/** @type {string} */ name) => (value(name) === '' ? null : Number(value(name)));
    /** @type {Record<string, number | null>} */
    const fatalities = {};
    for (const k of TOLL_FIELDS) fatalities[k] = numberOrNull(`fatalities.${k}`);
    const changes = eventChanges(ev, {
      fatalities, type: typeSelect.value, subtype: subtypeSelect.value,
      actor1: value('actor1') || null, actor2: value('actor2') || null, date: value('date') || null,
    });
    if (Object.keys(changes).length === 0) {
      status.textContent = t('edit.nothing');
      return;
    }
    status.textContent = t('edit.saving');
    try {
      await api(`/events/${encodeURIComponent(id)}`, { method: 'PATCH', body: { changes, comment: value('comment') } });
      status.textContent = t('edit.saved');
      options.onSaved();
    } catch (err) {
      status.textContent = t('error.save', { message: /** @type {Error} */ (err).message });
    }
  });
  return form;
}
