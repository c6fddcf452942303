// The settings of the map page: an online tile URL (off by default; the offline basemap is
// always drawn). Saved in localStorage; takes effect when the map is drawn again.
import { h } from './dom.js';
import { t } from './i18n.js';
import { tileUrl, setTileUrl, isValidTileUrl } from './settings.js';

export function settingsPanel() {
  const input = /** @type {HTMLInputElement} */ (h('input', { type: 'url', id: 'tile-url', dir: 'ltr', value: tileUrl(), placeholder: 'https://…/{z}/{x}/{y}.png' }));
  const status = h('p', { class: 'hint', role: 'status' });
  return h('details', { class: 'settings' },
    h('summary', null, t('settings.title')),
    h('form', { onsubmit: (/** @type {Event} */ e) => {
      e.preventDefault();
      const url = input.value.trim();
      if (url && !isValidTileUrl(url)) {
        status.textContent = t('settings.tileInvalid');
        return;
      }
      setTileUrl(url);
      status.textContent = url ? t('settings.tileSaved') : t('settings.tileOff');
      window.dispatchEvent(new HashChangeEvent('hashchange'));
    } },
      h('label', { class: 'field' }, h('span', { class: 'field-label' }, t('settings.tileUrl')), input),
      h('p', { class: 'hint' }, t('settings.tileHint')),
      h('button', { type: 'submit' }, t('settings.save')),
      status),
  );
}
