// Normalisation for matching. The original text is never changed: `normalize` returns a copy
// and an offset map, so every span found on the copy can be mapped back to the original
// (evidence spans index the original text in UTF-16 code units, as the codebook requires).

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

/** Normalise `original` for matching; runs of white space become one space, line breaks stay. */
export function normalize(original: string): Normalized {
  const map = new Int32Array(original.length * 2 + 1);
  let out = '';
  let n = 0;
  let lastSpace = false;
  let run = -1; // start of a run of characters copied unchanged
  const flushRun = (i: number): void => {
    if (run < 0) return;
    out += original.slice(run, i);
    for (let k = run; k < i; k++) map[n++] = k;
    run = -1;
  };
  for (let i = 0; i < original.length; i++) {
    const code = original.charCodeAt(i);
    // plain Arabic letters and Latin lower-case/punctuation pass through unchanged
    const plain = (code >= 0x0621 && code <= 0x064a && code !== 0x0622 && code !== 0x0623 && code !== 0x0624 && code !== 0x0625 && code !== 0x0626 && code !== 0x0629 && code !== 0x0640 && code !== 0x0649)
      || (code > 0x20 && code < 0x41) || (code > 0x5a && code < 0x7f && code !== 0x60);
    if (plain) { if (run < 0) run = i; lastSpace = false; continue; }
    flushRun(i);
    if (isTashkeel(code) || isInvisible(code)) continue;
    if (isSpace(code)) {
      if (code === 0x0a) {
        // keep line breaks: they separate paragraphs, headlines and datelines
        if (lastSpace && out.endsWith(' ')) { out = out.slice(0, -1) + '\n'; map[n - 1] = i; }
        else if (!lastSpace) { out += '\n'; map[n++] = i; }
        lastSpace = true;
        continue;
      }
      if (!lastSpace) { out += ' '; map[n++] = i; }
      lastSpace = true;
      continue;
    }
    lastSpace = false;
    for (const f of foldChar(original[i]!)) { out += f; map[n++] = i; }
  }
  flushRun(original.length);
  map[n] = original.length;
  return { original, text: out, map: map.slice(0, n + 1) };
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
