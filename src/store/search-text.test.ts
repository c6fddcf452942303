import { describe, expect, it } from 'vitest';
import { searchBody, searchTerms } from './search-text.js';

describe('searchBody: what the index sees', () => {
  const cases: [string, string, string[]][] = [
    ['tashkeel and tatweel removed', 'قُتِلَ مَدَنِـيٌّ', ['قتل', 'مدني']],
    ['hamza, alef maqsura, ta marbuta folded', 'إدلب مستشفى المدينة', ['ادلب', 'مستشفي', 'المدينه', 'مدينه']],
    ['article and conjunction stripped', 'والقصف', ['والقصف', 'القصف', 'قصف']],
    ['preposition + article', 'بالقصف', ['بالقصف', 'القصف', 'قصف']],
    ['لل = ل + ال', 'للنظام', ['للنظام', 'نظام']],
    ['a bare preposition needs a 3-letter stem', 'بريف بحر', ['بريف', 'ريف', 'بحر']],
    ['Eastern digits', '٣ قتلى', ['3', 'قتلي']],
  ];
  it.each(cases)('%s', (_what, text, words) => {
    const indexed = new Set(searchBody(text).split(/\s+/u));
    for (const w of words) expect(indexed).toContain(w);
    if (text === 'بريف بحر') expect(indexed).not.toContain('حر');
  });
});

describe('searchTerms: a query, normalised the same way', () => {
  const cases: [string, string[][]][] = [
    ['قصف', [['قصف']]],
    ['بالقصف', [['بالقصف', 'قصف']]],
    ['اشْتِبَاكَات إدلب', [['اشتباكات'], ['ادلب']]],
    ['٣ مدنيين', [['3'], ['مدنيين']]],
  ];
  it.each(cases)('%s', (query, terms) => expect(searchTerms(query)).toEqual(terms));

  it('refuses a query without words, saying what it found', () => {
    expect(() => searchTerms(' ،. ')).toThrow(/expected a text query with at least one word, found " ،. "/);
  });
});
