import { describe, expect, it } from 'vitest';
import { analyses, bare, tokenize } from './tokens.js';

describe('tokenize', () => {
  const cases: [string, string[]][] = [
    ['قتل 3 مدنيين', ['قتل', '3', 'مدنيين']],
    ['قتل، وأصيب. "حلب"', ['قتل', 'وأصيب', 'حلب']],
    ['نزح 1,200 شخص و2.5 مليون', ['نزح', '1,200', 'شخص', 'و2.5', 'مليون']],
    ['في 15/1/2017', ['في', '15/1/2017']],
    ['في 2017-01-15', ['في', '2017', '01', '15']],
    ['خلال ال24 ساعه', ['خلال', 'ال24', 'ساعه']],
    ['منذ2014', ['منذ2014']],
    ['الشمال-الغربي', ['الشمال', 'الغربي']],
    ['#الجيش_الوطني', ['الجيش', 'الوطني']],
    ['', []],
  ];
  it.each(cases)('%s', (text, words) => {
    expect(tokenize(text).map((t) => t.text)).toEqual(words);
  });

  it('gives offsets into the text, shifted by the offset argument', () => {
    const text = 'قصف  على ريف حلب';
    for (const t of tokenize(text)) expect(text.slice(t.start, t.end)).toBe(t.text);
    expect(tokenize('ريف حلب', 10).map((t) => [t.start, t.end])).toEqual([[10, 13], [14, 17]]);
  });
});

describe('analyses', () => {
  const cases: [string, [string, string, boolean][]][] = [
    ['حلب', [['', 'حلب', false]]],
    ['الرقه', [['', 'الرقه', false], ['', 'رقه', true]]],
    ['والرقه', [['', 'والرقه', false], ['و', 'الرقه', false], ['و', 'رقه', true]]],
    ['بريف', [['', 'بريف', false], ['ب', 'ريف', false]]],
    ['بالرقه', [['', 'بالرقه', false], ['ب', 'الرقه', false], ['ب', 'رقه', true]]],
    ['لقوات', [['', 'لقوات', false], ['ل', 'قوات', false]]],
    ['للنظام', [['', 'للنظام', false], ['ل', 'نظام', true], ['ل', 'لنظام', false]]],
    ['وللنظام', [['', 'وللنظام', false], ['و', 'للنظام', false], ['و+ل', 'نظام', true], ['و+ل', 'لنظام', false]]],
    ['فبريف', [['', 'فبريف', false], ['ف', 'بريف', false], ['ف+ب', 'ريف', false]]],
    ['كالعاده', [['', 'كالعاده', false], ['ك', 'العاده', false], ['ك', 'عاده', true]]],
    // a word that only looks prefixed keeps its unsegmented reading first
    ['وادي', [['', 'وادي', false], ['و', 'ادي', false]]],
    // the article is not split off when the stem would be a single letter or too short
    ['الف', [['', 'الف', false]]],
    ['بل', [['', 'بل', false]]],
    ['و', []],
  ];
  it.each(cases)('%s', (word, expected) => {
    expect(analyses(word).map((a) => [a.prefix, a.stem, a.definite])).toEqual(expected);
  });
});

describe('bare', () => {
  const cases: [string, string][] = [
    ['الرقه', 'رقه'],
    ['والرقه', 'رقه'],
    ['للنظام', 'نظام'],
    ['بالقصف', 'قصف'],
    ['حلب', 'حلب'],
    // without the article the word is returned whole, proclitics included
    ['بريف', 'بريف'],
  ];
  it.each(cases)('%s → %s', (word, stem) => {
    expect(bare(word)).toBe(stem);
  });
});
