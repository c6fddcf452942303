// Tallies: cumulative tolls ("ارتفعت حصيله القتلى منذ ... الي 122") are kept apart from
// events and never added to an event's fatalities (codebook §6).
import type { Tally } from '../codebook/schema.js';
import type { DateMention } from './dates.js';
import { addDays } from './dates.js';
import type { CasualtyCount, CasualtyReading } from './casualties.js';
import type { ResolvedPlace } from './places.js';
import type { NumberMention } from '../text/numbers.js';

export type TallyDraft = Tally;

function one(what: Tally['what'], c: CasualtyCount, period: Tally['period'], area: Tally['area'], evidence: [number, number][]): Tally | null {
  if (c.total === null && c.civilians === null && c.by_actor.size === 0) return null;
  const t: Tally = { what, total: c.total, period, area, evidence };
  if (c.civilians !== null) t.civilians = c.civilians;
  if (c.women !== null) t.women = c.women;
  if (c.children !== null) t.children = c.children;
  if (c.by_actor.size) t.by_actor = Object.fromEntries(c.by_actor);
  if (c.approx) t.approx = true;
  return t;
}

export function tallyFrom(r: CasualtyReading, dates: readonly DateMention[], places: readonly ResolvedPlace[],
  published: string, evidence: [number, number][]): Tally[] {
  const d = dates.find((x) => x.kind === 'since' || x.date_end) ?? dates[0];
  const period = d ? { from: d.date, to: d.date_end ?? published } : { from: addDays(published, -1), to: published };
  const p = places[0];
  const area = p ? { name: p.place.name_en || p.place.name_ar, admin1: p.place.admin1 } : null;
  const out: Tally[] = [];
  if (r.killed) { const t = one('killed', r.killed, period, area, evidence); if (t) out.push(t); }
  if (r.injured) { const t = one('injured', r.injured, period, area, evidence); if (t) out.push(t); }
  if (r.abducted) { const t = one('abducted', r.abducted, period, area, evidence); if (t) out.push(t); }
  return out;
}

/**
 * "عدد قتلى النظام 142، في حين بلغ عدد قتلى داعش 111": the dead of each side of one fight, one
 * tally with a count per side and no total (the report gives none).
 */
export function sidesTally(parts: readonly { reading: CasualtyReading; side: string }[], dates: readonly DateMention[],
  places: readonly ResolvedPlace[], published: string, evidence: [number, number][]): Tally | null {
  const by: Record<string, number> = {};
  for (const { reading, side } of parts) {
    const n = reading.killed?.total;
    if (n === null || n === undefined || side in by) return null;
    by[side] = n;
  }
  const base = tallyFrom(parts[0]!.reading, dates, places, published, evidence).find((t) => t.what === 'killed');
  if (!base) return null;
  const t: Tally = { what: 'killed', total: null, by_actor: by, period: base.period, area: base.area, evidence };
  if (parts.some((x) => x.reading.killed?.approx)) t.approx = true;
  return t;
}

const STRIKE_NOUN = /^\s*(?:غاره|غارات|ضربه جويه|ضربات جويه)(?!\p{L})/u;
// "احصي المرصد 60 غاره"، "التي بلغت اكثر من 55 غاره": a count of strikes told as a count
const COUNTED = /(?:^|\s)[وف]?(?:احصي|احصت|وثق|وثقت|رصد|رصدت|بلغت|بلغ|تجاوزت|تجاوز|مجموع|اجمالي)(?:\s|$)/;

/**
 * Counts of air strikes (codebook §6, what = strikes): a number of strikes that the report
 * counts ("احصي"، "بلغت") or sums over a campaign (a cumulative sentence, 100 strikes or more).
 */
export function strikeTallies(text: string, numbers: readonly NumberMention[], cumulative: boolean, dates: readonly DateMention[],
  places: readonly ResolvedPlace[], published: string, span: [number, number], evidence: [number, number]): Tally[] {
  const out: Tally[] = [];
  for (const x of numbers) {
    if (x.value === null || x.value < 2 || x.start < span[0] || x.end > span[1] || !STRIKE_NOUN.test(text.slice(x.end, x.end + 16))) continue;
    const counted = COUNTED.test(text.slice(Math.max(span[0], x.start - 64), x.start).replace(/(?:اكثر من|نحو|حوالي|قرابه|ما يزيد علي)\s*$/, ''));
    if (!counted && !(cumulative && x.value >= 100)) continue;
    const d = dates.find((y) => y.kind === 'since' || y.date_end) ?? dates[0];
    const p = places[0];
    const t: Tally = {
      what: 'strikes', total: x.value,
      period: d ? { from: d.date, to: d.date_end ?? published } : { from: addDays(published, -1), to: published },
      area: p ? { name: p.place.name_en || p.place.name_ar, admin1: p.place.admin1 } : null, evidence: [evidence],
    };
    if (x.approx || /اكثر من|نحو|حوالي|قرابه|ما يزيد علي|علي الاقل/.test(text.slice(Math.max(span[0], x.start - 14), x.end + 30))) t.approx = true;
    out.push(t);
  }
  return out;
}
