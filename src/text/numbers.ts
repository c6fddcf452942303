// Numbers in normalised Arabic text: digits, number words (every case and gender, compounds
// joined by و), vague quantities (عشرات، مئات، آلاف) and unknown quantities (عدد من). The
// normalised spelling is assumed throughout (ة→ه، ى→ي، ئ→ي، أإآ→ا), so مئة is "ميه", مائة is
// "مايه", مئات is "ميات", على is "علي".
//
// Conventions (codebook §6):
// - عشرات → 12, مئات → 100, آلاف → 1000, ملايين → 1,000,000, all approx; عشرات الآلاف → 12000
//   and مئات الآلاف → 100000 (the vague word multiplies).
// - عدد من، عددا من، عدد غير محدد، عدد كبير من، العديد من، عدد آخر، الكثير من، عدة، بضع/بضعة
//   → value null, unknown true. بضعة ("a few", three to nine) is treated like عدد من: the
//   codebook gives no figure for it.
// - Qualifiers before the number (نحو، حوالي، قرابة، زهاء، أكثر من، ما لا يقل عن، ما يزيد عن،
//   ما يقارب، يناهز …) are inside the span and set approx. "على الأقل" / "تقريبا" right after
//   the number are inside the span; after the counted noun (up to three words later, same
//   clause) they set approx without widening the span.
// - Proclitics of the first word (و ف ب ل and the article, "ال24", "بثلاثه", "والعشرات") are
//   outside the span.
// - Ordinals are not counts: الثالث، الثانيه، الحادي عشر are not in the vocabulary, and a tens
//   word after an ordinal ("الحادي والعشرين") is skipped.

import { codePointAt, isLetter, width } from './chars.js';
import { normalize } from './normalize.js';
import { WordCache } from './word-cache.js';

export interface NumberMention {
  readonly start: number;
  readonly end: number;
  readonly value: number | null;
  readonly approx: boolean;
  readonly unknown: boolean;
  readonly kind: 'digits' | 'words' | 'vague';
}

// a class, not a literal: see Word in tokens.ts (no pretenured allocation site)
class Tok {
  constructor(readonly t: string, readonly s: number, readonly e: number, readonly digits: boolean) {}
}

const isDigit = (c: number): boolean => c >= 0x30 && c <= 0x39;

/** Words and digit groups as /\p{L}+|\d+(?:[.,/-]\d+)*\/gu matches them, scanned by hand. */
function tokens(text: string): Tok[] {
  const out: Tok[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    let cp = codePointAt(text, i);
    const s = i;
    if (isLetter(cp)) {
      do i += width(cp); while (i < n && isLetter((cp = codePointAt(text, i))));
      out.push(new Tok(text.slice(s, i), s, i, false));
    } else if (isDigit(cp)) {
      do i++; while (i < n && isDigit(text.charCodeAt(i)));
      for (;;) {
        const c = text.charCodeAt(i);
        if (!(c === 0x2e || c === 0x2c || c === 0x2f || c === 0x2d) || !isDigit(text.charCodeAt(i + 1))) break;
        i += 2;
        while (i < n && isDigit(text.charCodeAt(i))) i++;
      }
      out.push(new Tok(text.slice(s, i), s, i, true));
    } else {
      i += width(cp);
    }
  }
  return out;
}

/** True when only white space (no punctuation, no line break) separates two tokens. */
function joined(text: string, a: Tok, b: Tok): boolean {
  for (let i = a.e; i < b.s; i++) if (text[i] !== ' ') return false;
  return true;
}

type WordKind = 'unit' | 'ten' | 'hundred' | 'thousand' | 'thousandAbs' | 'thousands' | 'million' | 'millionAbs' | 'millions' | 'billion';

interface Word {
  readonly v: number;
  readonly k: WordKind;
}

