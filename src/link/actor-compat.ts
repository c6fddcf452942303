// Whether two reports' actors can describe the same incident. Reports disagree most often on
// who fired (a Russian or a Syrian air strike; the coalition or Russia), and an incident with
// a disputed perpetrator is exactly what must be linked and then flagged as contested. So
// the rule is wider than "same actor1 side":
//  - either actor1 is unknown (null or an unidentified group), or both are on one side;
//  - a battle reported with its two sides named in the other order ("clashes between A and
//    B" — the codebook makes the first-named side actor1);
//  - actor1 on sides that fight together (one CAMP below) and compatible targets: two outlets
//    attributing the same strike to allies.
// Two actors on opposite sides (the army shelling an IS-held village, IS shelling the army
// in it, same day) stay two events.
import type { Event } from '../codebook/schema.js';
import type { SideOf } from './types.js';

/** Sides that fight together, so that outlets confuse or dispute them as perpetrators. */
const CAMPS: readonly (readonly string[])[] = [
  ['pro_government', 'russia', 'iran'],
  ['coalition', 'sdf'],
  ['turkey', 'opposition'],
  ['saudi_coalition', 'yemen_gov'],
  ['iraq', 'kurdistan_iraq', 'coalition'],
];

const UNKNOWN_SIDE = 'unknown';

/** The side of an actor: null for none or unidentified; an unknown name is a side of its own. */
export function sideOrNull(actor: string | null, sideOf: SideOf): string | null {
  if (actor === null) return null;
  const side = sideOf(actor) ?? `actor:${actor}`;
  return side === UNKNOWN_SIDE ? null : side;
}

function sameOrUnknown(a: string | null, b: string | null): boolean {
  return a === null || b === null || a === b;
}

function allies(a: string, b: string): boolean {
  return CAMPS.some((camp) => camp.includes(a) && camp.includes(b));
}

export interface Sides {
  readonly a1: string | null;
  readonly a2: string | null;
}

export function sidesOf(e: Event, sideOf: SideOf): Sides {
  return { a1: sideOrNull(e.actor1, sideOf), a2: sideOrNull(e.actor2, sideOf) };
}

export function actorsCompatible(type: string, a: Sides, b: Sides): boolean {
  if (sameOrUnknown(a.a1, b.a1)) return true;
  if (type === 'battle' && sameOrUnknown(a.a1, b.a2) && sameOrUnknown(a.a2, b.a1)) return true;
  return allies(a.a1!, b.a1!) && sameOrUnknown(a.a2, b.a2);
}
