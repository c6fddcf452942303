// Tallies: cumulative tolls ("ارتفعت حصيله القتلى منذ ... الي 122") are kept apart from
// events and never added to an event's fatalities (codebook §6).
import type { Tally } from '../codebook/schema.js';
import type { DateMention } from './dates.js';
import { addDays } from './dates.js';
import type { CasualtyCount, CasualtyReading } from './casualties.js';
import type { ResolvedPlace } from './places.js';

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
