// Normalisation for matching. The original text is never changed: `normalize` returns a copy
// and an offset map, so every span found on the copy can be mapped back to the original
// (evidence spans index the original text in UTF-16 code units, as the codebook requires).
import { Buffer } from 'node:buffer';

export interface Normalized {
  readonly original: string;
  readonly text: string;
  /** map[i] = index in `original` of normalised char i; map[text.length] = original.length. */
  readonly map: Int32Array;
}

const TASHKEEL = /[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED\u0640]/;

/** Single-character folds that keep length 1. */
const FOLD: Record<string, string> = {
  'أ': 'ا', 'إ': 'ا', 'آ': 'ا', 'ٱ': 'ا', 'ى': 'ي', 'ة': 'ه', 'ؤ': 'و', 'ئ': 'ي', 'ی': 'ي', 'ک': 'ك',
  'ە': 'ه', 'ھ': 'ه', '“': '"', '”': '"', '«': '"', '»': '"', '„': '"', '‟': '"', '″': '"',
  '‘': "'", '’': "'", '‚': "'", '‛': "'", '`': "'", '٬': ',', '٫': '.', '–': '-', '—': '-', '‐': '-',
};

function foldChar(c: string): string {
  const code = c.charCodeAt(0);
  if (code >= 0x0660 && code <= 0x0669) return String(code - 0x0660);
  if (code >= 0x06f0 && code <= 0x06f9) return String(code - 0x06f0);
  const f = FOLD[c];
  if (f !== undefined) return f;
  if (code >= 0xfb50 && code <= 0xfeff) return foldString(c.normalize('NFKC'));
  if (code >= 0x41 && code <= 0x5a) return c.toLowerCase();
  return c;
}

function foldString(s: string): string {
  let out = '';
  for (const c of s) if (!TASHKEEL.test(c)) out += FOLD[c] ?? c;
  return out;
}

const isTashkeel = (c: number): boolean =>
  (c >= 0x064b && c <= 0x065f) || c === 0x0670 || c === 0x0640 || (c >= 0x0610 && c <= 0x061a) || (c >= 0x06d6 && c <= 0x06ed);
const isInvisible = (c: number): boolean =>
  (c >= 0x200b && c <= 0x200f) || (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069) || c === 0x061c || c === 0xfeff || c === 0xad;
const isSpace = (c: number): boolean =>
  c === 0x20 || (c >= 0x09 && c <= 0x0d) || c === 0xa0 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0x1680;

// What each code unit becomes, worked out on first sight (a text uses a few hundred).
const PLAIN = 1, ONE = 2, SKIP = 3, SPACE = 4, NEWLINE = 5, MANY = 6;
const KIND = new Uint8Array(0x10000);
const ONE_FOLD = new Uint16Array(0x10000);

function kindOf(code: number): number {
  // plain Arabic letters and Latin lower-case/punctuation pass through unchanged
  const plain = (code >= 0x0621 && code <= 0x064a && code !== 0x0622 && code !== 0x0623 && code !== 0x0624 && code !== 0x0625 && code !== 0x0626 && code !== 0x0629 && code !== 0x0640 && code !== 0x0649)
    || (code > 0x20 && code < 0x41) || (code > 0x5a && code < 0x7f && code !== 0x60);
  let k = MANY;
  if (plain) k = PLAIN;
  else if (isTashkeel(code) || isInvisible(code)) k = SKIP;
  else if (isSpace(code)) k = code === 0x0a ? NEWLINE : SPACE;
  else {
    const f = foldChar(String.fromCharCode(code));
    if (f.length === 1) { k = ONE; ONE_FOLD[code] = f.charCodeAt(0); }
  }
  return (KIND[code] = k);
}

// The copy is written as UTF-16 code units into a reused buffer and decoded once (Buffer's
// "ucs2" keeps every code unit as it is, lone surrogates included): far cheaper than growing a
// string piece by piece. The offset map keeps the capacity it always had (twice the original
// length, plus one): entries past it are dropped, as a typed array drops writes past its end.
const SCRATCH = 1 << 14;
let units = new Uint16Array(SCRATCH);
let offsets = new Int32Array(SCRATCH);
const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

function grow(need: number): void {
  let size = units.length;
  while (size < need) size *= 2;
  const u = new Uint16Array(size);
  u.set(units);
  const o = new Int32Array(size);
  o.set(offsets);
  units = u;
  offsets = o;
}

function decode(buf: Uint16Array, len: number): string {
  if (LITTLE_ENDIAN) return Buffer.from(buf.buffer, buf.byteOffset, len * 2).toString('ucs2');
  let s = '';
  for (let i = 0; i < len; i += 8192) s += String.fromCharCode(...buf.subarray(i, Math.min(len, i + 8192)));
  return s;
}

/** Normalise `original` for matching; runs of white space become one space, line breaks stay. */
export function normalize(original: string): Normalized {
  const length = original.length;
  if (units.length < length + 2) grow(length + 2);
  let buf = units;
  let map = offsets;
  let len = 0; // code units written
  let n = 0; // map entries written: one per code point
  let lastSpace = false;
  for (let i = 0; i < length; i++) {
    const code = original.charCodeAt(i);
    const kind = KIND[code] || kindOf(code);
    if (kind === PLAIN) { buf[len++] = code; map[n++] = i; lastSpace = false; continue; }
    if (kind === ONE) { buf[len++] = ONE_FOLD[code]!; map[n++] = i; lastSpace = false; continue; }
    if (kind === SKIP) continue;
    if (kind === NEWLINE) {
      // keep line breaks: they separate paragraphs, headlines and datelines
      if (lastSpace && len > 0 && buf[len - 1] === 0x20) { buf[len - 1] = 0x0a; map[n - 1] = i; }
      else if (!lastSpace) { buf[len++] = 0x0a; map[n++] = i; }
      lastSpace = true;
      continue;
    }
    if (kind === SPACE) {
      if (!lastSpace) { buf[len++] = 0x20; map[n++] = i; }
      lastSpace = true;
      continue;
    }
    lastSpace = false;
    const f = foldChar(original[i]!);
    // a presentation form may expand to several letters
    const need = len + f.length + (length - i) + 1;
    if (need > buf.length) { grow(need); buf = units; map = offsets; }
    for (const c of f) {
      for (let k = 0; k < c.length; k++) buf[len++] = c.charCodeAt(k);
      map[n++] = i;
    }
  }
  map[n] = length;
  const text = decode(buf, len);
  const out = map.slice(0, Math.min(n + 1, length * 2 + 1));
  if (units.length > 1 << 20) { units = new Uint16Array(SCRATCH); offsets = new Int32Array(SCRATCH); } // keep no 10 MB buffer
  return { original, text, map: out };
}

/** Normalise a short string (a lexicon entry, a query) without keeping the map. */
export function normalizeKey(s: string): string {
  return normalize(s.trim()).text.replace(/[\s"'()\-.,،]+/g, ' ').trim();
}

/** Map a span [start, end) of the normalised text back to the original text. */
export function toOriginal(n: Normalized, start: number, end: number): [number, number] {
  if (end <= start) { const p = n.map[start] ?? n.original.length; return [p, p]; }
  const s = n.map[start] ?? n.original.length;
  const last = n.map[end - 1] ?? n.original.length - 1;
  // a folded presentation form may expand; take the whole original code unit it came from
  return [s, last + 1];
}