const LEX = new Map<string, Word>();
const TEEN_HEAD = new Map<string, number>();
{
  const unit = (v: number, ...ws: string[]): void => { for (const w of ws) LEX.set(w, { v, k: 'unit' }); };
  unit(1, 'واحد', 'واحده', 'واحدا');
  unit(2, 'اثنان', 'اثنين', 'اثنتان', 'اثنتين');
  unit(3, 'ثلاث', 'ثلاثه');
  unit(4, 'اربع', 'اربعه');
  unit(5, 'خمس', 'خمسه');
  unit(6, 'ست', 'سته');
  unit(7, 'سبع', 'سبعه');
  unit(8, 'ثماني', 'ثمانيه', 'ثمان');
  unit(9, 'تسع', 'تسعه');
  unit(10, 'عشر', 'عشره');
  const tens: [number, string][] = [[20, 'عشر'], [30, 'ثلاث'], [40, 'اربع'], [50, 'خمس'], [60, 'ست'], [70, 'سبع'], [80, 'ثمان'], [90, 'تسع']];
  for (const [v, stem] of tens) for (const suf of ['ون', 'ين']) LEX.set(stem + suf, { v, k: 'ten' });
  for (const w of ['ميه', 'مايه', 'ماءه', 'مءه']) LEX.set(w, { v: 100, k: 'hundred' });
  for (const w of ['ميتان', 'ميتين', 'مايتان', 'مايتين', 'ميتا', 'ميتي', 'مايتا', 'مايتي']) LEX.set(w, { v: 200, k: 'unit' });
  const hundredStems: [number, string[]][] = [[3, ['ثلاث', 'ثلث']], [4, ['اربع']], [5, ['خمس']], [6, ['ست']], [7, ['سبع']], [8, ['ثمان', 'ثماني']], [9, ['تسع']]];
  for (const [v, stems] of hundredStems) for (const st of stems) for (const h of ['ميه', 'مايه']) LEX.set(st + h, { v: v * 100, k: 'unit' });
  for (const w of ['الف', 'الفا']) LEX.set(w, { v: 1000, k: 'thousand' });
  for (const w of ['الفان', 'الفين', 'الفي']) LEX.set(w, { v: 2000, k: 'thousandAbs' });
  for (const w of ['الاف', 'الوف']) LEX.set(w, { v: 1000, k: 'thousands' });
  for (const w of ['مليون', 'مليونا']) LEX.set(w, { v: 1e6, k: 'million' });
  for (const w of ['مليونان', 'مليونين', 'مليوني']) LEX.set(w, { v: 2e6, k: 'millionAbs' });
  LEX.set('ملايين', { v: 1e6, k: 'millions' });
  for (const w of ['مليار', 'مليارا']) LEX.set(w, { v: 1e9, k: 'billion' });
  for (const [w, v] of [['احد', 1], ['احدي', 1], ['اثنا', 2], ['اثني', 2], ['اثنتا', 2], ['اثنتي', 2]] as const) TEEN_HEAD.set(w, v);
  for (const [w, x] of LEX) if (x.k === 'unit' && x.v >= 3 && x.v <= 9) TEEN_HEAD.set(w, x.v);
}

const TEEN_TAIL = new Set(['عشر', 'عشره']);
const MULTIPLIERS = new Set<WordKind>(['thousand', 'thousands', 'million', 'millions', 'billion']);
/** Ordinal words that make a following "و + tens" an ordinal (الحادي والعشرين). */
const ORDINAL = /^(?:ال)?(?:حادي|ثاني|ثالث|رابع|خامس|سادس|سابع|ثامن|تاسع)ه?$/;

/** Readings of a token as [و|ف]? [ب|ل]? [ال]? stem, with the length of the prefix removed. */
function readings(t: string, allowArticle: boolean): { stem: string; pre: number }[] {
  const out: { stem: string; pre: number }[] = [];
  const add = (rest: string, pre: number): void => {
    if (rest.length < 2) return;
    out.push({ stem: rest, pre });
    if (!allowArticle) return;
    if (rest.startsWith('ال') && rest.length > 4) out.push({ stem: rest.slice(2), pre: pre + 2 });
    // لل = ل + ال ("للعشرات")
    if (rest.startsWith('لل') && rest.length > 4) out.push({ stem: rest.slice(2), pre: pre + 2 });
  };
  add(t, 0);
  const c = t[0];
  if (c === 'و' || c === 'ف' || c === 'ب' || c === 'ل') {
    const rest = t.slice(1);
    add(rest, 1);
    const q = rest[0];
    if ((c === 'و' || c === 'ف') && (q === 'ب' || q === 'ل')) add(rest.slice(1), 2);
  }
  return out;
}

