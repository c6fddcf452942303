// Unicode classes of the word scanners (\p{L}, \p{N}), exactly as the /u regular expressions
// they replace see them, remembered per BMP code unit: a hand-written scan is several times
// faster than matchAll on every report.

const LETTER = /^\p{L}$/u;
const NUMBER = /^\p{N}$/u;

// 0 = not yet known, 1 = yes, 2 = no
const letters = new Uint8Array(0x10000);
const numbers = new Uint8Array(0x10000);

function classify(table: Uint8Array, re: RegExp, cp: number): boolean {
  if (cp > 0xffff) return re.test(String.fromCodePoint(cp));
  let v = table[cp]!;
  if (v === 0) table[cp] = v = re.test(String.fromCharCode(cp)) ? 1 : 2;
  return v === 1;
}

export const isLetter = (cp: number): boolean => classify(letters, LETTER, cp);
export const isNumber = (cp: number): boolean => classify(numbers, NUMBER, cp);
export const isLetterOrNumber = (cp: number): boolean => isLetter(cp) || isNumber(cp);

/** The code point at i as a /u regular expression reads it (a lone surrogate is itself). */
export function codePointAt(s: string, i: number): number {
  const c = s.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
    const d = s.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return (c - 0xd800) * 0x400 + (d - 0xdc00) + 0x10000;
  }
  return c;
}

/** Code units of a code point. */
export const width = (cp: number): number => (cp > 0xffff ? 2 : 1);

/** The code units /\s/ matches (a per-character regular expression test costs more). */
export function isWhiteSpace(c: number): boolean {
  return c === 0x20 || (c >= 0x09 && c <= 0x0d) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a)
    || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}
