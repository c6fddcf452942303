// Which names are too generic to be place mentions in running text. A name that is also a
// common Arabic word (a noun such as "السوق", a given name such as "علي", a function word)
// is still indexed, but flagged `common` so the extractor demands a place cue
// (قرية، بلدة، مدينة، حي، في ...) before it. Names of one or two letters are not indexed.
import { normalizeKey } from '../text/normalize.js';

/** The matching key of a name: normalised, article removed from each word. */
export function nameKey(name: string): string {
  let k = keyCache.get(name);
  if (k === undefined) {
    // the same as splitting and applying wordKey to each word: drop ال before 2+ more letters
    k = (fastKey(name) ?? normalizeKey(name)).replace(ARTICLE, '$1');
    if (keyCache.size > 200_000) keyCache.clear();
    keyCache.set(name, k);
  }
  return k;
}
const keyCache = new Map<string, string>();
const ARTICLE = /(^| )ال(?=[^ ]{2})/g;

const FAST_FOLD: Record<string, string> = { 'أ': 'ا', 'إ': 'ا', 'آ': 'ا', 'ٱ': 'ا', 'ى': 'ي', 'ة': 'ه', 'ؤ': 'و', 'ئ': 'ي' };
// letters U+0621–U+064A and U+0671, marks U+064B–U+065F and U+0670, spaces (written as a
// negated test so no combining mark stands alone in a character class)
const FAST_BAD = /[^ \u0621-\u065F\u0670\u0671]|[\u063B-\u0640]/u;

/**
 * normalizeKey for the common case of plain Arabic letters, diacritics and single spaces,
 * without building an offset map; null for anything else (the caller falls back).
 */
function fastKey(s: string): string | null {
  if (FAST_BAD.test(s)) return null;
  let out = '';
  for (const c of s) {
    const code = c.charCodeAt(0);
    if ((code >= 0x064b && code <= 0x065f) || code === 0x0670) continue;
    out += FAST_FOLD[c] ?? c;
  }
  return out.replace(/ {2,}/g, ' ').trim();
}

// Written with the article where usual; compared by nameKey (so ة/ه, أ/ا and ال fold).
const COMMON_AR = `
الحي المدينة مدينة البلدة القرية المنطقة منطقة الناحية المركز مركز المحافظة الريف ريف البلد
السوق الجسر المطار المحطة الجامع المسجد القلعة الساحة الشارع الطريق المخيم الجبل التل تلة الوادي
السد النهر الجامعة المدرسة المشفى المستشفى الكنيسة المعمل الشركة المصنع المقبرة الملعب الحديقة
البستان الكرم الدوار الحاجز السجن الفرع الثكنة الكلية المزرعة المزارع الحقل البئر العين النبع
الدير البيت الدار القصر الباب البوابة السور البرج القبة الخان الحمام الفرن المخبز المطحنة
الصناعة الصناعية المنطقة_الصناعية الزراعة العمال الموظفين الفلاحين الضباط المهندسين الأطباء المعلمين
الثورة الحرية النصر الشهداء الشهيد الوحدة السلام الأمل الخير الكرامة العودة التحرير الاستقلال
الجمهورية العروبة البعث الفداء الصمود الوطن الشعب الأمة الإسلام العرب الاتحاد الجلاء التقدم
الجيش الأمن الشرطة القوات الدولة النظام المعارضة الثوار الحرس الجند الفرقة اللواء الفوج الكتيبة
العسكري العسكرية المدني السياسي الجديد الجديدة القديم القديمة الكبير الكبيرة الصغير الصغيرة
الكبرى الصغرى الوسطى الأولى الثانية الثالثة الشرقي الغربي الشمالي الجنوبي الشرقية الغربية
الشمالية الجنوبية الفوقاني التحتاني العليا السفلى الأعلى الأسفل الوسط الغرب الشرق الشمال الجنوب
اليوم أمس غدا الليلة الصباح المساء الظهر العصر الفجر السبت الأحد الاثنين الثلاثاء الأربعاء
الخميس الجمعة الأسبوع الشهر السنة العام يوم ساعة دقيقة
محمد أحمد علي حسن حسين عمر عثمان خالد محمود مصطفى إبراهيم يوسف عبدالله سليمان صالح سعيد
سالم سلمان جاسم حمد حمدان فيصل عيسى موسى هارون داود يحيى زكريا إسماعيل إسحاق يعقوب آدم نوح
بكر زيد سعد عادل عامر عمار عمران فاطمة زينب مريم عائشة خديجة حمزة طارق ماجد ناصر نصر منصور
الشيخ السيد الحاج الأمير الملك السلطان الإمام القائد الرئيس الوزير الباشا الأغا البيك الأستاذ
الصدد الحدث الحادث الجدل الحزم الكشف الشكر الوقف السعر الفوز الأمر الخبر البيان الموقع الموقف رافقه رافقها سلسلة كسر لكسر أشرف قسمين الأثرية الأثري التاريخية التاريخي مسقط حرف
الحول حول قدم القدم ظهر الظهر نمر بدر الفرج فرج الهدى ندى الضحى سهم السهم كسب حبس الملح
القريتين البلدتين المدينتين الحيين البلدات القرى الإشارة إشارة الخطاب خطاب الصراع صراع المعامل معامل الواسطة وساطة الوساطة خليل جميل كريم البيان بيان الموقع المواقع الجبهة الحدود المعبر الطريق السريع الأوتوستراد الدولي الأهالي السكان
على علي عن إلى الى في من مع لدى حتى منذ بأنه بأن أنه انه إنه لأنه كأنه تبنى تبنت تبنوا قال قالت أكد أكدت ذكر ذكرت أفاد أفادت أعلن أعلنت أشار أضاف نقل نقلت بدأ بدأت جاء جاءت وصل وصلت الشمالية الجنوبية الشرقية الغربية الوسطى سوق السوق المدينة الريف
السكر الكأس الصفر صفر المال الملك الدور دور جيد الجيد المتن الساق القلم الحصن الجب الحفر
الشبك الشرك النجم الخضر الصحن الصفا الميل النيف العزة الكوخ الكوم الرجم القصب المرج البحر
الغابة الغاب الشاطئ الساحل الجزيرة الصحراء البادية السهل الهضبة الأرض الحدود المعبر الحي_الشرقي الحي_الغربي الحي_الشمالي الحي_الجنوبي المدينة_القديمة المنطقة_الشرقية المنطقة_الغربية المنطقة_الشمالية المنطقة_الجنوبية المنطقة_الوسطى
الزهور الورود الياسمين الربيع الفردوس النور الضياء الفجر الهلال الأندلس الرشيد
الإذاعة التلفزيون البريد الجمارك الكهرباء المياه النفط الغاز المستودعات المستودع المخازن
المساكن الضاحية الجمعية الحارة الأحياء القرى البلدات المدن القطاع الضفة المعسكر القاعدة
قبر القبر بير السبيل المصلى الأوقاف المحكمة السرايا المالية البلدية الإدارة القيادة
رئيس وزير قائد عنصر عناصر مقاتل مقاتلين قتلى جرحى قصف غارة هجوم اشتباك معارك
عين تل دير كفر بيت أم أبو ابن بني خربة جب حي باب سوق جسر كرم خان قصر برج بئر
`;

