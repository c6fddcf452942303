// Rasid's browser app: the header (language switch, user, logout), and a hash router:
//   #/            the map page      #/incident/N   an incident      #/login   the login form
// Every page is drawn by its own module into <main>; leaving a page runs its cleanups.
import { h, replaceChildren } from './dom.js';
import { t, setLanguage, initialLanguage, language } from './i18n.js';
import { api, currentUser, ApiError } from './api.js';
import { FilterState } from './filter-state.js';
import { renderMapView } from './map-view.js';
import { renderIncidentPage } from './incident-page.js';
import { renderLoginView } from './login-view.js';

const app = {
  /** @type {{ name: string, role: string } | null} */
  user: null,
  /** @type {any} */
  basemap: null,
  filters: new FilterState(),
  /** @type {Array<() => void>} */
  cleanups: [],
  afterLogin: '#/',
};

const header = /** @type {HTMLElement} */ (document.getElementById('topbar'));
const main = /** @type {HTMLElement} */ (document.getElementById('main'));

function renderHeader() {
  const other = language() === 'ar' ? 'en' : 'ar';
  replaceChildren(header,
    h('a', { href: '#/', class: 'brand' }, h('span', { lang: 'ar' }, 'راصد'), ' ', h('span', { lang: 'en' }, 'Rasid')),
    h('span', { class: 'tagline' }, t('app.tagline')),
    h('div', { class: 'topbar-actions' },
      h('button', { type: 'button', id: 'lang-switch', lang: other, onclick: async () => {
        await setLanguage(other);
        renderHeader();
        route();
      } }, t('lang.switch')),
      app.user ? h('span', { class: 'user', id: 'user-badge' }, h('span', { dir: 'auto' }, app.user.name), ' · ', t(`role.${app.user.role}`)) : null,
      app.user ? h('button', { type: 'button', id: 'logout-button', class: 'secondary', onclick: logout }, t('login.logout')) : null,
    ),
  );
}

async function logout() {
  await api('/logout', { method: 'POST', body: {} }).catch(() => undefined);
  app.user = null;
  renderHeader();
  location.hash = '#/login';
}

function runCleanups() {
  for (const fn of app.cleanups.splice(0)) {
    try {
      fn();
    } catch {
      /* a page already gone */
    }
  }
}

async function route() {
  runCleanups();
  const hash = location.hash || '#/';
  const ctx = { user: app.user, basemap: app.basemap, filters: app.filters, onCleanup: (/** @type {() => void} */ fn) => app.cleanups.push(fn) };
  main.setAttribute('aria-busy', 'true');
  try {
    if (hash === '#/login' || !app.user) {
      if (hash !== '#/login') app.afterLogin = hash;
      renderLoginView(main, { onLoggedIn: onLoggedIn });
      return;
    }
    const incident = /^#\/incident\/([^/?#]+)$/.exec(hash);
    if (incident) await renderIncidentPage(main, decodeURIComponent(incident[1]), ctx);
    else await renderMapView(main, ctx);
  } catch (e) {
    if (e instanceof ApiError && e.status === 401) {
      app.user = null;
      renderHeader();
      app.afterLogin = hash;
      location.hash = '#/login';
      return;
    }
    replaceChildren(main, h('p', { class: 'error', role: 'alert' },
      e instanceof ApiError && e.status === 404 ? t('error.notFound') : t('error.load', { message: /** @type {Error} */ (e).message })),
    h('a', { href: '#/' }, t('incident.back')));
  } finally {
    main.setAttribute('aria-busy', 'false');
    document.documentElement.dataset.route = hash;
  }
}

/** @param {{ name: string, role: string }} user */
async function onLoggedIn(user) {
  app.user = user;
  await loadBasemap();
  renderHeader();
  const next = app.afterLogin === '#/login' ? '#/' : app.afterLogin;
  if (location.hash === next) route();
  else location.hash = next;
}

async function loadBasemap() {
  if (app.basemap) return;
  app.basemap = await api('/basemap').catch(() => null);
}

async function start() {
  // In parallel: the strings, who is signed in, and the basemap (refused when signed out).
  const basemap = api('/basemap').catch(() => null);
  const [, user] = await Promise.all([setLanguage(initialLanguage()), currentUser().catch(() => null)]);
  app.user = user;
  if (app.user) app.basemap = await basemap;
  renderHeader();
  window.addEventListener('hashchange', route);
  await route();
}

start();
