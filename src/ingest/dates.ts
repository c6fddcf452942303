// Publication dates as written by the page or feed, to YYYY-MM-DD. The calendar day is taken as
// written (a time zone never moves it to the day before or after).
const MONTHS: Record<string, string> = {
  jan: '01', feb: '02', mar: '03', apr: '04', may: '05', jun: '06',
  jul: '07', aug: '08', sep: '09', oct: '10', nov: '11', dec: '12',
};

const valid = (y: string, m: string, d: string): string | null => {
  const day = new Date(Date.UTC(Number(y), Number(m) - 1, Number(d)));
  return day.getUTCMonth() === Number(m) - 1 && day.getUTCDate() === Number(d) ? `${y}-${m}-${d}` : null;
};

/** ISO 8601 ("2017-01-17T10:00:00+03:00") or RFC 822 ("Tue, 17 Jan 2017 10:00:00 +0300") → date. */
export function toIsoDate(s: string | null | undefined): string | null {
  if (!s) return null;
  const t = s.trim();
  const iso = /^(\d{4})-(\d{2})-(\d{2})(?:$|[T ])/.exec(t);
  if (iso) return valid(iso[1]!, iso[2]!, iso[3]!);
  const rfc = /^(?:[a-z]{3},?\s+)?(\d{1,2})\s+([a-z]{3})[a-z]*\.?\s+(\d{4})/i.exec(t);
  if (rfc) {
    const m = MONTHS[rfc[2]!.toLowerCase()];
    return m ? valid(rfc[3]!, m, rfc[1]!.padStart(2, '0')) : null;
  }
  return null;
}
