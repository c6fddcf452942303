// Interface strings: web/i18n/{ar,en}.json, loaded once per language. `t('key', {n: 3})`
// fills {n}; a missing key falls back to English, then to the key itself. Switching language
// sets <html lang dir> (Arabic: rtl) and remembers the choice in localStorage.

const STORAGE_KEY = 'rasid.lang';
/** @type {Record<string, Record<string, string>>} */
const loaded = {};
let current = 'en';

/** @returns {'ar' | 'en'} */
export function initialLanguage() {
  const stored = safeStorageGet(STORAGE_KEY);
  if (stored === 'ar' || stored === 'en') return stored;
  return (navigator.language || '').toLowerCase().startsWith('ar') ? 'ar' : 'en';
}

/** @returns {string} */
export function language() {
  return current;
}

/**
 * Loads the strings of `lang` (and English, the fallback) and applies lang/dir to <html>.
 * @param {string} lang
 */
export async function setLanguage(lang) {
  const wanted = lang === 'ar' ? 'ar' : 'en';
  await Promise.all([load('en'), load(wanted)]);
  current = wanted;
  document.documentElement.lang = wanted;
  document.documentElement.dir = wanted === 'ar' ? 'rtl' : 'ltr';
  document.title = t('app.title');
  safeStorageSet(STORAGE_KEY, wanted);
}

/** @param {string} lang */
async function load(lang) {
  if (loaded[lang]) return;
  const res = await fetch(new URL(`../i18n/${lang}.json`, import.meta.url));
  if (!res.ok) throw new Error(`cannot load interface strings ${lang}: HTTP ${res.status}`);
  loaded[lang] = await res.json();
}

/**
 * @param {string} key
 * @param {Record<string, string | number>} [vars]
 * @returns {string}
 */
export function t(key, vars) {
  const template = loaded[current]?.[key] ?? loaded.en?.[key] ?? key;
  if (!vars) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name) => (name in vars ? String(vars[name]) : whole));
}

/**
 * A label for a codebook code (type, subtype, grade, conflict): its translation when the
 * strings have one, else the code with spaces.
 * @param {string} group e.g. 'type'
 * @param {string | null | undefined} code
 */
export function label(group, code) {
  if (!code) return t('value.unknown');
  const key = `${group}.${code}`;
  const text = t(key);
  return text === key ? code.replace(/_/g, ' ') : text;
}

/** Numbers in the interface language's digits. @param {number | null | undefined} n */
export function num(n) {
  if (n === null || n === undefined) return '–';
  return n.toLocaleString(current === 'ar' ? 'ar-SY' : 'en-GB');
}

/** @param {string} key */
function safeStorageGet(key) {
  try {
    return localStorage.getItem(key);
  } catch {
    return null;
  }
}

/** @param {string} key @param {string} value */
function safeStorageSet(key, value) {
  try {
    localStorage.setItem(key, value);
  } catch {
    /* private mode: the choice lasts for this page only */
  }
}
