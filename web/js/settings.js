// User settings kept in localStorage: the online tile URL (empty = offline basemap only).

const TILE_KEY = 'rasid.tileUrl';

/** @returns {string} '' when tiles are off (the default) */
export function tileUrl() {
  try {
    return localStorage.getItem(TILE_KEY) ?? '';
  } catch {
    return '';
  }
}

/** @param {string} url '' turns tiles off */
export function setTileUrl(url) {
  try {
    if (url.trim()) localStorage.setItem(TILE_KEY, url.trim());
    else localStorage.removeItem(TILE_KEY);
  } catch {
    /* storage unavailable: nothing to remember */
  }
}

/** A tile URL template must be http(s) and name {z}, {x} and {y}. @param {string} url */
export function isValidTileUrl(url) {
  return /^https?:\/\/\S+$/.test(url) && ['{z}', '{x}', '{y}'].every((p) => url.includes(p));
}