/** A number word at the start of a phrase (clitics allowed), with the prefix length. */
function firstWord(t: string): { w: Word; stem: string; pre: number } | null {
  for (const r of readings(t, true)) {
    const w = LEX.get(r.stem);
    if (!w) continue;
    if (r.pre > 0) {
      // ست after ل/ب/ف is "لست" (I am not) and the like; اثنين with the article is Monday
      if (r.stem === 'ست' && t !== 'وست') continue;
      if (r.stem === 'اثنين' && t.slice(0, r.pre).endsWith('ال')) continue;
      // "في المئه" / "بالمئه" is per cent, not a hundred
      if (w.k === 'hundred' && t.slice(0, r.pre).endsWith('ال')) continue;
    }
    return { w, stem: r.stem, pre: r.pre };
  }
  return null;
}

function parseDigits(t: string): number | null {
  if (/^\d+$/.test(t)) return Number(t);
  if (/^\d{1,3}([.,])\d{3}(?:\1\d{3})*$/.test(t)) return Number(t.replace(/[.,]/g, ''));
  if (/^\d+[.,]\d+$/.test(t)) return Number(t.replace(',', '.'));
  return null; // dates (15/1/2017), ranges (3-4) and the like are not counts
}

interface Acc {
  total: number;
  cur: number;
  last: WordKind | 'teen' | 'digits' | 'hundredN';
}

function addWord(acc: Acc, w: Word): void {
  switch (w.k) {
    case 'unit':
      acc.cur += w.v;
      acc.last = w.v >= 100 ? 'hundredN' : 'unit';
      break;
    case 'ten':
      acc.cur += w.v;
      acc.last = 'ten';
      break;
    case 'hundred':
      acc.cur = acc.cur > 0 && acc.cur < 10 ? acc.cur * 100 : acc.cur + 100;
      acc.last = 'hundred';
      break;
    case 'thousand':
    case 'thousands':
      acc.total += (acc.cur || 1) * 1000;
      acc.cur = 0;
      acc.last = 'thousand';
      break;
    case 'thousandAbs':
      acc.total += 2000;
      acc.last = 'thousand';
      break;
    case 'million':
    case 'millions':
      acc.total = (acc.total + (acc.cur || 1)) * 1e6;
      acc.cur = 0;
      acc.last = 'million';
      break;
    case 'millionAbs':
      acc.total += 2e6;
      acc.last = 'million';
      break;
    case 'billion':
      acc.total = (acc.total + (acc.cur || 1)) * 1e9;
      acc.cur = 0;
      acc.last = 'billion';
      break;
  }
}

/** May `w` follow after و, given the last element read? */
function canConjoin(last: Acc['last'], w: Word): boolean {
  const order = (k: WordKind | 'teen' | 'digits' | 'hundredN'): number =>
    k === 'unit' || k === 'ten' || k === 'teen' || k === 'digits' ? 1 : k === 'hundred' || k === 'hundredN' ? 2 : k === 'thousand' || k === 'thousandAbs' || k === 'thousands' ? 3 : 4;
  if (MULTIPLIERS.has(w.k)) return false;
  if (last === 'unit') return w.k === 'ten';
  if (last === 'teen' || last === 'ten' || last === 'digits') return false;
  const ok = order(w.k === 'unit' && w.v >= 100 ? 'hundredN' : w.k) < order(last);
  return ok;
}

interface Phrase {
  readonly words: readonly string[];
  readonly then?: 'من';
}

const p = (s: string): string[] => s.split(' ');
const APPROX_BEFORE: string[][] = [
  'نحو', 'حوالي', 'قرابه', 'زهاء', 'اكثر من', 'ازيد من', 'اقل من', 'ما لا يقل عن', 'لا يقل عن', 'ما لا يقل علي',
  'ما يزيد عن', 'ما يزيد علي', 'يزيد عن', 'يزيد علي', 'ما يقارب', 'يقارب', 'ما يناهز', 'يناهز', 'ما يربو علي',
  'يربو علي', 'ما يفوق', 'يفوق', 'ما يقرب من', 'ما يصل الي', 'قرابه ال', 'تقريبا',
].map(p).sort((a, b) => b.length - a.length);
const APPROX_AFTER: string[][] = ['علي الاقل', 'تقريبا', 'علي اقل تقدير', 'او اكثر'].map(p);

