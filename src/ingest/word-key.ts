// The comparison form of a text for ingest: normalised as the extractor normalises (hamza forms,
// ta marbuta, alif maqsura folded, tashkeel and tatweel removed, Eastern Arabic digits to 0-9,
// Latin lower-cased), every run of non-letters/digits one space.
import { normalize } from '../text/normalize.js';

export function wordKey(s: string): string {
  return normalize(s)
    .text.replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}
