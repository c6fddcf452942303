import { describe, expect, it } from 'vitest';
import { normalize, normalizeKey, toOriginal } from './normalize.js';

describe('normalize: folded text', () => {
  const cases: [string, string, string][] = [
    ['hamza forms of alef', 'أحمد إبراهيم آمنة ٱلله', 'احمد ابراهيم امنه الله'],
    ['alef maqsura and ta marbuta', 'مستشفى المدينة', 'مستشفي المدينه'],
    ['hamza on waw and yeh', 'مؤسسة لاجئين مئة', 'موسسه لاجيين ميه'],
    ['tashkeel removed', 'قُتِلَ مَدَنِيٌّ', 'قتل مدني'],
    ['tatweel removed', 'الـــرقة والـ24', 'الرقه وال24'],
    ['superscript alef removed', 'هٰذا', 'هذا'],
    ['Arabic-Indic digits', '١٢٣٤٥٦٧٨٩٠', '1234567890'],
    ['Extended (Persian) digits', '۱۲۳', '123'],
    ['Arabic thousands and decimal separators', '١٬٢٠٠ و٣٫٥', '1,200 و3.5'],
    ['Persian yeh and keheh', 'کردی', 'كردي'],
    ['quotes unified', '«النصرة» “داعش” ‘x’', '"النصره" "داعش" \'x\''],
    ['dashes unified', 'دير الزور – الرقة—حلب', 'دير الزور - الرقه-حلب'],
    ['Latin upper case lowered', 'CNN Reuters', 'cnn reuters'],
    ['presentation forms decomposed', 'ﻻ ﷲ', 'لا الله'],
    ['invisible marks removed', 'حل\u200Fب\u200B', 'حلب'],
    ['runs of spaces collapse', 'قتل  \t\u00A0 شخص', 'قتل شخص'],
    ['line breaks kept, one per run', 'سطر\n\n\nسطر', 'سطر\nسطر'],
    ['space before a line break', 'سطر \n سطر', 'سطر\nسطر'],
    ['CRLF', 'سطر\r\nسطر', 'سطر\nسطر'],
    ['hamza alone kept', 'ماء جزء', 'ماء جزء'],
    ['empty', '', ''],
  ];
  it.each(cases)('%s', (_name, input, expected) => {
    expect(normalize(input).text).toBe(expected);
  });

  it('is idempotent', () => {
    const once = normalize('قُتِلَ ١٢ مدنيًّا في «إدلب» يوم الإثنين').text;
    expect(normalize(once).text).toBe(once);
  });
});

describe('normalize: offset map', () => {
  const cases: [string, number[]][] = [
    ['مُحَمَّدٌ', [0, 2, 4, 7, 9]],
    ['الـرقة', [0, 1, 3, 4, 5, 6]],
    ['a  b', [0, 1, 3, 4]],
    ['ﻻ', [0, 0, 1]],
  ];
  it.each(cases)('%s', (input, map) => {
    const n = normalize(input);
    expect(Array.from(n.map)).toEqual(map);
    expect(n.map.length).toBe(n.text.length + 1);
    expect(n.map[n.text.length]).toBe(input.length);
  });

  it('maps every kept character back to a character it came from', () => {
    const input = 'قُتِلَ ١٢ مدنيًّا، بينهم «طفلة» — في الرَّقَّة';
    const n = normalize(input);
    for (let i = 0; i < n.text.length; i++) {
      const o = input[n.map[i]!]!;
      if (n.text[i] === ' ') expect(/\s/.test(o)).toBe(true);
      else expect(normalize(o).text).toContain(n.text[i]);
    }
  });
});

describe('toOriginal', () => {
  const input = 'قُتِلَ ﻻجئ في الرَّقَّة';
  const n = normalize(input);
  const cases: [string, string][] = [
    ['لاجي', 'ﻻجئ'],
    ['قتل', 'قُتِلَ'],
    ['الرقه', 'الرَّقَّة'],
  ];
  it.each(cases)('%s', (needle, original) => {
    const s = n.text.indexOf(needle);
    const [a, b] = toOriginal(n, s, s + needle.length);
    // the original span may end before trailing tashkeel of its last letter
    expect(original.startsWith(input.slice(a, b))).toBe(true);
    expect(normalize(input.slice(a, b)).text).toBe(needle);
  });

  it('maps an empty span to an empty span', () => {
    expect(toOriginal(n, 2, 2)).toEqual([n.map[2], n.map[2]]);
    expect(toOriginal(n, n.text.length, n.text.length)).toEqual([input.length, input.length]);
  });
});

describe('normalizeKey', () => {
  const cases: [string, string][] = [
    ['  ريف حلب  ', 'ريف حلب'],
    ['"ريف-حلب" (الشمالي)، ', 'ريف حلب الشمالي'],
    ['جيش الإسلام.', 'جيش الاسلام'],
    ['هيئة تحرير الشام', 'هييه تحرير الشام'],
  ];
  it.each(cases)('%s', (input, expected) => {
    expect(normalizeKey(input)).toBe(expected);
  });
});
