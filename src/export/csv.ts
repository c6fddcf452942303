// RFC 4180 CSV: a field is quoted when it holds a quote, a comma or a line break, and quotes
// inside are doubled; records end in CRLF. Text (Arabic included) is written as is: the
// caller encodes the stream as UTF-8.

const NEEDS_QUOTES = /[",\r\n]/;

export type CsvValue = string | number | null | undefined;

export function csvField(v: CsvValue): string {
  if (v === null || v === undefined) return '';
  const s = typeof v === 'number' ? String(v) : v;
  return NEEDS_QUOTES.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function csvRecord(values: readonly CsvValue[]): string {
  return values.map(csvField).join(',') + '\r\n';
}
