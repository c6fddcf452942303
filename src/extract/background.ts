// Acts a sentence recalls as background rather than reports: "منذ بدء الهجوم"، "قبل انطلاق
// العمليه" name a campaign's start, not an act of the day. (A sentence framed "وتاتي هذه الغارات
// غداه سيطره…" still tells the capture: annotators of the dev set keep it, so it is not dropped.)
// Matching runs on the normalised copy.
import type { TriggerHit } from '../lexicon/index.js';
import type { Span } from '../text/segment.js';
import type { Mention } from './mentions.js';

const SINCE_START = /(?:منذ|قبل|مع)\s+(?:بدء|بدايه|انطلاق|اندلاع|انطلاقه)\s*$/;

export function background(text: string, sent: Span, t: Mention<TriggerHit>): boolean {
  return SINCE_START.test(text.slice(Math.max(sent.start, t.start - 24), t.start));
}
