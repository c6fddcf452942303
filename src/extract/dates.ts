// Dates in normalised Arabic text, resolved against the report's publication date (codebook §5).
// Every pattern is written in normalised spelling (ة→ه، ى→ي، أإآ→ا، ئ→ي).
//
// Resolution rules:
// - اليوم / صباح اليوم / الليله / هذا الصباح → published; امس / ليل امس / البارحه / الليله
//   الماضيه → −1; اول امس / امس الاول / قبل يومين → −2; قبل N ايام → −N (precision 1).
//   With a weekday ("اليوم السبت", "امس الاحد") the weekday decides: a report written on
//   Saturday may carry Sunday's publication date.
// - A weekday → the latest such day on or before published; with الماضي/الماضيه → the latest
//   strictly before; with المقبل/القادم → the next one after. "ليل الثلاثاء الاربعاء" (the night
//   between) → a two-day range, precision 2.
// - "خلال الايام الثلاثه الماضيه" / "اليومين الماضيين" → the N days before published
//   [pub−N, pub−1]; "الايام الماضيه/الاخيره" (no N) → [pub−6, pub]; "قبل ايام" → [pub−7, pub−2];
//   "خلال ال24 ساعه الماضيه" / "خلال 48 ساعه" → [pub−⌈N/24⌉, pub]; "الساعات الماضيه" → [pub−1, pub];
//   "الاسبوع الماضي" → [pub−7, pub−1]. Precision 2 up to a week, 3 beyond.
// - Explicit dates (both month series, day words الخامس عشر من …, "15/1/2017", "2017-01-15"):
//   precision 1; without a year → the latest such date on or before published (المقبل → the
//   next). A month alone ("في مايو الماضي", "شهر شباط") → the month, precision 3; مطلع/بدايه/
//   اوايل + month → days 1–7 and نهايه/اواخر + month → the last seven days (precision 2);
//   منتصف/اواسط → days 11–20 (precision 3). "الشهر الماضي" → last month; "الشهر الجاري" →
//   [1st, published]. A year ("عام 2016", "في 2016", "العام الماضي") → the year (precision 3);
//   مطلع العام → January, منتصف العام → June–July, نهايه العام → December.
// - "منذ X" → kind 'since': date = start of X, date_end = published, precision 2 (3 when longer
//   than a week); `anchor` keeps X's own resolution. Durations ("منذ ثلاث سنوات", "منذ يومين")
//   count back from published.
//
// Not handled (left to the extractor): غداه/عشيه (relative to another event), "بعد يومين من"
// and "قبل يومين من الهجوم" (relative to another event: "قبل N ايام من" is skipped), future
// spans ("خلال 72 ساعه من توقيع الاتفاق", "الاسبوع المقبل"), Hijri dates, ranges across two
// months ("من 28 شباط الي 2 اذار"), day and month without a month name ("15/1"), and
// "ليله الجمعه" read as the eve (Thursday night): it is read as Friday.

import { codePointAt, isLetter, isWhiteSpace } from '../text/chars.js';
import { parseNumberWords } from '../text/numbers.js';

export interface DateMention {
  readonly start: number;
  readonly end: number;
  readonly date: string;
  readonly date_end: string | null;
  readonly precision: 1 | 2 | 3;
  readonly kind: 'relative' | 'weekday' | 'explicit' | 'range' | 'month' | 'year' | 'since';
  /** for kind 'since': the resolution of the expression after منذ (absent for durations) */
  readonly anchor?: { readonly date: string; readonly date_end: string | null; readonly precision: 1 | 2 | 3 };
}

// ---------------------------------------------------------------- calendar helpers

function parseIso(iso: string): Date {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!m) throw new Error(`not a date: ${iso}`);
  return new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
}

function fmt(d: Date): string {
  return d.toISOString().slice(0, 10);
}

export function addDays(iso: string, n: number): string {
  const d = parseIso(iso);
  d.setUTCDate(d.getUTCDate() + n);
  return fmt(d);
}

/** Days from a to b (b − a). */
export function daysBetween(a: string, b: string): number {
  return Math.round((parseIso(b).getTime() - parseIso(a).getTime()) / 86_400_000);
}

