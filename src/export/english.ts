// Small pieces of English for the notes: number words, dates, date ranges, readable actor
// names, lists.

const WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];
const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** Words up to ten, digits above (the usual style of news English). */
export function numberWord(n: number): string {
  return WORDS[n] ?? String(n);
}

/** "a woman" / "two women" / "12 children". */
export function count(n: number, singular: string, plural: string): string {
  return n === 1 ? `${/^[aeiou]/i.test(singular) ? 'an' : 'a'} ${singular}` : `${numberWord(n)} ${plural}`;
}

interface Ymd {
  readonly y: number;
  readonly m: string;
  readonly d: number;
}

function ymd(iso: string): Ymd {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return { y, m: MONTHS[m - 1] ?? '', d };
}

/** "15 January 2017". */
export function longDate(iso: string): string {
  const { y, m, d } = ymd(iso);
  return `${d} ${m} ${y}`;
}

/**
 * The opening of a note: "On 15 January 2017", "Between 14 and 16 January 2017", "Between 30
 * January and 2 February 2017", "Around 15 January 2017" (an uncertain day), "In January
 * 2017" (precision 3), or null when the date is unknown.
 */
export function datePhrase(date: string | null, end: string | null, precision: 1 | 2 | 3): string | null {
  if (date === null) return null;
  const a = ymd(date);
  if (end === null || end <= date) {
    if (precision === 3) return `In ${a.m} ${a.y}`;
    return `${precision === 2 ? 'Around' : 'On'} ${longDate(date)}`;
  }
  const b = ymd(end);
  if (a.y !== b.y) return `Between ${longDate(date)} and ${longDate(end)}`;
  if (a.m !== b.m) return `Between ${a.d} ${a.m} and ${b.d} ${b.m} ${b.y}`;
  return `Between ${a.d} and ${b.d} ${b.m} ${b.y}`;
}

/**
 * An ACLED actor name as prose: "Military Forces of Russia (2000-)" → "Military Forces of
 * Russia", "QSD: Syrian Democratic Forces" → "Syrian Democratic Forces", "Islamic State
 * (Syria)" → "Islamic State".
 */
export function actorProse(name: string): string {
  return name
    .replace(/^[A-Z][A-Za-z/-]*: /, '')
    .replace(/ \([^()]*\)$/, '')
    .trim();
}

/** "a", "a and b", "a, b and c". */
export function listJoin(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

export function capitalize(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
