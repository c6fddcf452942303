// The side an act was aimed at, when the sentence does not name it: in a report about one conflict
// the most-named armed party of the other camp ("شنت الطائرات غارات على قرية X" in a report about
// the fight with the Houthis hit the Houthis). Camps group allies that are never each other's target.
import type { ActorDef } from '../lexicon/index.js';
import type { Draft } from './events.js';

const CAMP: Record<string, string> = {
  pro_government: 'syria_gov', russia: 'syria_gov', iran: 'syria_gov',
  opposition: 'opposition', turkey: 'opposition',
  sdf: 'sdf', coalition: 'sdf',
  yemen_gov: 'yemen_gov', saudi_coalition: 'yemen_gov',
  iraq: 'iraq', kurdistan_iraq: 'iraq',
};
const NOT_PARTIES = new Set(['civilians', 'unknown', 'protesters', 'rioters']);
const ARMED_TYPES = new Set(['battle', 'explosion_remote_violence']);
const camp = (a: ActorDef): string => CAMP[a.side] ?? a.side;

/** Fills actor2 of fights and strikes that lack one; `named` is every actor mention of the report. */
export function fillOpponents(drafts: readonly Draft[], named: readonly ActorDef[]): void {
  const count = new Map<string, { def: ActorDef; n: number }>();
  for (const d of named) {
    if (NOT_PARTIES.has(d.side)) continue;
    const c = count.get(d.name);
    if (c) c.n++;
    else count.set(d.name, { def: d, n: 1 });
  }
  const ranked = [...count.values()].filter((c) => c.n >= 2).sort((a, b) => b.n - a.n);
  for (const d of drafts) {
    const a1 = d.roles.actor1;
    // "اشتباكات … بمقتل 17 من قوات النظام والمسلحين الموالين لها": a second party of the same camp
    // is an ally of the first, not whom it fought
    const a2 = d.roles.actor2;
    if (d.type === 'battle' && a1 && a2 && !NOT_PARTIES.has(a1.side) && !NOT_PARTIES.has(a2.side) && camp(a1) === camp(a2)) {
      d.roles = { ...d.roles, actor2: null, assoc1: d.roles.assoc1.some((x) => x.name === a2.name) ? d.roles.assoc1 : [...d.roles.assoc1, a2] };
    }
    if (!ARMED_TYPES.has(d.type) || !a1 || d.roles.actor2 || NOT_PARTIES.has(a1.side)) continue;
    const other = ranked.find((c) => camp(c.def) !== camp(a1) && !d.roles.assoc1.some((x) => x.name === c.def.name));
    if (other) d.roles = { ...d.roles, actor2: other.def };
  }
}
