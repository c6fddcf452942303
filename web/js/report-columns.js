// Every source report of an incident side by side, in its original Arabic (rtl), the sentences
// the events came from highlighted with <mark>. The text is set as text nodes only.
import { h } from './dom.js';
import { t } from './i18n.js';
import { highlightedNodes } from './evidence.js';

/** Only http(s) links are made clickable. @param {unknown} url */
function safeHref(url) {
  return typeof url === 'string' && /^https?:\/\//i.test(url) ? url : null;
}

/** @param {Array<{ id: string | number, source?: string | null, url?: string | null, published?: string | null, title?: string | null, text: string, evidence?: Array<[number, number]> }>} reports */
export function reportColumns(reports) {
  return h('div', { class: 'reports' }, reports.map((r) => {
    const href = safeHref(r.url);
    return h('article', { class: 'report', dataset: { reportId: r.id }, 'aria-labelledby': `report-title-${r.id}` },
      h('header', null,
        h('h3', { id: `report-title-${r.id}`, lang: 'ar', dir: 'rtl', class: 'arabic' }, r.title || t('report.untitled')),
        h('p', { class: 'report-meta' },
          h('span', { dir: 'auto' }, r.source ?? t('value.unknownSource')), ' · ', r.published ?? '',
          href ? [' · ', h('a', { href, rel: 'noopener noreferrer nofollow', target: '_blank' }, t('report.original'))] : null),
      ),
      h('div', { class: 'report-text arabic', lang: 'ar', dir: 'rtl' }, highlightedNodes(String(r.text ?? ''), r.evidence ?? [])),
    );
  }));
}