function ymd(y: number, m: number, d: number): string {
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

function lastDay(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

function validDay(y: number, m: number, d: number): boolean {
  return m >= 1 && m <= 12 && d >= 1 && d <= lastDay(y, m);
}

/** 0 = Sunday … 6 = Saturday */
function weekdayOf(iso: string): number {
  return parseIso(iso).getUTCDay();
}

function precisionOf(from: string, to: string | null): 1 | 2 | 3 {
  if (to === null || to === from) return 1;
  return daysBetween(from, to) + 1 <= 7 ? 2 : 3;
}

// ---------------------------------------------------------------- vocabulary

const WEEKDAYS: Record<string, number> = {
  'الاحد': 0, 'الاثنين': 1, 'الثلاثاء': 2, 'الاربعاء': 3, 'الخميس': 4, 'الجمعه': 5, 'السبت': 6,
};

const MONTHS: Record<string, number> = {
  'كانون الثاني': 1, 'يناير': 1, 'جانفي': 1,
  'شباط': 2, 'فبراير': 2, 'فيفري': 2,
  'اذار': 3, 'مارس': 3,
  'نيسان': 4, 'ابريل': 4, 'افريل': 4,
  'ايار': 5, 'مايو': 5, 'ماي': 5,
  'حزيران': 6, 'يونيو': 6, 'يونيه': 6, 'جوان': 6,
  'تموز': 7, 'يوليو': 7, 'يوليه': 7, 'جويليه': 7,
  'اب': 8, 'اغسطس': 8, 'اوت': 8, 'غشت': 8,
  'ايلول': 9, 'سبتمبر': 9, 'شتنبر': 9,
  'تشرين الاول': 10, 'اكتوبر': 10,
  'تشرين الثاني': 11, 'نوفمبر': 11, 'نونبر': 11,
  'كانون الاول': 12, 'ديسمبر': 12, 'دجنبر': 12,
};
/** Month names that are also common words: only with a day, a year, a pair, شهر or a qualifier. */
const AMBIGUOUS_MONTHS = new Set(['اب', 'ماي', 'اوت', 'مارس']);

const ORDINAL_DAYS: Record<string, number> = {};
{
  const units = ['الاول', 'الثاني', 'الثالث', 'الرابع', 'الخامس', 'السادس', 'السابع', 'الثامن', 'التاسع'];
  units.forEach((u, i) => { ORDINAL_DAYS[u] = i + 1; });
  ORDINAL_DAYS['العاشر'] = 10;
  ORDINAL_DAYS['الحادي عشر'] = 11;
  units.slice(1).forEach((u, i) => { ORDINAL_DAYS[`${u} عشر`] = i + 12; });
  ORDINAL_DAYS['العشرين'] = 20;
  ORDINAL_DAYS['الحادي والعشرين'] = 21;
  units.slice(1).forEach((u, i) => { ORDINAL_DAYS[`${u} والعشرين`] = i + 22; });
  ORDINAL_DAYS['الثلاثين'] = 30;
  ORDINAL_DAYS['الحادي والثلاثين'] = 31;
}

const alt = (words: Iterable<string>): string =>
  [...words].sort((a, b) => b.length - a.length).map((w) => w.replace(/ /g, String.raw`\s+`)).join('|');

const WD = alt(Object.keys(WEEKDAYS));
const MON_NAME = alt(Object.keys(MONTHS));
const ORD_DAY = alt(Object.keys(ORDINAL_DAYS));
const NUM_WORD = alt(['واحد', 'اثنين', 'اثنتين', 'ثلاث', 'ثلاثه', 'اربع', 'اربعه', 'خمس', 'خمسه', 'ست', 'سته', 'سبع', 'سبعه',
  'ثماني', 'ثمانيه', 'ثمان', 'تسع', 'تسعه', 'عشر', 'عشره', 'عشرين', 'ثلاثين', 'اربعين', 'خمسين', 'ستين', 'سبعين', 'ثمانين', 'تسعين']);
const NUMW = String.raw`(?:\d{1,3}|(?:${NUM_WORD})(?:\s+(?:عشر|عشره))?(?:\s+و\s?(?:ال)?(?:${NUM_WORD}))?)`;
const PARTDAY = String.raw`(?:صباح|فجر|ظهر|ظهيره|عصر|مساء|ليل|ليله|ضحي|صبيحه|نهار|منتصف\s+ليل|منتصف\s+نهار|في\s+وقت\s+(?:متاخر|مبكر|سابق)\s+من|ساعه\s+متاخره\s+من|وقت\s+متاخر\s+من)`;
const PAST_WORDS = new Set(['الماضي', 'الماضيه', 'المنصرم', 'المنصرمه', 'الفايت', 'الفايته', 'السابق', 'السابقه']);
const CURRENT_WORDS = new Set(['الجاري', 'الجاريه', 'الحالي', 'الحاليه']);
const NEXT_WORDS = new Set(['المقبل', 'المقبله', 'القادم', 'القادمه']);
const PAST = `(?:${alt(PAST_WORDS)})`;
const CURRENT = `(?:${alt(CURRENT_WORDS)})`;
const NEXT = `(?:${alt(NEXT_WORDS)})`;
const isPast = (q: string | undefined): boolean => !!q && PAST_WORDS.has(q);
const isNext = (q: string | undefined): boolean => !!q && NEXT_WORDS.has(q);
const isCurrent = (q: string | undefined): boolean => !!q && CURRENT_WORDS.has(q);
const PARTM_ALT = 'مطلع|بدايه|بدايات|اوايل|اول|منتصف|اواسط|نهايه|نهايات|اواخر|اخر|ختام';
const PARTM = `(?:${PARTM_ALT})`;
const YEARWORD = String.raw`(?:عام|العام|سنه|السنه)`;
const MON = String.raw`(?<mon>${MON_NAME})(?:\s*[/(-]\s*(?<mon2>${MON_NAME})\)?)?`;
/** A year after a month: "2017", "من العام 2017", "عام 2017", "من العام الماضي", "هذا العام". */
const YEARSUF = String.raw`(?:\s*[,،]?\s*(?:من\s+)?(?:${YEARWORD}\s*)?(?<y>(?:19|20)\d{2})(?!\d)|\s+(?:من\s+)?(?<ry>(?:${YEARWORD})\s+(?:${PAST}|${CURRENT})|(?:هذا\s+العام|هذه\s+السنه)))?`;
const QUAL = String.raw`(?:\s+(?<q>${PAST}|${CURRENT}|${NEXT}))?`;

const E = String.raw`(?![\p{L}\p{N}])`;

// ---------------------------------------------------------------- rules

type Resolved = Omit<DateMention, 'start' | 'end'>;
interface Ctx {
  readonly pub: string;
  readonly text: string;
  readonly index: number;
  readonly end: number;
}
interface Rule {
  /** the pattern without its leading word-boundary look-behind (checked in code: see scan) */
  readonly re: RegExp;
  // Cheap tests that skip a rule on a window where it cannot match (they change no result):
  /** words one of which every match contains */
  readonly keys?: readonly string[];
  /** every match names a month (see monthAt) */
  readonly month?: true;
  /** false when the window lacks something every match contains */
  readonly need?: (window: string) => boolean;
  /** the look-behind's condition on the character before a match (default: not a letter or digit) */
  readonly ok?: (text: string, index: number) => boolean;
  resolve(g: Record<string, string | undefined>, ctx: Ctx): Resolved | null;
}

// The rules run without their leading look-behind (?<![\p{L}\p{N}]): irregexp then scans 2-3
// times faster, and the few matches after a letter are rejected in code, the scan resuming one
// place later, which gives exactly the matches the look-behind would.
const rx = (core: string, prefix = String.raw`(?:[وف]?)`): RegExp =>
  new RegExp(String.raw`${prefix}(?<core>${core})${E}`, 'gu');
const AFTER_LN = /(?<=[\p{L}\p{N}])/uy;
const afterWordChar = (text: string, index: number): boolean => {
  AFTER_LN.lastIndex = index;
  return AFTER_LN.test(text);
};

function num(s: string | undefined): number | null {
  if (s === undefined) return null;
  const t = s.replace(/^ال\s?/, '').replace(/(\sو\s?)ال/g, '$1');
  if (/^\d+$/.test(t)) return Number(t);
  return parseNumberWords(t);
}

function single(date: string, kind: DateMention['kind']): Resolved {
  return { date, date_end: null, precision: 1, kind };
}

function range(from: string, to: string, kind: DateMention['kind'], precision?: 1 | 2 | 3): Resolved {
  if (to < from) [from, to] = [to, from];
  if (to === from) return { date: from, date_end: null, precision: precision ?? 1, kind };
  return { date: from, date_end: to, precision: precision ?? precisionOf(from, to), kind };
}

/** The latest `wd` on or before pub (strict: before pub; next: after pub). */
function resolveWeekday(wd: number, pub: string, mode: 'onOrBefore' | 'before' | 'after'): string {
  const p = weekdayOf(pub);
  if (mode === 'after') {
    const diff = (wd - p + 7) % 7 || 7;
    return addDays(pub, diff);
  }
  let diff = (p - wd + 7) % 7;
  if (diff === 0 && mode === 'before') diff = 7;
  return addDays(pub, -diff);
}

function weekdayMode(q: string | undefined): 'onOrBefore' | 'before' | 'after' {
  if (isNext(q)) return 'after';
  if (isPast(q)) return 'before';
  return 'onOrBefore';
}

function wdNum(s: string | undefined): number | null {
  if (!s) return null;
  return WEEKDAYS[s.replace(/\s+/g, ' ')] ?? null;
}

function monthNum(s: string | undefined): number | null {
  if (!s) return null;
  return MONTHS[s.replace(/\s+/g, ' ')] ?? null;
}

function pubParts(pub: string): [number, number, number] {
  return [Number(pub.slice(0, 4)), Number(pub.slice(5, 7)), Number(pub.slice(8, 10))];
}

/** Year of a month mention given its qualifiers. */
function yearFor(month: number, day: number | null, g: Record<string, string | undefined>, pub: string): number {
  const [py, pm] = pubParts(pub);
  if (g.y) return Number(g.y);
  if (g.ry) return [...PAST_WORDS].some((w) => g.ry!.endsWith(w)) ? py - 1 : py;
  const q = g.q;
  if (isNext(q)) {
    if (day === null) return month > pm ? py : py + 1;
    return ymd(py, month, day) >= pub ? py : py + 1;
  }
  if (isCurrent(q)) return py;
  const strict = isPast(q);
  if (day === null) return strict ? (month < pm ? py : py - 1) : (month <= pm ? py : py - 1);
  return ymd(py, month, day) <= pub ? py : py - 1;
}

/** A part of a month (مطلع … نهايه) or the whole month. */
function monthRange(y: number, m: number, part: string | undefined, kind: DateMention['kind']): Resolved {
  const last = lastDay(y, m);
  if (part) {
    if (/^(?:مطلع|بدايه|بدايات|اوايل|اول)$/.test(part)) return range(ymd(y, m, 1), ymd(y, m, 7), kind, 2);
    if (/^(?:منتصف|اواسط)$/.test(part)) return range(ymd(y, m, 11), ymd(y, m, 20), kind, 3);
    return range(ymd(y, m, last - 6), ymd(y, m, last), kind, 2);
  }
  return range(ymd(y, m, 1), ymd(y, m, last), kind, 3);
}

/** A year or a part of it; `clip` ends the current year at pub ("هذا العام", "العام الجاري"). */
function yearRange(y: number, part: string | undefined, pub: string, clip = false): Resolved {
  if (part) {
    if (/^(?:مطلع|بدايه|بدايات|اوايل|اول)$/.test(part)) return range(ymd(y, 1, 1), ymd(y, 1, 31), 'year', 3);
    if (/^(?:منتصف|اواسط)$/.test(part)) return range(ymd(y, 6, 1), ymd(y, 7, 31), 'year', 3);
    return range(ymd(y, 12, 1), ymd(y, 12, 31), 'year', 3);
  }
  const end = clip && pub.slice(0, 4) === String(y) ? pub : ymd(y, 12, 31);
  return range(ymd(y, 1, 1), end, 'year', 3);
}

function sundayOf(iso: string): string {
  return addDays(iso, -weekdayOf(iso));
}

// the rules' context tests (constants: a literal in a function is a new object per call)
const DIGIT_SEP_DIGIT = /\d[/.-]\d/;
const DIGIT_OR_SEP = /[\d/.-]/;
const YEAR_DIGITS = /(?:19|20)\d\d/;
const NOT_TODAY_BEFORE = /(?:ذلك|ذات|نفس|تلك|ذاك|منذ)\s+$/;
const NOT_TODAY_AFTER = /^\s+(?:الماضيه|السابقه|الفايته|المنصرمه|ذاتها|نفسها|التاليه)/;
const NOT_WEEKDAY_BEFORE = /(?:كل|كلا|بين|هذين)\s+$/;
const AHAD_ASHAR = /^\s+عشر/;
const ITHNAYN_TWO = /^\s+(?:معا|منهما|منهم|من|الاخرين|المذكورين)(?![\p{L}\p{N}])/u;

const before = (ctx: Ctx, re: RegExp): boolean => re.test(ctx.text.slice(Math.max(0, ctx.index - 12), ctx.index));
const after = (ctx: Ctx, re: RegExp): boolean => re.test(ctx.text.slice(ctx.end, ctx.end + 16));

const RULES: Rule[] = [
  // ---- numeric dates: 15/1/2017, 15-01-2017, 2017-01-15
  {
    re: /(?<core>(?<d>\d{1,2})(?<sep>[/.-])(?<m>\d{1,2})\k<sep>(?<y>(?:19|20)\d{2})|(?<y2>(?:19|20)\d{2})(?<sep2>[/.-])(?<m2>\d{1,2})\k<sep2>(?<d2>\d{1,2}))(?![\d/.-])/gu,
    need: (w) => DIGIT_SEP_DIGIT.test(w),
    ok: (text, i) => i === 0 || !DIGIT_OR_SEP.test(text[i - 1]!),
    resolve(g) {
      const y = Number(g.y ?? g.y2), m = Number(g.m ?? g.m2), d = Number(g.d ?? g.d2);
      return validDay(y, m, d) ? single(ymd(y, m, d), 'explicit') : null;
    },
  },
  // ---- day range in one month: "15-17 مارس", "بين 3 و5 ايار", "من 3 الي 5 ايار"
  {
    re: rx(String.raw`(?<d>\d{1,2})\s*(?:-|و\s?|الي\s+|حتي\s+)\s*(?<d2>\d{1,2})\s+(?:من\s+)?(?:شهر\s+)?${MON}${YEARSUF}${QUAL}`),
    month: true,
    resolve(g, ctx) {
      const m = monthNum(g.mon);
      const d1 = Number(g.d), d2 = Number(g.d2);
      if (m === null || d2 <= d1) return null;
      const y = yearFor(m, d1, g, ctx.pub);
      if (!validDay(y, m, d1) || !validDay(y, m, d2)) return null;
      return range(ymd(y, m, d1), ymd(y, m, d2), 'range');
    },
  },
  // ---- explicit day and month: "16 كانون الثاني/يناير 2018", "الجمعه 16 مارس", "ال 10 من سبتمبر الماضي"
  {
    re: rx(String.raw`(?:(?:يوم\s+)?(?<wd>${WD})\s*[,،]?\s*)?(?:ال\s?)?(?:(?<d>\d{1,2})|(?<od>${ORD_DAY}))\s*(?:من\s+)?(?:شهر\s+)?${MON}${YEARSUF}${QUAL}`),
    month: true,
    resolve(g, ctx) {
      const m = monthNum(g.mon);
      const d = g.d ? Number(g.d) : ORDINAL_DAYS[(g.od ?? '').replace(/\s+/g, ' ')];
      if (m === null || d === undefined) return null;
      if (g.od && !/\sمن\s/.test(ctx.text.slice(ctx.index, ctx.end))) return null; // "الخامس من ايار" needs من
      const y = yearFor(m, d, g, ctx.pub);
      if (!validDay(y, m, d)) return null;
      return single(ymd(y, m, d), 'explicit');
    },
  },
  // ---- month (part) with or without a year: "في مايو الماضي", "شهر شباط", "مطلع حزيران/يونيو الجاري", "مارس/اذار عام 2015"
  {
    re: rx(String.raw`(?:(?<part>${PARTM})\s+)?(?<sh>شهر\s+)?${MON}${YEARSUF}${QUAL}`, String.raw`(?:[وف]?(?<cue>في|خلال|منذ|حتي|الي|من|مع|قبل|بعد|طيله|طوال)\s+)?`),
    month: true,
    resolve(g, ctx) {
      const m = monthNum(g.mon);
      if (m === null) return null;
      const strong = !!(g.part || g.sh || g.y || g.ry || g.q || g.mon2);
      if (!strong && (!g.cue || AMBIGUOUS_MONTHS.has(g.mon!))) return null;
      const y = yearFor(m, null, g, ctx.pub);
      const r = monthRange(y, m, g.part, 'month');
      // the current month, not yet over: "خلال الشهر الجاري"-like use of the month name
      return r;
    },
  },
  // ---- relative month: "الشهر الماضي", "خلال الشهر الجاري", "منتصف الشهر", "مطلع الشهر المقبل"
  {
    re: rx(String.raw`(?:(?<part>${PARTM})\s+)?(?:(?:هذا\s+)?الشهر(?:\s+(?<q>${PAST}|${CURRENT}|${NEXT}))?)`),
    keys: ['الشهر'],
    resolve(g, ctx) {
      const text = ctx.text.slice(ctx.index, ctx.end);
      if (!g.part && !g.q && !/^هذا/.test(text)) return null;
      const [py, pm] = pubParts(ctx.pub);
      let y = py, m = pm;
      if (isPast(g.q)) { m--; if (m === 0) { m = 12; y--; } }
      if (isNext(g.q)) { m++; if (m === 13) { m = 1; y++; } }
      if (!g.part && y === py && m === pm) return range(ymd(y, m, 1), ctx.pub, 'month', 3);
      return monthRange(y, m, g.part, 'month');
    },
  },
  // ---- relative year: "العام الماضي", "مطلع العام الجاري 2017", "نهايه العام", "هذا العام"
  {
    re: rx(String.raw`(?:(?<part>${PARTM})\s+)?(?:(?:هذا\s+العام|هذه\s+السنه)|(?:العام|السنه)(?:\s+(?<q>${PAST}|${CURRENT}|${NEXT}))?)(?:\s+(?<y>(?:19|20)\d{2})(?!\d))?`),
    keys: ['العام', 'السنه'],
    resolve(g, ctx) {
      const text = ctx.text.slice(ctx.index, ctx.end);
      if (!g.part && !g.q && !/^هذ/.test(text)) return null;
      const [py] = pubParts(ctx.pub);
      let y = py;
      if (isPast(g.q)) y = py - 1;
      if (isNext(g.q)) y = py + 1;
      if (g.y) y = Number(g.y);
      return yearRange(y, g.part, ctx.pub, !g.q || isCurrent(g.q));
    },
  },
  // ---- a year: "عام 2016", "العام 2015", "في 2016", "منذ2014", "اواخر عام 2013"
  {
    re: new RegExp(String.raw`(?:[وف]?(?<cue>في|منذ|خلال|حتي|قبل|بعد|مع|طيله|طوال)\s*)?(?<core>(?:(?<part>${PARTM_ALT})\s+)?(?<yw>${YEARWORD}\s*)?(?<y>(?:19|20)\d{2}))(?!\d|[/.-]\d)`, 'gu'),
    need: (w) => YEAR_DIGITS.test(w),
    resolve(g, ctx) {
      if (!g.cue && !g.yw) return null;
      return yearRange(Number(g.y), g.part, ctx.pub);
    },
  },
  // ---- weeks: "الاسبوع الماضي", "هذا الاسبوع", "اوايل الاسبوع", "الاسابيع الماضيه", "الاسبوعين الماضيين"
  {
    re: rx(String.raw`(?:(?<part>${PARTM})\s+)?(?:هذا\s+)?الاسبوع(?:\s+(?<q>${PAST}|${CURRENT}))?|(?<pl>الاسابيع(?:\s+القليله)?\s+(?:${PAST}|الاخيره))|(?<two>الاسبوعين\s+(?:الماضيين|الاخيرين|السابقين|المنصرمين))`),
    keys: ['الاسبوع', 'الاسابيع'],
    resolve(g, ctx) {
      const pub = ctx.pub;
      if (g.pl) return range(addDays(pub, -21), pub, 'range', 3);
      if (g.two) return range(addDays(pub, -14), addDays(pub, -1), 'range', 3);
      const text = ctx.text.slice(ctx.index, ctx.end);
      const past = isPast(g.q);
      if (!g.part && !g.q && !/^هذا/.test(text)) return null;
      if (!g.part) return past ? range(addDays(pub, -7), addDays(pub, -1), 'range', 2) : range(sundayOf(pub), pub, 'range', 2);
      const sunday = past ? addDays(sundayOf(pub), -7) : sundayOf(pub);
      const early = /^(?:مطلع|بدايه|بدايات|اوايل|اول)$/.test(g.part);
      let from = early ? sunday : /^(?:منتصف|اواسط)$/.test(g.part) ? addDays(sunday, 2) : addDays(sunday, 4);
      let to = addDays(from, 2);
      if (to > pub) to = pub;
      if (from > pub) from = pub;
      return range(from, to, 'range', 2);
    },
  },
  // ---- past N days: "الايام الثلاثه الماضيه", "الثلاثه ايام الاخيره", "اخر 10 ايام", "اليومين الماضيين", "الايام الماضيه"
  {
    re: rx(String.raw`(?:ال)?ايام\s+(?:ال)?(?<n>${NUMW})\s+(?:${PAST}|الاخيره)|(?:ال)?(?<n2>${NUMW})\s+(?:ايام|يوما)\s+(?:${PAST}|الاخيره)|اخر\s+(?<n3>${NUMW})\s+(?:ايام|يوما)|(?<two>اليومين\s+(?:الماضيين|الاخيرين|السابقين|المنصرمين|الفايتين))|(?<few>(?:ال)?ايام\s+(?:القليله\s+)?(?:${PAST}|الاخيره)(?:\s+${PAST})?)`),
    keys: ['ايام', 'يوما', 'اليومين'],
    resolve(g, ctx) {
      const pub = ctx.pub;
      if (g.few) return range(addDays(pub, -6), pub, 'range', 2);
      const n = g.two ? 2 : num(g.n ?? g.n2 ?? g.n3);
      if (!n || n > 60) return null;
      return range(addDays(pub, -n), addDays(pub, -1), 'range');
    },
  },
  // ---- hours: "خلال ال24 ساعه الماضيه", "الساعات ال24 الاخيره", "خلال 48 ساعه", "الساعات الماضيه"
  {
    re: rx(String.raw`(?:ال)?ساعات\s+(?:ال\s?)?(?<n>${NUMW})\s+(?:${PAST}|الاخيره)|(?:ال\s?)?(?<n2>${NUMW})\s+ساعه\s+(?:${PAST}|الاخيره)|(?<lead>خلال|اخر|طيله|طوال|مدار|مدي)\s+(?:ال\s?)?(?<n3>${NUMW})\s+ساعه(?!\s+(?:من|قادمه|مقبله|القادمه|المقبله|بعد)${E})(?:\s+(?:${PAST}|الاخيره))?|(?<few>(?:ال)?ساعات\s+(?:القليله\s+)?(?:${PAST}|الاخيره))`, String.raw`(?:[وف]?(?:في|علي)\s+)?`),
    keys: ['ساع'],
    resolve(g, ctx) {
      const pub = ctx.pub;
      if (g.few) return range(addDays(pub, -1), pub, 'range', 2);
      const n = num(g.n ?? g.n2 ?? g.n3);
      if (!n || n > 24 * 60) return null;
      return range(addDays(pub, -Math.ceil(n / 24)), pub, 'range');
    },
  },
  // ---- ago: "قبل يومين", "قبل ثلاثه ايام", "قبل ايام", "قبل اسبوع"
  {
    re: rx(String.raw`قبل\s+(?:(?<two>يومين)|(?<n>${NUMW})\s+(?:ايام|يوما|يوم)|(?<few>(?:(?:بضعه|عده)\s+)?ايام)|(?<wk>اسبوع|اسبوعين)|(?<nw>${NUMW})\s+اسابيع)(?!\s+(?:من|علي)${E})`),
    keys: ['قبل'],
    resolve(g, ctx) {
      const pub = ctx.pub;
      if (g.few) return range(addDays(pub, -7), addDays(pub, -2), 'relative', 2);
      if (g.wk) return { date: addDays(pub, g.wk === 'اسبوع' ? -7 : -14), date_end: null, precision: 2, kind: 'relative' };
      if (g.nw) {
        const n = num(g.nw);
        return n ? { date: addDays(pub, -7 * n), date_end: null, precision: n > 1 ? 3 : 2, kind: 'relative' } : null;
      }
      const n = g.two ? 2 : num(g.n);
      if (!n || n > 60) return null;
      return single(addDays(pub, -n), 'relative');
    },
  },
  // ---- the day before yesterday: "اول امس", "اول من امس", "امس الاول"
  {
    re: rx(String.raw`(?:(?:${PARTDAY})\s+)?(?:يوم\s+)?(?:اول\s+(?:من\s+)?(?:ال)?امس|(?:ال)?امس\s+الاول)(?:\s+(?:يوم\s+)?(?<wd>${WD}))?`),
    keys: ['امس'],
    resolve(g, ctx) {
      const wd = wdNum(g.wd);
      return single(wd !== null ? resolveWeekday(wd, addDays(ctx.pub, -1), 'onOrBefore') : addDays(ctx.pub, -2), 'relative');
    },
  },
  // ---- yesterday: "امس", "يوم امس", "ليل امس", "بالامس", "البارحه", "الليله الماضيه", "امس الاحد"
  {
    re: rx(String.raw`(?:(?:${PARTDAY})\s+)?(?:(?:يوم|ليله|ليل)\s+)?(?:(?:بال|ال)?امس|البارحه)(?:\s+(?:يوم\s+)?(?<wd>${WD}))?|(?:ال)?ليله\s+(?:الماضيه|السابقه|الفايته|المنصرمه)`),
    keys: ['امس', 'البارحه', 'ليله'],
    resolve(g, ctx) {
      const wd = wdNum(g.wd);
      if (wd !== null) return single(resolveWeekday(wd, ctx.pub, 'onOrBefore'), 'weekday');
      return single(addDays(ctx.pub, -1), 'relative');
    },
  },
  // ---- today: "اليوم", "صباح اليوم", "فجر اليوم الجمعه", "هذا الصباح", "الليله"
  {
    re: rx(String.raw`(?:(?:${PARTDAY})\s+)?(?:هذا\s+)?اليوم(?!\s+(?:التالي|نفسه|ذاته|السابق|الذي|العالمي|الوطني|الاخير|الاول|الثاني|الثالث|الرابع|الخامس|السادس|السابع|الثامن|التاسع|العاشر)${E})(?:\s+(?:يوم\s+)?(?<wd>${WD}))?|هذا\s+(?:الصباح|المساء)|(?:هذه\s+)?الليله`),
    keys: ['اليوم', 'الصباح', 'المساء', 'الليله'],
    resolve(g, ctx) {
      if (before(ctx, NOT_TODAY_BEFORE)) return null;
      if (after(ctx, NOT_TODAY_AFTER)) return null;
      const wd = wdNum(g.wd);
      if (wd !== null) return single(resolveWeekday(wd, ctx.pub, 'onOrBefore'), 'weekday');
      return single(ctx.pub, 'relative');
    },
  },
  // ---- weekdays: "الجمعه", "يوم الاحد الماضي", "مساء الخميس", "ليل الثلاثاء الاربعاء"
  {
    re: rx(String.raw`(?:(?<pd>${PARTDAY})\s+)?(?:(?:يوم|نهار)\s+)?(?<wd>${WD})(?:\s*(?:[/-]|علي|الي)?\s*(?<wd2>${WD}))?(?:\s+(?<q>${PAST}|${NEXT}))?`),
    keys: Object.keys(WEEKDAYS),
    resolve(g, ctx) {
      const wd = wdNum(g.wd);
      if (wd === null) return null;
      if (before(ctx, NOT_WEEKDAY_BEFORE)) return null;
      if (g.wd === 'الاحد' && after(ctx, AHAD_ASHAR)) return null;
      if (g.wd === 'الاثنين' && !g.pd && !g.wd2 && after(ctx, ITHNAYN_TWO)) return null;
      const mode = weekdayMode(g.q);
      const wd2 = wdNum(g.wd2);
      if (wd2 !== null) {
        const to = resolveWeekday(wd2, ctx.pub, mode);
        const gap = (wd2 - wd + 7) % 7;
        return range(addDays(to, -(gap || 1)), to, 'weekday', 2);
      }
      return single(resolveWeekday(wd, ctx.pub, mode), 'weekday');
    },
  },
];

// ---------------------------------------------------------------- since

const SINCE_BEFORE = /(?:^|[^\p{L}\p{N}])[وف]?منذ\s*$/u;
const DURATION = new RegExp(String.raw`[وف]?(?<core>منذ\s+(?:(?:نحو|حوالي|قرابه|اكثر\s+من|ما\s+يزيد\s+عن|ما\s+يقارب)\s+)?(?:(?<n>${NUMW})\s+)?(?<unit>يوم|يومين|ايام|اسبوع|اسبوعين|اسابيع|شهر|شهرين|اشهر|شهور|عام|عامين|اعوام|سنه|سنتين|سنوات|سنين|ساعه|ساعتين|ساعات|عقد|عقدين|عقود))${E}`, 'gu');

/** The start of a duration counted back from pub ("منذ ثلاث سنوات"), or null when vague. */
function durationStart(pub: string, unit: string, n: number | null): string | null {
  const count = /ين$/.test(unit) && unit !== 'سنين' ? 2 : n;
  const [py, pm, pd] = pubParts(pub);
  const back = (months: number): string => {
    const total = py * 12 + (pm - 1) - months;
    const y = Math.floor(total / 12), m = (total % 12) + 1;
    return ymd(y, m, Math.min(pd, lastDay(y, m)));
  };
  if (/^(?:عام|عامين|اعوام|سنه|سنتين|سنوات|سنين)$/.test(unit)) return count === null && !/^(?:عام|سنه)$/.test(unit) ? null : back(12 * (count ?? 1));
  if (/^(?:شهر|شهرين|اشهر|شهور)$/.test(unit)) return count === null && unit !== 'شهر' ? null : back(count ?? 1);
  if (/^(?:عقد|عقدين|عقود)$/.test(unit)) return count === null && unit !== 'عقد' ? null : back(120 * (count ?? 1));
  const days = durationDays(unit, count);
  return days === null ? null : addDays(pub, -days);
}

/** Days, weeks or hours back; `count` null for the plural alone ("منذ ايام" → 6 days, "منذ ساعات" → 1 day). */
function durationDays(unit: string, count: number | null): number | null {
  const per = /^(?:يوم|يومين|ايام)$/.test(unit) ? 1 : unit.startsWith('اسب') ? 7 : 1 / 24;
  if (count === null) {
    if (unit === 'يوم' || unit === 'اسبوع' || unit === 'ساعه') return Math.max(1, Math.ceil(per));
    return per === 7 ? 21 : per === 1 ? 6 : 1;
  }
  return Math.max(1, Math.ceil(count * per));
}

// ---------------------------------------------------------------- main

interface Cand extends Resolved {
  start: number;
  end: number;
}

// Every date rule contains one of these; the rules run only on windows around them, so that
// long texts without dates cost little (the rules' look-behinds are slow on every position).
// (The look-behind of the words, "not after a letter or digit", is checked in code: see scan.)
const ANCHOR = /\d|[وفبل]?(?:ال)?(?:امس|اليوم|البارحه|الليله|ليله|ليل|صباح|صبيحه|مساء|فجر|ظهر|ظهيره|عصر|ضحي|نهار|يوم|يوما|يومين|يومان|ايام|اسبوع|اسبوعين|اسابيع|شهر|شهرين|اشهر|شهور|عام|عامين|اعوام|سنه|سنتين|سنوات|سنين|ساعه|ساعتين|ساعات|عقد|عقدين|عقود|احد|اثنين|ثلاثاء|اربعاء|خميس|جمعه|سبت|كانون|شباط|اذار|نيسان|ايار|حزيران|تموز|اب|ايلول|تشرين|يناير|فبراير|مارس|ابريل|افريل|مايو|ماي|يونيو|يونيه|جوان|يوليو|يوليه|جويليه|اغسطس|اوت|غشت|سبتمبر|شتنبر|اكتوبر|نوفمبر|نونبر|ديسمبر|دجنبر|جانفي|فيفري|غدا|غداه|عشيه)(?!\p{L})/gu;
const PAD = 70;

/** All dates in normalised text, resolved against `published` (YYYY-MM-DD); non-overlapping, in order. */
export function findDates(text: string, published: string): DateMention[] {
  const out: DateMention[] = [];
  let winStart = -1;
  let winEnd = -1;
  const flush = (): void => {
    if (winStart < 0) return;
    // snap to white space so that no word is cut
    let s = winStart;
    while (s > 0 && !isWhiteSpace(text.charCodeAt(s - 1))) s--;
    let e = winEnd;
    while (e < text.length && !isWhiteSpace(text.charCodeAt(e))) e++;
    for (const d of findDatesIn(text.slice(s, e), published)) {
      if (out.length && out[out.length - 1]!.end > s + d.start) continue;
      // the window's mentions are fresh objects: shifted in place (a spread copy costs more)
      d.start += s;
      d.end += s;
      out.push(d);
    }
  };
  for (const m of scan(text, ANCHOR, anchorOk)) {
    const s = Math.max(0, m.index - PAD);
    const e = Math.min(text.length, m.index + m[0].length + PAD);
    if (winStart >= 0 && s <= winEnd) { winEnd = e; continue; }
    flush();
    winStart = s;
    winEnd = e;
  }
  flush();
  return out;
}

const notAfterWordChar = (text: string, i: number): boolean => !afterWordChar(text, i);

// ---------------------------------------------------------------- rule pre-tests

const KEYWORDS = [...new Set(RULES.flatMap((r) => r.keys ?? []).concat('منذ'))];
// Month names (first words) are found in the same pass; see monthAt.
const MONTH_WORDS = [...new Set(Object.keys(MONTHS).map((m) => m.split(' ')[0]!))];
const ALL_KEYS = [...new Set([...KEYWORDS, ...MONTH_WORDS])];
const KEYS_RE = new RegExp(ALL_KEYS.slice().sort((a, b) => b.length - a.length).join('|'), 'g');
/** A found word's bits: its own and those of the keywords it starts with (found at the same place). */
const KEY_BITS = new Map(ALL_KEYS.map((k) => [k, KEYWORDS.reduce((b, x, i) => (k.startsWith(x) ? b | (1 << i) : b), 0)]));
/** The month names a found word starts with. */
const KEY_MONTHS = new Map(ALL_KEYS.map((k) => [k, MONTH_WORDS.filter((m) => k.startsWith(m))]));
const MONTH_BIT = 1 << 30;
const keyMask = (keys: readonly string[]): number => keys.reduce((b, k) => b | (1 << KEYWORDS.indexOf(k)), 0);
const RULE_KEYS = RULES.map((r) => keyMask(r.keys ?? []));
const SINCE_KEY = keyMask(['منذ']);

/** The keywords present in a window, as bits (overlapping occurrences included), and MONTH_BIT. */
function keywordsIn(text: string): number {
  let bits = 0;
  KEYS_RE.lastIndex = 0;
  for (let m = KEYS_RE.exec(text); m !== null; m = KEYS_RE.exec(text)) {
    bits |= KEY_BITS.get(m[0])!;
    if (!(bits & MONTH_BIT)) for (const w of KEY_MONTHS.get(m[0])!) if (monthAt(text, m.index, w)) bits |= MONTH_BIT;
    KEYS_RE.lastIndex = m.index + 1;
  }
  return bits;
}

// Every month rule's month name stands after a non-letter, و/ف, or an ordinal day glued to it
// ("العاشرمن" aside), and before a non-letter or the first letter of من/عام/العام/سنه (a name
// of two words, "كانون الثاني", is only checked before).
const ORD_LAST = new Set(['و', 'ف', ...Object.keys(ORDINAL_DAYS).map((w) => w[w.length - 1]!)]);
const MULTI_WORD = new Set(Object.keys(MONTHS).filter((m) => m.includes(' ')).map((m) => m.split(' ')[0]!));
const NEXT_OK = new Set(['م', 'ع', 'ا', 'س']);

function monthAt(text: string, i: number, word: string): boolean {
  if (i > 0) {
    const c = text.charCodeAt(i - 1);
    const h = i > 1 ? text.charCodeAt(i - 2) : 0;
    const cp = c >= 0xdc00 && c <= 0xdfff && h >= 0xd800 && h <= 0xdbff ? codePointAt(text, i - 2) : c;
    if (isLetter(cp) && !ORD_LAST.has(String.fromCodePoint(cp))) return false;
  }
  const j = i + word.length;
  if (MULTI_WORD.has(word) || j >= text.length) return true;
  const cp = codePointAt(text, j);
  return !isLetter(cp) || NEXT_OK.has(String.fromCodePoint(cp));
}
const isDigit = (c: number): boolean => c >= 0x30 && c <= 0x39;
/** A digit anchors anywhere, a word only where it starts a word. */
const anchorOk = (text: string, i: number): boolean => isDigit(text.charCodeAt(i)) || !afterWordChar(text, i);

/** The matches of global `re` that start where `ok` holds (a look-behind done in code). */
function scan(text: string, re: RegExp, ok: (text: string, index: number) => boolean): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    const i = m.index;
    if (!ok(text, i)) { re.lastIndex = i + 1; continue; }
    out.push(m);
    if (m[0] === '') re.lastIndex = i + 1;
  }
  return out;
}

