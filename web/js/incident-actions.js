// The analyst's incident actions: mark reviewed, merge other incidents into this one, split
// chosen events off into a new incident.
import { h } from './dom.js';
import { t } from './i18n.js';
import { api } from './api.js';

/** The incident id an action's answer names, if any. @param {any} res */
function resultingId(res) {
  return res?.incident?.id ?? res?.id ?? res?.incidents?.[0]?.id ?? null;
}

/**
 * @param {any} incident
 * @param {{ selectedEventIds: () => string[], reload: () => void, open: (id: string) => void }} options
 */
export function incidentActions(incident, options) {
  const status = h('p', { class: 'form-status', role: 'status' });
  const run = async (/** @type {() => Promise<void>} */ action) => {
    status.textContent = t('edit.saving');
    try {
      await action();
    } catch (err) {
      status.textContent = t('error.save', { message: /** @type {Error} */ (err).message });
    }
  };
  const id = String(incident.id);

  const reviewButton = h('button', { type: 'button', id: 'review-button', disabled: Boolean(incident.reviewed), onclick: () => run(async () => {
    await api(`/incidents/${encodeURIComponent(id)}/review`, { method: 'POST', body: {} });
    options.reload();
  }) }, incident.reviewed ? t('actions.reviewedAlready') : t('actions.review'));

  const mergeInput = /** @type {HTMLInputElement} */ (h('input', { type: 'text', id: 'merge-ids', inputmode: 'numeric', dir: 'ltr', placeholder: '12, 15' }));
  const mergeForm = h('form', { class: 'inline-form', onsubmit: (/** @type {Event} */ e) => {
    e.preventDefault();
    const others = mergeInput.value.split(/[\s,،]+/).filter(Boolean);
    if (others.length === 0) return;
    run(async () => {
      const res = await api('/incidents/merge', { method: 'POST', body: { ids: [id, ...others].map(asId) } });
      const next = resultingId(res);
      if (next !== null && String(next) !== id) options.open(String(next));
      else options.reload();
    });
  } },
    h('label', { for: 'merge-ids' }, t('actions.mergeLabel')), mergeInput, h('button', { type: 'submit' }, t('actions.merge')));

  const splitButton = h('button', { type: 'button', id: 'split-button', onclick: () => {
    const eventIds = options.selectedEventIds();
    if (eventIds.length === 0) {
      status.textContent = t('actions.splitNone');
      return;
    }
    run(async () => {
      const res = await api(`/incidents/${encodeURIComponent(id)}/split`, { method: 'POST', body: { eventIds: eventIds.map(asId) } });
      const next = resultingId(res);
      if (next !== null && String(next) !== id) options.open(String(next));
      else options.reload();
    });
  } }, t('actions.split'));

  return h('section', { class: 'incident-actions', 'aria-labelledby': 'actions-title' },
    h('h2', { id: 'actions-title' }, t('actions.title')),
    h('div', { class: 'actions-row' }, reviewButton, splitButton),
    h('p', { class: 'hint' }, t('actions.splitHint')),
    mergeForm,
    status,
  );
}

/** Numeric ids stay numbers in the JSON. @param {string} s */
function asId(s) {
  return /^\d+$/.test(s) ? Number(s) : s;
}