/** Unknown quantities; an optional trailing من is taken into the span. */
const UNKNOWN: Phrase[] = [
  'عدد من', 'عددا من', 'عدد غير محدد', 'عددا غير محدد', 'عدد غير معروف', 'عددا غير معروف', 'عدد كبير من',
  'عددا كبيرا من', 'اعداد كبيره من', 'اعدادا كبيره من', 'عدد قليل من', 'عددا قليلا من', 'عدد اخر', 'عددا اخر',
  'العديد من', 'عديد من', 'الكثير من', 'بضع', 'بضعه', 'عده',
].map((s) => ({ words: p(s) }));

/** Words after عده/بضعه that show it is not a count of the next word ("مرات عده في …"). */
const NOT_NOUN = new Set(['في', 'عن', 'علي', 'من', 'الي', 'مع', 'بينها', 'بينهم', 'منها', 'منهم', 'ابرزها', 'اهمها']);

const VAGUE: [string, number][] = [['عشرات', 12], ['ميات', 100], ['مييات', 100], ['الاف', 1000], ['الوف', 1000], ['ملايين', 1e6]];

/** Match `words` at token i (first token may carry و ف ب ل); returns the index after and the start offset. */
function matchPhrase(text: string, toks: Tok[], i: number, words: readonly string[]): { next: number; start: number } | null {
  const first = toks[i];
  if (!first || first.digits) return null;
  if (!first.t.endsWith(words[0]!)) return null; // every reading's stem ends the token
  let start = -1;
  for (const r of readings(first.t, false)) if (r.stem === words[0]) { start = first.s + r.pre; break; }
  if (start < 0) return null;
  for (let k = 1; k < words.length; k++) {
    const t = toks[i + k];
    const prev = toks[i + k - 1];
    if (!t || !prev || t.t !== words[k] || !joined(text, prev, t)) return null;
  }
  return { next: i + words.length, start };
}

/** Parse a run of number words/digits starting at token i. */
function readNumber(text: string, toks: Tok[], i: number): { next: number; start: number; value: number; digits: boolean } | null {
  const t0 = toks[i];
  if (!t0) return null;
  const acc: Acc = { total: 0, cur: 0, last: 'unit' };
  let j: number;
  let start: number;
  let digits = false;
  if (t0.digits) {
    const v = parseDigits(t0.t);
    if (v === null) return null;
    acc.cur = v;
    acc.last = 'digits';
    start = t0.s;
    j = i + 1;
    digits = true;
  } else {
    // احد/احدي عشر, اثنا عشر, ثلاثه عشر … ; احد/احدي + definite noun = one of
    const t1 = toks[i + 1];
    let head: number | undefined;
    let hpre = 0;
    for (const r of readings(t0.t, false)) {
      const h = TEEN_HEAD.get(r.stem);
      if (h !== undefined) { head = h; hpre = r.pre; break; }
    }
    if (head !== undefined && t1 && TEEN_TAIL.has(t1.t) && joined(text, t0, t1)) {
      acc.cur = head + 10;
      acc.last = 'teen';
      start = t0.s + hpre;
      j = i + 2;
    } else if (!LEX.has(t0.t) && /^[وفبل]?احد[يا]?$/.test(t0.t) && t1 && t1.t.startsWith('ال') && joined(text, t0, t1)) {
      return { next: i + 1, start: t0.s + (t0.t.startsWith('احد') ? 0 : 1), value: 1, digits: false };
    } else {
      const f = firstWord(t0.t);
      if (!f) return null;
      // vague plural alone: الاف، ملايين
      if (f.w.k === 'thousands' || f.w.k === 'millions') return null;
      if (f.w.k === 'ten') {
        // an ordinal before: "الحادي والعشرين"
        const prev = toks[i - 1];
        if (prev && ORDINAL.test(prev.t) && f.pre > 0 && joined(text, prev, t0)) return null;
      }
      addWord(acc, f.w);
      start = t0.s + f.pre;
      j = i + 1;
    }
  }
  // continuation
  for (;;) {
    const prev = toks[j - 1]!;
    const t = toks[j];
    if (!t || !joined(text, prev, t)) break;
    // multiplier without و
    const direct = t.digits ? undefined : LEX.get(t.t);
    if (direct && MULTIPLIERS.has(direct.k) && acc.last !== 'thousand') {
      if ((acc.last === 'million' || acc.last === 'billion') && acc.cur === 0) break;
      addWord(acc, direct);
      j++;
      continue;
    }
    if (direct && direct.k === 'hundred' && acc.last === 'unit' && acc.cur >= 1 && acc.cur <= 9) {
      addWord(acc, direct);
      j++;
      continue;
    }
    // و + number word: "وعشرين" or "و عشرين"
    let wi = j; // index of the token holding the word
    let word: string | null = null;
    if (t.t === 'و') {
      const n = toks[j + 1];
      if (!n || !joined(text, t, n) || n.digits) break;
      wi = j + 1;
      word = n.t;
    } else if (t.t.startsWith('و') && !t.digits) {
      word = t.t.slice(1);
    }
    if (word === null) break;
    const wtok = toks[wi]!;
    const head = TEEN_HEAD.get(word);
    const after = toks[wi + 1];
    if (head !== undefined && after && TEEN_TAIL.has(after.t) && joined(text, wtok, after)) {
      if (!(acc.last === 'hundred' || acc.last === 'hundredN' || acc.last === 'thousand' || acc.last === 'million')) break;
      acc.cur += head + 10;
      acc.last = 'teen';
      j = wi + 2;
      continue;
    }
    const w = LEX.get(word);
    if (!w || !canConjoin(acc.last, w)) break;
    addWord(acc, w);
    j = wi + 1;
  }
  return { next: j, start, value: acc.total + acc.cur, digits };
}

