// Acts a sentence recalls as background rather than reports: "وتاتي هذه الغارات بعد سيطره
// القوات على…" (the capture is the backdrop of the strikes), "منذ بدء الهجوم" (the start of a
// campaign). Matching runs on the normalised copy.
import type { TriggerHit } from '../lexicon/index.js';
import type { Span } from '../text/segment.js';
import type { Mention } from './mentions.js';

/** A sentence that places what it reports against an earlier act ("وياتي ذلك بعد…"). */
const FRAME_OPENING = /^[\s"'«]*[وف]?(?:تاتي|ياتي|جاء|جاءت|اتي|اتت)\s/;
const FRAME_LINK = /(?:^|\s)(?:بعد|غداه|عقب|اثر|باعقاب|اعقاب|وسط|تزامنا مع|بالتزامن مع)\s/;
/** "منذ بدء الهجوم"، "قبل انطلاق العمليه": a campaign's start, not an act of the day. */
const SINCE_START = /(?:منذ|قبل|مع)\s+(?:بدء|بدايه|انطلاق|اندلاع|انطلاقه)\s*$/;

export function background(text: string, sent: Span, t: Mention<TriggerHit>): boolean {
  if (SINCE_START.test(text.slice(Math.max(sent.start, t.start - 24), t.start))) return true;
  // a toll recalled this way is still reported ("وياتي القصف غداه مقتل 9 مدنيين في غاره"): only
  // captures and campaign words are the backdrop
  if (t.value.subtype !== 'territory' && !t.value.weak) return false;
  if (!FRAME_OPENING.test(text.slice(sent.start, sent.start + 24))) return false;
  return FRAME_LINK.test(text.slice(sent.start, t.start));
}
