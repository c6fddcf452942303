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
const INVISIBLE = /[\u200B-\u200F\u202A-\u202E\u2066-\u2069\u061C\uFEFF\u00AD]/;
const SPACE = /\s/;

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

/** Normalise `original` for matching; runs of white space become one space. */
export function normalize(original: string): Normalized {
  const chars: string[] = [];
  const map: number[] = [];
  let lastSpace = false;
  for (let i = 0; i < original.length; i++) {
    const c = original[i]!;
    if (TASHKEEL.test(c) || INVISIBLE.test(c)) continue;
    if (SPACE.test(c)) {
      if (c === '\n') {
        // keep line breaks: they separate paragraphs, headlines and datelines
        if (lastSpace && chars[chars.length - 1] === ' ') chars[chars.length - 1] = '\n';
        else if (!lastSpace) { chars.push('\n'); map.push(i); }
        lastSpace = true;
        continue;
      }
      if (!lastSpace) { chars.push(' '); map.push(i); }
      lastSpace = true;
      continue;
    }
    lastSpace = false;
    for (const f of foldChar(c)) { chars.push(f); map.push(i); }
  }
  map.push(original.length);
  return { original, text: chars.join(''), map: Int32Array.from(map) };
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
