// The identity of a report's text: sha256 of its normalised form (white space collapsed, so a
// re-wrapped copy of the same text is the same text).
import { createHash } from 'node:crypto';
import { normalize } from '../text/normalize.js';

export function canonicalText(text: string): string {
  return normalize(text).text.replace(/\s+/g, ' ').trim();
}

export function contentHash(text: string): string {
  return createHash('sha256').update(canonicalText(text)).digest('hex');
}
