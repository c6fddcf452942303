import { describe, expect, it } from 'vitest';
import { csvField, csvRecord } from './csv.js';

describe('csvField (RFC 4180)', () => {
  const cases: [string | number | null, string][] = [
    ['plain', 'plain'],
    ['a, b', '"a, b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    ['cr\r\nlf', '"cr\r\nlf"'],
    ['قصف حي الجورة', 'قصف حي الجورة'],
    ['قصف، ثم "داعش"', '"قصف، ثم ""داعش"""'],
    [12.5, '12.5'],
    [0, '0'],
    [null, ''],
  ];
  it.each(cases)('%j → %j', (value, want) => expect(csvField(value)).toBe(want));

  it('records end in CRLF', () => expect(csvRecord(['a', 'b,c', null])).toBe('a,"b,c",\r\n'));
});
