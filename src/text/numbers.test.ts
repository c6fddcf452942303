import { describe, expect, it } from 'vitest';
import { normalize } from './normalize.js';
import { findNumbers, parseNumberWords } from './numbers.js';

/** [surface in normalised text, value, approx, unknown, kind] */
type Row = [string, number | null, boolean, boolean, 'digits' | 'words' | 'vague'];

function run(raw: string): Row[] {
  const n = normalize(raw).text;
  return findNumbers(n).map((x) => [n.slice(x.start, x.end), x.value, x.approx, x.unknown, x.kind]);
}

describe('findNumbers', () => {
  const cases: [string, Row[]][] = [
    // digits, Western and Arabic-Indic, thousands separators
    ['سقط 7 قتلى في القصف', [['7', 7, false, false, 'digits']]],
    ['أصيب ١٤ شخصاً بجروح', [['14', 14, false, false, 'digits']]],
    ['نزح ۳۲ عائلة', [['32', 32, false, false, 'digits']]],
    ['فرّ 1,200 مدني', [['1,200', 1200, false, false, 'digits']]],
    ['فرّ 1.200 مدني', [['1.200', 1200, false, false, 'digits']]],
    ['فرّ ٢٬٥٠٠ مدني', [['2,500', 2500, false, false, 'digits']]],
    ['نحو 2,345,678 نسمة', [['نحو 2,345,678', 2345678, true, false, 'digits']]],
    ['ارتفع المؤشر 1.5 نقطة', [['1.5', 1.5, false, false, 'digits']]],
    ['خلال الـ48 ساعة', [['48', 48, false, false, 'digits']]],
    ['خلال الـ 36 ساعة', [['36', 36, false, false, 'digits']]],
    ['نقل 40جريحا', [['40', 40, false, false, 'digits']]],
    ['بلغ عدد النازحين 5 آلاف', [['5 الاف', 5000, false, false, 'digits']]],
    ['يسكنها 300 ألف نسمة', [['300 الف', 300000, false, false, 'digits']]],
    ['يسكنها 12 ألفاً', [['12 الفا', 12000, false, false, 'digits']]],
    ['تضرر 1.5 مليون شخص', [['1.5 مليون', 1500000, false, false, 'digits']]],
    ['في 3/5/2016 وقع الهجوم', []],
    // number words: gender and case
    ['قتل واحد من الحراس', [['واحد', 1, false, false, 'words']]],
    ['أصيب اثنان من المارة', [['اثنان', 2, false, false, 'words']]],
    ['قتلت اثنتان من النساء', [['اثنتان', 2, false, false, 'words']]],
    ['اعتقلت ثلاثة شبان', [['ثلاثه', 3, false, false, 'words']]],
    ['اعتقلت ثلاث نساء', [['ثلاث', 3, false, false, 'words']]],
    ['سقطت أربع قذائف وخمسة صواريخ', [['اربع', 4, false, false, 'words'], ['خمسه', 5, false, false, 'words']]],
    ['دمرت ست سيارات وسبعة منازل', [['ست', 6, false, false, 'words'], ['سبعه', 7, false, false, 'words']]],
    ['قتل ثماني نساء وثمانية رجال', [['ثماني', 8, false, false, 'words'], ['ثمانيه', 8, false, false, 'words']]],
    ['أطلقت ثمانٍ من القذائف', [['ثمان', 8, false, false, 'words']]],
    ['نفذت تسع غارات وعشر طلعات', [['تسع', 9, false, false, 'words'], ['عشر', 10, false, false, 'words']]],
    ['أسر عشرة مقاتلين', [['عشره', 10, false, false, 'words']]],
    ['قتل أحد عشر جندياً', [['احد عشر', 11, false, false, 'words']]],
    ['جرحت إحدى عشرة سيدة', [['احدي عشره', 11, false, false, 'words']]],
    ['قتل اثنا عشر مدنياً', [['اثنا عشر', 12, false, false, 'words']]],
    ['وثّق مقتل اثني عشر مدنياً', [['اثني عشر', 12, false, false, 'words']]],
    ['أصيبت اثنتا عشرة طالبة', [['اثنتا عشره', 12, false, false, 'words']]],
    ['قتل خمسة عشر شخصاً', [['خمسه عشر', 15, false, false, 'words']]],
    ['قتلت تسع عشرة امرأة', [['تسع عشره', 19, false, false, 'words']]],
    ['قضى عشرون شخصاً', [['عشرون', 20, false, false, 'words']]],
    ['وثّق مقتل أربعين مدنياً', [['اربعين', 40, false, false, 'words']]],
    ['قتل ثلاثة وعشرون شخصاً', [['ثلاثه وعشرون', 23, false, false, 'words']]],
    ['قتل ثلاثة و عشرين شخصاً', [['ثلاثه و عشرين', 23, false, false, 'words']]],
    ['بقي خمس وتسعون أسرة', [['خمس وتسعون', 95, false, false, 'words']]],
    ['أحصى مئة قتيل', [['ميه', 100, false, false, 'words']]],
    ['أحصى مائة قتيل', [['مايه', 100, false, false, 'words']]],
    ['نزح مئتا شخص', [['ميتا', 200, false, false, 'words']]],
    ['نزح مئتي شخص', [['ميتي', 200, false, false, 'words']]],
    ['نزح مائتان', [['مايتان', 200, false, false, 'words']]],
    ['أسر ثلاثمئة عنصر', [['ثلاثميه', 300, false, false, 'words']]],
    ['أسر ثلاثمائة عنصر', [['ثلاثمايه', 300, false, false, 'words']]],
    ['أسر ثلاث مئة عنصر', [['ثلاث ميه', 300, false, false, 'words']]],
    ['أسر تسعمئة عنصر', [['تسعميه', 900, false, false, 'words']]],
    ['قتل مئة وخمسة وعشرون', [['ميه وخمسه وعشرون', 125, false, false, 'words']]],
    ['قتل مئة واثنا عشر', [['ميه واثنا عشر', 112, false, false, 'words']]],
    ['وصل ألف لاجئ', [['الف', 1000, false, false, 'words']]],
    ['وصل ألفا لاجئ', [['الفا', 1000, false, false, 'words']]],
    ['وصل ألفان', [['الفان', 2000, false, false, 'words']]],
    ['وصل ألفين من اللاجئين', [['الفين', 2000, false, false, 'words']]],
    ['فر ألف وخمسمئة شخص', [['الف وخمسميه', 1500, false, false, 'words']]],
    ['فر خمسة آلاف شخص', [['خمسه الاف', 5000, false, false, 'words']]],
    ['فر عشرون ألفاً', [['عشرون الفا', 20000, false, false, 'words']]],
    ['فر مئة وخمسون ألفاً', [['ميه وخمسون الفا', 150000, false, false, 'words']]],
    ['يبلغ عددهم مليونين', [['مليونين', 2000000, false, false, 'words']]],
    // proclitics stay outside the span
    ['قتل رجل وثلاثة أطفال', [['ثلاثه', 3, false, false, 'words']]],
    ['أصيب بخمسة جروح', [['خمسه', 5, false, false, 'words']]],
    ['قصفت القرى الثلاث', [['ثلاث', 3, false, false, 'words']]],
    ['قتل الأربعة في الغارة', [['اربعه', 4, false, false, 'words']]],
    ['وأحد الموظفين قتل', [['واحد', 1, false, false, 'words']]],
    ['قتل أحد الموظفين', [['احد', 1, false, false, 'words']]],
    // qualifiers before
    ['قتل نحو 25 عنصراً', [['نحو 25', 25, true, false, 'digits']]],
    ['قتل بنحو 25 عنصراً', [['نحو 25', 25, true, false, 'digits']]],
    ['قتل حوالى ثلاثين', [['حوالي ثلاثين', 30, true, false, 'words']]],
    ['فر أكثر من 400 سجين', [['اكثر من 400', 400, true, false, 'digits']]],
    ['قتل ما لا يقل عن 16 شخصاً', [['ما لا يقل عن 16', 16, true, false, 'digits']]],
    ['نزح ما يزيد عن ألفي شخص', [['ما يزيد عن الفي', 2000, true, false, 'words']]],
    ['نزح ما يزيد على ٣٠٠', [['ما يزيد علي 300', 300, true, false, 'digits']]],
    ['قتل قرابة خمسين', [['قرابه خمسين', 50, true, false, 'words']]],
    ['قتل زهاء مئتي مسلح', [['زهاء ميتي', 200, true, false, 'words']]],
    ['يضم ما يقارب 70 عائلة', [['ما يقارب 70', 70, true, false, 'digits']]],
    ['نزح ما يناهز 3 آلاف', [['ما يناهز 3 الاف', 3000, true, false, 'digits']]],
    // qualifiers after: in the span right after the number, approx only after the noun
    ['قتل 12 على الأقل', [['12 علي الاقل', 12, true, false, 'digits']]],
    ['قتل 12 مدنيا على الأقل في الغارة', [['12', 12, true, false, 'digits']]],
    ['قتل 25 قتيلا من الجنود على الأقل', [['25', 25, true, false, 'digits']]],
    ['أصيب 30 تقريبا', [['30 تقريبا', 30, true, false, 'digits']]],
    ['قتل 5 وأصيب 7 على الأقل', [['5', 5, false, false, 'digits'], ['7 علي الاقل', 7, true, false, 'digits']]],
    // vague quantities
    ['سقط عشرات القتلى', [['عشرات', 12, true, false, 'vague']]],
    ['أصيب العشرات', [['عشرات', 12, true, false, 'vague']]],
    ['أصيب بالعشرات', [['عشرات', 12, true, false, 'vague']]],
    ['اعتقل مئات الشبان', [['ميات', 100, true, false, 'vague']]],
    ['جرح المئات', [['ميات', 100, true, false, 'vague']]],
    ['نزح آلاف المدنيين', [['الاف', 1000, true, false, 'vague']]],
    ['نزح الآلاف', [['الاف', 1000, true, false, 'vague']]],
    ['نزح عشرات الآلاف', [['عشرات الالاف', 12000, true, false, 'vague']]],
    ['نزح مئات الآلاف', [['ميات الالاف', 100000, true, false, 'vague']]],
    ['أكثر من مئة شخص', [['اكثر من ميه', 100, true, false, 'words']]],
    // unknown quantities
    ['قتل عدد من المدنيين', [['عدد من', null, false, true, 'vague']]],
    ['أصيب عدداً من المارة', [['عددا من', null, false, true, 'vague']]],
    ['وقوع عدد غير محدد من القتلى', [['عدد غير محدد من', null, false, true, 'vague']]],
    ['وقوع عدد غير محدد', [['عدد غير محدد', null, false, true, 'vague']]],
    ['سقوط عدد كبير من الجرحى', [['عدد كبير من', null, false, true, 'vague']]],
    ['وجرح عدد آخر', [['عدد اخر', null, false, true, 'vague']]],
    ['أصيب العديد من الأطفال', [['العديد من', null, false, true, 'vague']]],
    ['وأصيب بعدد من الشظايا', [['عدد من', null, false, true, 'vague']]],
    ['قتل بضعة أشخاص', [['بضعه', null, false, true, 'vague']]],
    ['قصفت عدة قرى', [['عده', null, false, true, 'vague']]],
    ['زار القرى مرات عدة في الشهر', []],
    // not numbers
    ['استهدف الطيران مواقع المسلحين', []],
    ['عدد القتلى مرشح للارتفاع', []],
    ['في اليوم الثالث من الهجوم', []],
    ['للمرة الثانية هذا الشهر', []],
    ['في الذكرى الحادية والعشرين', []],
    ['يوم الحادي والعشرين من الشهر', []],
    ['جرى ذلك يوم الاثنين', []],
    ['يوم الخميس ويوم الأربعاء', []],
    ['لست أدري', []],
    ['رجل خمسيني', []],
    ['سيطر على 70 في المئة من المدينة', [['70', 70, false, false, 'digits']]],
    ['أصيب الطفل بشظية في رأسه', []],
  ];
  it.each(cases)('%s', (raw, expected) => {
    expect(run(raw)).toEqual(expected);
  });

  it('returns offsets into the normalised text, in order, without overlap', () => {
    const n = normalize('قتل ٣ وأصيب نحو عشرين، وفقد عدد من السكان').text;
    const found = findNumbers(n);
    expect(found.map((x) => [x.start, x.end])).toEqual([[4, 5], [12, 21], [28, 34]]);
    for (let i = 1; i < found.length; i++) expect(found[i]!.start).toBeGreaterThanOrEqual(found[i - 1]!.end);
  });
});

describe('parseNumberWords', () => {
  const cases: [string, number | null][] = [
    ['ثلاثه وعشرين', 23],
    ['ثلاثة وعشرون', 23],
    ['مئتي', 200],
    ['مائتين', 200],
    ['الف وخمسمئه', 1500],
    ['ألف وخمسمائة', 1500],
    ['خمسة آلاف', 5000],
    ['ثلاثة آلاف وخمسمئة', 3500],
    ['احدى عشرة', 11],
    ['اثنا عشر', 12],
    ['سبعة عشر', 17],
    ['تسعون', 90],
    ['مئة وعشرة', 110],
    ['واحد وثلاثون', 31],
    ['عشرة آلاف', 10000],
    ['مليون', 1000000],
    ['ثلاثة ملايين', 3000000],
    ['42', 42],
    ['ثالث', null],
    ['عشرات', null],
    ['ثلاثه رجال', null],
    ['', null],
  ];
  it.each(cases)('%s → %s', (words, value) => {
    expect(parseNumberWords(words)).toBe(value);
  });
});
