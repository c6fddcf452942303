// An event mentioned twice in one report is one event (codebook §1): same type and
// sub-type, same place, same day. Details are merged; a later "آخرين" toll adds up.
import type { Draft } from './events.js';
import { mergeCasualtyReadings } from './casualty-merge.js';

const key = (d: Draft): string => `${d.type}|${d.subtype}|${d.place.place.id}|${d.date?.date ?? ''}`;

export function mergeDrafts(drafts: readonly Draft[]): Draft[] {
  const out: Draft[] = [];
  const byKey = new Map<string, Draft>();
  for (const d of drafts) {
    const k = key(d);
    const prev = byKey.get(k);
    const compatible = prev && (!prev.roles.actor1 || !d.roles.actor1 || prev.roles.actor1.side === d.roles.actor1.side);
    if (!prev || !compatible) {
      const copy = { ...d, weapons: new Set(d.weapons), evidence: [...d.evidence], roles: { ...d.roles } };
      byKey.set(k, copy);
      out.push(copy);
      continue;
    }
    for (const w of d.weapons) prev.weapons.add(w);
    for (const e of d.evidence) if (!prev.evidence.some((x) => x[0] === e[0] && x[1] === e[1])) prev.evidence.push(e);
    if (!prev.roles.actor1 && d.roles.actor1) prev.roles = { ...d.roles };
    if (!prev.roles.actor2 && d.roles.actor2) prev.roles.actor2 = d.roles.actor2;
    prev.casualties = mergeCasualtyReadings(prev.casualties, d.casualties, d.additive);
    prev.confidence = Math.min(0.95, Math.max(prev.confidence, d.confidence) + 0.05);
    if (d.place.precision < prev.place.precision) prev.place = d.place;
  }
  return out;
}

