// "وياتي القصف غداه مقتل 9 مدنيين في غاره …": an act told after غداه ("the morrow of") happened
// the day before the act the sentence is about. Its date is that act's day less one, unless the
// act after غداه carries a date of its own.
import { addDays, type DateMention } from './dates.js';

const MORROW = /(?:^|[\s"'(])(?:و|ف)?غداه(?!\p{L})/gu;

/** The date of an act at `at` in the sentence [sentStart, …), or `date` when no غداه governs it. */
export function dayBefore(
  text: string, sentStart: number, at: number, date: DateMention | null, published: string, dates: readonly DateMention[],
): DateMention | null {
  // (searched in the sentence up to the act only: linear on long texts)
  const head = text.slice(sentStart, at);
  if (!head.includes('غداه')) return date;
  let pos = -1;
  for (const m of head.matchAll(MORROW)) pos = sentStart + m.index + m[0].length;
  if (pos < 0) return date;
  if (dates.some((d) => d.start >= pos && d.start < at)) return date;
  const base = date && date.start < pos ? date.date : date && date.precision === 1 ? date.date : published;
  const day = addDays(base, -1);
  return { start: pos, end: pos, date: day, date_end: null, precision: 1, kind: 'relative' };
}
