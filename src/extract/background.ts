// Acts a sentence recalls as background rather than reports: "منذ بدء الهجوم"، "قبل انطلاق
// العمليه" name a campaign's start, not an act of the day. (A sentence framed "وتاتي هذه الغارات
// غداه سيطره…" still tells the capture: annotators of the dev set keep it, so it is not dropped.)
// Matching runs on the normalised copy.
import type { TriggerHit } from '../lexicon/index.js';
import type { Span } from '../text/segment.js';
import type { Mention } from './mentions.js';

const SINCE_START = /(?:منذ|قبل|مع)\s+(?:بدء|بدايه|انطلاق|اندلاع|انطلاقه)\s*$/;

// "وهو الهجوم الاكبر منذ"، "القصف ... هو الاعنف منذ"، "والتفجير هو الاول من نوعه": a comparison
// of an act already told with the past, not an act of its own
const RANKED = /(?:^|\s)(?:ال)?(?:اعنف|اكبر|اسوا|اشد|ادمي|اعلي|اخطر)(?:\s|$)|الاول من نوعه|الاولي من نوعها/;
const SINCE_OR_KIND = /(?:^|\s)منذ(?:\s|\d)|من نوع/;

export function background(text: string, sent: Span, t: Mention<TriggerHit>): boolean {
  if (SINCE_START.test(text.slice(Math.max(sent.start, t.start - 24), t.start))) return true;
  const tail = text.slice(t.start, Math.min(sent.end, t.end + 80));
  if (!tail.includes('منذ') && !tail.includes('من نوع')) return false; // (cheap test first)
  // in the trigger's own clause: "قتل 5 في قصف …، وهو الاعنف منذ اشهر" tells the act, then ranks it
  const before = text.slice(Math.max(sent.start, t.start - 30), t.start).split(/[،,]/).pop()!;
  const after = text.slice(t.end, Math.min(sent.end, t.end + 40)).split(/[،,]/)[0]!;
  const around = `${before} ${after}`;
  return SINCE_OR_KIND.test(tail) && RANKED.test(around);
}

/** "حمله لاستعاده السيطره علي"، "تسعي للسيطره": a capture named with the purpose ل is an aim, not an act. */
export function purpose(text: string, t: Mention<TriggerHit>): boolean {
  if (t.value.subtype !== 'territory' || text[t.start - 1] !== 'ل') return false;
  const c = text[t.start - 2];
  return c === undefined || c === ' ' || c === 'و' || c === 'ف';
}