let checkedPub = '';

function findDatesIn(text: string, published: string): Cand[] {
  const pub = published.slice(0, 10);
  if (pub !== checkedPub) { parseIso(pub); checkedPub = pub; } // throws on a bad date
  const cands: Cand[] = [];
  const present = keywordsIn(text);
  for (let ri = 0; ri < RULES.length; ri++) {
    const rule = RULES[ri]!;
    if (RULE_KEYS[ri] && !(present & RULE_KEYS[ri]!)) continue;
    if (rule.month && !(present & MONTH_BIT)) continue;
    if (rule.need && !rule.need(text)) continue;
    for (const m of scan(text, rule.re, rule.ok ?? notAfterWordChar)) {
      const g = (m.groups ?? {}) as Record<string, string | undefined>;
      const core = g.core ?? m[0];
      const start = m.index + m[0].length - core.length;
      const end = m.index + m[0].length;
      const r = rule.resolve(g, { pub, text, index: start, end });
      // the fields of a Resolved, in order, then the span (what a spread would give)
      if (r) cands.push('anchor' in r ? { ...r, start, end } : { date: r.date, date_end: r.date_end, precision: r.precision, kind: r.kind, start, end });
    }
  }
  for (const m of present & SINCE_KEY ? scan(text, DURATION, notAfterWordChar) : []) {
    const g = m.groups as Record<string, string | undefined>;
    const core = g.core!;
    const start = m.index + m[0].length - core.length;
    const from = durationStart(pub, g.unit!, g.n ? num(g.n) : null);
    if (from === null) continue;
    cands.push({ start, end: m.index + m[0].length, date: from, date_end: pub, precision: precisionOf(from, pub) === 3 ? 3 : 2, kind: 'since' });
  }
  if (cands.length === 0) return [];
  // longest first, then earliest; keep the non-overlapping ones
  cands.sort((a, b) => (b.end - b.start) - (a.end - a.start) || a.start - b.start);
  const kept: Cand[] = [];
  const used = new Uint8Array(text.length + 1); // marks characters already taken: linear on long texts
  for (const c of cands) {
    let free = true;
    for (let i = c.start; i < c.end; i++) if (used[i]) { free = false; break; }
    if (!free) continue;
    used.fill(1, c.start, c.end);
    kept.push(c);
  }
  kept.sort((a, b) => a.start - b.start);
  // منذ X → since X
  return kept.map((c): Cand => {
    if (c.kind === 'since') return c;
    const head = text.slice(Math.max(0, c.start - 8), c.start);
    const m = SINCE_BEFORE.exec(head);
    if (!m) return c;
    const s = c.start - head.length + head.lastIndexOf('منذ');
    const from = c.date;
    const precision = precisionOf(from, pub);
    return {
      start: s, end: c.end, date: from, date_end: from < pub ? pub : null, precision, kind: 'since',
      anchor: { date: c.date, date_end: c.date_end, precision: c.precision },
    };
  });
}
