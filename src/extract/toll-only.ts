// "وأسفر القصف عن عشرات القتلى والجرحى. ووثق المرصد مقتل 18 مدنيا، بينهم 5 أطفال": a sentence
// that only gives figures, with no act and no place of its own, right after an act whose toll
// was vague or missing, gives that act's toll.
import type { Draft } from './events.js';
import type { CasualtyCount, CasualtyReading } from './casualties.js';

const VIOLENT = new Set(['battle', 'explosion_remote_violence', 'violence_against_civilians']);
/** the act refined must end no further back than this many characters */
const REACH = 300;

const exact = (c: CasualtyCount | null): boolean =>
  !!c && !c.approx && [c.total, c.civilians, c.women, c.children, ...c.by_actor.values()].some((v) => v !== null && v > 0);
const vague = (r: CasualtyReading | null): boolean => !r || (!exact(r.killed) && !exact(r.injured));

/** Whether the toll was given to the act just told (evidence added), or is not that act's. */
export function refineToll(drafts: readonly Draft[], toll: CasualtyReading | null, span: [number, number]): boolean {
  if (!toll || !(exact(toll.killed) || exact(toll.injured))) return false;
  const last = drafts[drafts.length - 1];
  if (!last || !VIOLENT.has(last.type) || !vague(last.casualties)) return false;
  if (Math.max(...last.evidence.map((e) => e[1])) < span[0] - REACH) return false;
  last.casualties = toll;
  last.evidence.push(span);
  return true;
}
