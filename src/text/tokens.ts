// Word tokens on normalised text, and the proclitic analyses of a word. Arabic attaches
// conjunctions (و ف), prepositions (ب ل ك), the future marker (س) and the article (ال, لل)
// to the word: "والرقه", "بريف", "لقوات", "للنظام". Matching tries the bare stem of each form.
import { codePointAt, isLetterOrNumber, isNumber, width } from './chars.js';

export interface Token {
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

// Tokens are made by a constructor, not an object literal: V8 pretenures a literal's allocation
// site once many of its objects outlive a scavenge (a long report does that), and every later
// report's tokens then go straight to the old generation as garbage for the major GC.
class Word implements Token {
  constructor(readonly text: string, readonly start: number, readonly end: number) {}
}

/** Words as /[\p{L}\p{N}]+(?:[.,/]\p{N}+)*\/gu matches them ("15/1/2017", "و2.5"), scanned by hand. */
export function tokenize(text: string, offset = 0): Token[] {
  const out: Token[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    let cp = codePointAt(text, i);
    if (!isLetterOrNumber(cp)) { i += width(cp); continue; }
    const s = i;
    do i += width(cp); while (i < n && isLetterOrNumber((cp = codePointAt(text, i))));
    while (i + 1 < n) {
      const c = text.charCodeAt(i);
      if (c !== 0x2e && c !== 0x2c && c !== 0x2f) break;
      let j = i + 1;
      cp = codePointAt(text, j);
      if (!isNumber(cp)) break;
      do j += width(cp); while (j < n && isNumber((cp = codePointAt(text, j))));
      i = j;
    }
    out.push(new Word(text.slice(s, i), offset + s, offset + i));
  }
  return out;
}

export interface Analysis {
  /** the proclitics removed, in order, e.g. "و+ب" */
  readonly prefix: string;
  /** the stem without proclitics and without the article */
  readonly stem: string;
  /** true when the article ال (or لل) was attached */
  readonly definite: boolean;
}

const MIN_STEM = 2;

/**
 * Every reading of `word` as [و|ف]? [ب|ل|ك]? [ال]? stem, the unsegmented reading first.
 * Readings whose stem would be shorter than two letters are not produced.
 */
export function analyses(word: string): Analysis[] {
  const out: Analysis[] = [];
  // a handful of readings at most: a linear scan dedupes faster than a Set on this hot path
  const add = (stem: string, definite: boolean, p: string): void => {
    if (stem.length < MIN_STEM) return;
    for (const x of out) if (x.stem === stem && x.definite === definite && x.prefix === p) return;
    out.push({ prefix: p, stem, definite });
  };
  const push = (prefix: string, rest: string): void => {
    add(rest, false, prefix);
    if (rest.length > 3 && rest.startsWith('ال')) add(rest.slice(2), true, prefix);
    // لل = ل + ال ("للنظام")
    if (rest.length > 3 && rest.startsWith('لل')) add(rest.slice(2), true, prefix ? prefix + '+ل' : 'ل');
  };
  push('', word);
  const c0 = word[0];
  const conj = c0 === 'و' || c0 === 'ف' ? c0 : '';
  const afterConj = conj ? word.slice(1) : word;
  if (conj) push(conj, afterConj);
  const prep = afterConj[0];
  if (prep === 'ب' || prep === 'ل' || prep === 'ك') push(conj ? `${conj}+${prep}` : prep, afterConj.slice(1));
  return out;
}

/** The stem of a word with the article and one layer of proclitics removed (best guess). */
export function bare(word: string): string {
  const a = analyses(word);
  return a.find((x) => x.definite)?.stem ?? word;
}
