// The login form: POST /api/login {name, password}; the session cookie does the rest.
import { h, replaceChildren } from './dom.js';
import { t } from './i18n.js';
import { api } from './api.js';

/**
 * @param {HTMLElement} main
 * @param {{ onLoggedIn: (user: { name: string, role: string }) => void }} options
 */
export function renderLoginView(main, options) {
  const error = h('p', { class: 'error', role: 'alert', id: 'login-error' });
  const name = /** @type {HTMLInputElement} */ (h('input', { type: 'text', id: 'login-name', name: 'name', autocomplete: 'username', required: true, dir: 'auto' }));
  const password = /** @type {HTMLInputElement} */ (h('input', { type: 'password', id: 'login-password', name: 'password', autocomplete: 'current-password', required: true }));
  const submit = /** @type {HTMLButtonElement} */ (h('button', { type: 'submit', id: 'login-submit' }, t('login.submit')));
  const form = h('form', { class: 'login card', 'aria-labelledby': 'login-title' },
    h('h1', { id: 'login-title' }, t('login.title')),
    h('div', { class: 'field' }, h('label', { for: 'login-name', class: 'field-label' }, t('login.name')), name),
    h('div', { class: 'field' }, h('label', { for: 'login-password', class: 'field-label' }, t('login.password')), password),
    submit,
    error,
  );
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    submit.disabled = true;
    error.textContent = '';
    try {
      const res = await api('/login', { method: 'POST', body: { name: name.value.trim(), password: password.value } });
      options.onLoggedIn(res.user);
    } catch (err) {
      const status = /** @type {any} */ (err).status;
      error.textContent = status === 401 || status === 403 ? t('login.failed') : t('error.load', { message: /** @type {Error} */ (err).message });
      submit.disabled = false;
      password.select();
    }
  });
  replaceChildren(main, form);
  name.focus();
}
