// Deciding the codebook sub-type of an event from its trigger, weapons and actors (codebook §2).
import type { Weapon } from '../codebook/schema.js';
import type { ActorDef } from '../lexicon/index.js';

const AIR: ReadonlySet<Weapon> = new Set(['aircraft', 'helicopter', 'drone', 'barrel_bomb']);
const GROUND: ReadonlySet<Weapon> = new Set(['artillery', 'mortar', 'rocket', 'missile', 'tank', 'homemade_cannon']);
const AIR_FORCES = new Set(['russia', 'coalition', 'israel', 'saudi_coalition']);
const GOVERNMENT_SIDES = new Set(['pro_government', 'russia', 'iran', 'syria_new_gov']);

export function isGovernment(a: ActorDef | null): boolean {
  return !!a && (a.inter === 1 || GOVERNMENT_SIDES.has(a.side));
}

/** "remote" triggers (قصف، استهدف) become air strikes or shelling. */
export function remoteSubtype(weapons: ReadonlySet<Weapon>, actor1: ActorDef | null): string {
  if ([...weapons].some((w) => AIR.has(w))) return 'air_drone_strike';
  if ([...weapons].some((w) => GROUND.has(w))) return 'shelling_artillery_missile_attack';
  if (actor1 && AIR_FORCES.has(actor1.side)) return 'air_drone_strike';
  return 'shelling_artillery_missile_attack';
}

/** "territory" triggers (سيطر، استعاد): who took the place decides the sub-type. */
export function territorySubtype(actor1: ActorDef | null): string {
  return isGovernment(actor1) ? 'government_regains_territory' : 'non_state_actor_overtakes_territory';
}

/** Weapons implied by the sub-type, added when the text names none. */
export function impliedWeapons(subtype: string): Weapon[] {
  if (subtype === 'air_drone_strike') return ['aircraft'];
  if (subtype === 'suicide_bomb') return ['suicide_vest'];
  if (subtype === 'chemical_weapon') return ['chemical'];
  return [];
}
