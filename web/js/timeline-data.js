// Timeline bins from /api/stats?by=day rows: one bin per day, week (Monday first), month or year,
// the finest unit that keeps the bars countable; fatalities split into civilians, fighters and
// unknown. Pure.

const DAY_MS = 86_400_000;

/**
 * @typedef {{ key: string, events: number, fatalities: number, civilians: number, fighters: number }} StatsRow
 * @typedef {{ start: string, end: string, events: number, civilians: number, fighters: number, unknown: number }} Bin
 */

/** @param {string} iso YYYY-MM-DD @returns {number} days since 1970-01-01 */
export function dayNumber(iso) {
  return Math.floor(Date.parse(`${iso.slice(0, 10)}T00:00:00Z`) / DAY_MS);
}

/** @param {number} day @returns {string} */
export function isoDay(day) {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** @typedef {'day' | 'week' | 'month' | 'year'} Unit */

/** The first day of the unit holding `day`. @param {number} day @param {Unit} unit */
function unitStart(day, unit) {
  if (unit === 'day') return day;
  // 1970-01-01 was a Thursday: (day + 3) % 7 is 0 on Mondays.
  if (unit === 'week') return day - ((day + 3) % 7);
  const d = new Date(day * DAY_MS);
  return Math.floor(Date.UTC(d.getUTCFullYear(), unit === 'month' ? d.getUTCMonth() : 0, 1) / DAY_MS);
}

/** The first day of the next unit. @param {number} start @param {Unit} unit */
function nextStart(start, unit) {
  if (unit === 'day') return start + 1;
  if (unit === 'week') return start + 7;
  const d = new Date(start * DAY_MS);
  return Math.floor(Date.UTC(d.getUTCFullYear() + (unit === 'year' ? 1 : 0), d.getUTCMonth() + (unit === 'month' ? 1 : 0), 1) / DAY_MS);
}

/**
 * @param {ReadonlyArray<StatsRow>} rows
 * @param {{ maxBins?: number }} [options]
 * @returns {{ bins: Bin[], unit: Unit }}
 */
export function timelineBins(rows, options = {}) {
  const dated = rows.filter((r) => /^\d{4}-\d{2}-\d{2}/.test(r.key ?? ''));
  if (dated.length === 0) return { bins: [], unit: 'day' };
  const days = dated.map((r) => dayNumber(r.key));
  const first = Math.min(...days);
  const last = Math.max(...days);
  const maxBins = options.maxBins ?? 180;
  const span = last - first + 1;
  /** @type {Unit} */
  const unit = span <= maxBins ? 'day' : span / 7 <= maxBins ? 'week' : span / 30.4 <= maxBins ? 'month' : 'year';
  /** @type {Map<number, Bin>} */
  const bins = new Map();
  for (let d = unitStart(first, unit); d <= last; d = nextStart(d, unit)) {
    bins.set(d, { start: isoDay(d), end: isoDay(nextStart(d, unit) - 1), events: 0, civilians: 0, fighters: 0, unknown: 0 });
  }
  dated.forEach((r, i) => {
    const bin = bins.get(unitStart(days[i], unit));
    if (!bin) return;
    const civilians = r.civilians ?? 0;
    const fighters = r.fighters ?? 0;
    bin.events += r.events ?? 0;
    bin.civilians += civilians;
    bin.fighters += fighters;
    bin.unknown += Math.max(0, (r.fatalities ?? 0) - civilians - fighters);
  });
  return { bins: [...bins.values()], unit };
}
