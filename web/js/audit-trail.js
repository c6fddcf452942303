// An audit trail as a table: when, who, what, the fields changed (before → after), comment.
import { h } from './dom.js';
import { t, label } from './i18n.js';
import { diffFields, showValue } from './audit-diff.js';

/**
 * @param {Array<{ who: string, when: string, action: string, before: unknown, after: unknown, comment?: string | null }>} entries
 * @param {string} caption
 */
export function auditTable(entries, caption) {
  if (!entries || entries.length === 0) return h('p', { class: 'hint' }, t('audit.none'));
  return h('table', { class: 'audit' },
    h('caption', null, caption),
    h('thead', null, h('tr', null, ['when', 'who', 'action', 'changes', 'comment'].map((c) => h('th', { scope: 'col' }, t(`audit.${c}`))))),
    h('tbody', null, entries.map((e) => h('tr', { class: 'audit-entry' },
      h('td', null, h('time', { datetime: e.when }, formatWhen(e.when))),
      h('td', { dir: 'auto' }, e.who),
      h('td', null, label('action', e.action)),
      h('td', null, h('ul', { class: 'changes' }, diffFields(e.before, e.after).map((d) =>
        h('li', { dir: 'auto' }, h('code', null, d.field), ': ', h('del', null, showValue(d.before)), ' → ', h('ins', null, showValue(d.after)))))),
      h('td', { dir: 'auto' }, e.comment ?? ''),
    ))),
  );
}

/** @param {string} when */
function formatWhen(when) {
  const d = new Date(when);
  return Number.isNaN(d.getTime()) ? String(when) : d.toISOString().replace('T', ' ').slice(0, 16);
}