const UNKNOWN_HEADS = new Set(UNKNOWN.map((ph) => ph.words[0]!));
const VAGUE_WORDS = new Set(VAGUE.map(([w]) => w));
const LONE_AHAD = /^[وفبل]?احد[يا]?$/;

/**
 * True when no number, vague or unknown quantity can start at a word, whatever follows it:
 * none of its readings is in any vocabulary above. Most words are such; the answer is kept.
 */
const inert = new WordCache((t: string): boolean =>
  !readings(t, false).some((r) => UNKNOWN_HEADS.has(r.stem) || TEEN_HEAD.has(r.stem))
  && !readings(t, true).some((r) => VAGUE_WORDS.has(r.stem))
  && !LONE_AHAD.test(t) && firstWord(t) === null, 100_000);

// Every reading's stem ends the word (only proclitics are removed), so a word that ends in no
// vocabulary word is inert: a walk from its last letter through a small trie of the vocabulary
// written backwards says so without looking the word up.
interface Back { readonly next: Map<number, Back>; end: boolean }
const BACK: Back = { next: new Map(), end: false };
for (const w of [...LEX.keys(), ...TEEN_HEAD.keys(), ...UNKNOWN_HEADS, ...VAGUE_WORDS, 'احد', 'احدي', 'احدا']) {
  let node = BACK;
  for (let i = w.length - 1; i >= 0; i--) {
    const c = w.charCodeAt(i);
    let n = node.next.get(c);
    if (!n) { n = { next: new Map(), end: false }; node.next.set(c, n); }
    node = n;
  }
  node.end = true;
}

function endsInVocabulary(t: string): boolean {
  let node = BACK;
  for (let i = t.length - 1; i >= 0; i--) {
    const n = node.next.get(t.charCodeAt(i));
    if (!n) return false;
    if (n.end) return true;
    node = n;
  }
  return false;
}

