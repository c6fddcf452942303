// An agreement noun (اتفاق، هدنة، تسوية، إجلاء) is an event only when the report tells it being
// reached, signed, joined, extended or carried out; alone it recalls one already made
// ("مناطق خفض التوتر"، "رافضي التسوية"). Matching runs on the normalised copy (ة→ه, ى→ي).
import type { TriggerHit } from '../lexicon/index.js';
import type { Mention } from './mentions.js';

/** Verbs and verbal nouns of concluding or applying a deal, in a short window before the noun. */
const ACT_BEFORE = new RegExp(
  '(?:^|[\\s،,])[وف]?(?:' + [
    'توصل\\S*', 'التوصل', 'يتوصل\\S*',
    'وقع', 'وقعت', 'وقعا', 'وقعوا', 'توقيع', 'التوقيع', 'يوقع', 'توقع',
    'ابرم\\S*', 'ابرام', 'بابرام',
    'وافق\\S*', 'موافقه', 'بموافقه', 'يوافق\\S*',
    'انضم\\S*', 'بانضمام',
    'اعلن\\S*', 'اعلان', 'يعلن\\S*',
    'مدد\\S*', 'تمديد', 'يمدد\\S*',
    'تم', 'جري', 'جرت', 'بدء', 'بدا', 'بدات', 'بدؤوا', 'دخل', 'دخلت', 'عقد', 'عقدت',
    'بموجب', 'طبق', 'طبقت', 'نفذ', 'نفذت', 'قبل', 'قبلت', 'قبلوا', 'رعايه', 'برعايه', 'بوساطه',
  ].join('|') + ')\\s[^.!؟?]*$',
);
const ACT_IN = /^[وفب]?(?:توقيع|التوقيع|ابرام|التوصل|توصل|تمديد)\s/;
/** "…الذي اعلنته الخرطوم"، "…الذي وقعه الطرفان": the act told after the noun. */
const ACT_AFTER = /^\S*\s+(?:الذي|التي)\s+(?:اعلن|وقع|ابرم|توصل|اتفق|مدد|تم)/;

export function concluded(text: string, sentStart: number, t: Mention<TriggerHit>): boolean {
  const before = text.slice(Math.max(sentStart, t.start - 90), t.start);
  // "توقيع اتفاق": the trigger phrase itself names the signing
  return ACT_BEFORE.test(before) || ACT_AFTER.test(text.slice(t.start, t.end + 40)) || ACT_IN.test(text.slice(t.start, t.end));
}
