// The map page's filters, one object shared by the filter form, the timeline brush, the map and
// the incident list. Keys are the /api/incidents query parameters.

/**
 * @typedef {{ from: string, to: string, type: string, side: string, admin1: string,
 *   grade: string, q: string, minSources: string }} Filters
 */

/** @returns {Filters} */
export function emptyFilters() {
  return { from: '', to: '', type: '', side: '', admin1: '', grade: '', q: '', minSources: '' };
}

export class FilterState {
  constructor() {
    /** @type {Filters} */
    this.values = emptyFilters();
    /** @type {Set<(f: Filters, changed: string[]) => void>} */
    this.listeners = new Set();
  }

  /** @param {Partial<Filters>} patch */
  set(patch) {
    const changed = Object.keys(patch).filter((k) => this.values[/** @type {keyof Filters} */ (k)] !== patch[/** @type {keyof Filters} */ (k)]);
    if (changed.length === 0) return;
    this.values = { ...this.values, ...patch };
    for (const fn of this.listeners) fn(this.values, changed);
  }

  /** @param {(f: Filters, changed: string[]) => void} fn @returns {() => void} unsubscribe */
  subscribe(fn) {
    this.listeners.add(fn);
    return () => this.listeners.delete(fn);
  }

  /**
   * The filters that /api/stats and /api/export take (event filters: no grade, no minimum of
   * sources, which are incident properties); without the date range when `dates` is false
   * (the timeline shows every date).
   * @param {{ dates: boolean }} options
   */
  eventFilters(options) {
    const incidentOnly = ['grade', 'minSources', ...(options.dates ? [] : ['from', 'to'])];
    return Object.fromEntries(Object.entries(this.values).filter(([k]) => !incidentOnly.includes(k)));
  }
}