/** All numbers in normalised text, non-overlapping, in order. */
export function findNumbers(text: string): NumberMention[] {
  const toks = tokens(text);
  const out: NumberMention[] = [];
  let i = 0;
  while (i < toks.length) {
    const t = toks[i]!;
    if (!t.digits && (!endsInVocabulary(t.t) || inert.get(t.t))) { i++; continue; }
    let found: { next: number; start: number; end: number; value: number | null; approx: boolean; unknown: boolean; kind: NumberMention['kind'] } | null = null;

    // unknown quantities (the readings of the token are computed once, not per phrase)
    const stems = t.digits ? [] : readings(t.t, false).map((r) => r.stem);
    for (const ph of UNKNOWN) {
      if (!stems.includes(ph.words[0]!)) continue;
      const m = matchPhrase(text, toks, i, ph.words);
      if (!m) continue;
      const last = ph.words[ph.words.length - 1]!;
      let next = m.next;
      const nt = toks[next];
      const following = nt && joined(text, toks[next - 1]!, nt) ? nt : undefined;
      if (last === 'عده' || last === 'بضع' || last === 'بضعه') {
        // عدة / بضعة need a counted noun after them
        if (!following || following.digits || NOT_NOUN.has(following.t)) continue;
        if (following.t === 'ميات' || following.t === 'الاف' || following.t === 'عشرات') { next++; }
      }
      if (last !== 'من' && following && following.t === 'من' && last !== 'عده' && last !== 'بضع' && last !== 'بضعه') next++;
      found = { next, start: m.start, end: toks[next - 1]!.e, value: null, approx: false, unknown: true, kind: 'vague' };
      break;
    }

    // vague quantities: عشرات، مئات، آلاف (+ الاف multiplier)
    if (!found && !t.digits) {
      for (const r of readings(t.t, true)) {
        const v = VAGUE.find(([w]) => w === r.stem);
        if (!v) continue;
        let value = v[1];
        let next = i + 1;
        const n = toks[next];
        if (n && joined(text, t, n) && (v[0] === 'عشرات' || v[0] === 'ميات' || v[0] === 'مييات')) {
          const stem = n.t.startsWith('ال') && n.t.length > 4 ? n.t.slice(2) : n.t;
          if (stem === 'الاف' || stem === 'الوف' || n.t === 'الالاف') { value *= 1000; next++; }
          else if (stem === 'ملايين') { value *= 1e6; next++; }
        }
        found = { next, start: t.s + r.pre, end: toks[next - 1]!.e, value, approx: true, unknown: false, kind: 'vague' };
        break;
      }
    }

    if (!found) {
      const n = readNumber(text, toks, i);
      if (n) found = { next: n.next, start: n.start, end: toks[n.next - 1]!.e, value: n.value, approx: false, unknown: false, kind: n.digits ? 'digits' : 'words' };
    }

    if (!found) { i++; continue; }

    // qualifier before (not when the number itself carries a proclitic)
    let start = found.start;
    let approx = found.approx;
    if (start === t.s || (t.t.startsWith('ال') && start === t.s + 2)) {
      let k = i;
      // "اكثر من ال 50": a separate article token
      const prevTok = toks[k - 1];
      if (prevTok && prevTok.t === 'ال' && joined(text, prevTok, t)) k--;
      for (const q of APPROX_BEFORE) {
        const from = k - q.length;
        if (from < 0) continue;
        const m = matchPhrase(text, toks, from, q);
        if (m && m.next === k && joined(text, toks[k - 1]!, toks[k]!)) {
          const prevOut = out[out.length - 1];
          if (prevOut && prevOut.end > m.start) continue;
          start = m.start;
          approx = true;
          break;
        }
      }
    }
    // qualifier after: right after the number (in the span) or after the counted noun
    let end = found.end;
    let next = found.next;
    if (found.value !== null) {
      for (const q of APPROX_AFTER) {
        const m = matchPhrase(text, toks, next, q);
        if (m && m.start === toks[next]!.s && joined(text, toks[next - 1]!, toks[next]!)) {
          approx = true;
          end = toks[m.next - 1]!.e;
          next = m.next;
          break;
        }
      }
      if (next === found.next) {
        outer: for (let d = 1; d <= 3; d++) {
          const k = next + d;
          let gapOk = true;
          for (let x = next; x < Math.min(k, toks.length); x++) if (!joined(text, toks[x - 1]!, toks[x]!)) { gapOk = false; break; }
          if (!gapOk) break;
          const tk = toks[k - 1];
          if (!tk || tk.digits || LEX.has(tk.t)) break;
          for (const q of APPROX_AFTER) {
            const m = matchPhrase(text, toks, k, q);
            if (m && m.start === toks[k]!.s && joined(text, toks[k - 1]!, toks[k]!)) { approx = true; break outer; }
          }
        }
      }
    }
    out.push({ start, end, value: found.value, approx, unknown: found.unknown, kind: found.kind });
    i = next;
  }
  return out;
}

/**
 * The value of a run of number words ("ثلاثه وعشرين" → 23, "مئتي" → 200, "الف وخمسميه" →
 * 1500, "خمسه الاف" → 5000); digits are accepted too. Raw or normalised spelling; null when
 * the whole string is not one number.
 */
export function parseNumberWords(words: string): number | null {
  const text = normalize(words.trim()).text;
  if (!text) return null;
  const toks = tokens(text);
  if (toks.length === 0) return null;
  const n = readNumber(text, toks, 0);
  if (!n || n.next !== toks.length || n.start !== toks[0]!.s) return null;
  return n.value;
}