const COMMON_EN = `
al el as ar ad an at bab tal tell hay camp city town village centre center market bridge airport station
new old upper lower north south east west the and road street hill mount square
`;

const commonAr = new Set(COMMON_AR.split(/\s+/).filter(Boolean).map((w) => nameKey(w.replace(/_/g, ' '))));
const commonEn = new Set(COMMON_EN.split(/\s+/).filter(Boolean));

/** Generic heads that may precede a name: "حي جوبر", "قرية كفرة". */
export const GENERIC_HEADS = ['حي', 'قرية', 'بلدة', 'مدينة', 'ضاحية', 'ناحية', 'مركز', 'منطقة', 'محافظة'];
const GENERIC_HEAD_KEYS = new Set(GENERIC_HEADS.map(nameKey));

/** Name without a leading generic head word, or null when there is none. */
export function stripGenericHead(name: string): string | null {
  const words = name.trim().split(/\s+/);
  if (words.length < 2) return null;
  if (!GENERIC_HEAD_KEYS.has(nameKey(words[0]!))) return null;
  return words.slice(1).join(' ');
}

export type NameClass = 'skip' | 'common' | 'ok';

/** Classify an Arabic name variant for indexing. */
export function classifyAr(name: string): NameClass {
  const key = nameKey(name);
  if (!key) return 'skip';
  const words = key.split(' ');
  if (words.length === 1) {
    if (key.length <= 2 || /^\d+$/.test(key)) return 'skip';
    if (commonAr.has(key) || GENERIC_HEAD_KEYS.has(key)) return 'common';
    return 'ok';
  }
  // a multi-word name is common only as a whole ("المنطقة الصناعية"), not when each word is
  // ("بستان القصر", "الشيخ سعيد" are names)
  if (commonAr.has(key)) return 'common';
  return 'ok';
}

/** Latin letters without diacritics, lowercased ("Al Atārib" → "al atarib"). */
export function foldLatin(s: string): string {
  // eslint-disable-next-line no-control-regex
  if (!/[^\x00-\x7f]/.test(s)) return s.replace(/[`']/g, '').toLowerCase().trim();
  return s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[ʻʼ’‘`´']/g, '').toLowerCase().trim();
}

/** Classify an English name variant for indexing. */
export function classifyEn(name: string): NameClass {
  const key = foldLatin(name).replace(/[^a-z0-9]+/g, ' ').trim();
  if (!/[a-z]/.test(key)) return 'skip';
  const words = key.split(' ');
  if (words.length === 1 && key.length <= 2) return 'skip';
  if (words.every((w) => commonEn.has(w) || w.length <= 2)) return 'common';
  if (words.length === 1 && key.length <= 3) return 'common';
  return 'ok';
}

export function isArabic(s: string): boolean {
  return /[\u0600-\u06FF]/.test(s);
}
