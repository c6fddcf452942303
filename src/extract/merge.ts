// An event mentioned twice in one report is one event (codebook §1): same type and
// sub-type, same place, same day. Details are merged; a later "آخرين" toll adds up.
import type { Draft } from './events.js';
import { mergeCasualtyReadings } from './casualty-merge.js';
import { distanceKm, nameKey } from '../gazetteer/index.js';

const key = (d: Draft): string => `${d.type}|${d.subtype}|${d.place.place.id}|${d.date?.date ?? ''}`;

const COARSE = new Set(['region', 'governorate', 'district', 'subdistrict', 'country']);
const coarse = (d: Draft): boolean => d.place.precision === 3 || COARSE.has(d.place.place.kind);

const TERRITORY = new Set(['government_regains_territory', 'non_state_actor_overtakes_territory']);
// a clash over a region is not the capture of a town in it (nor the other way round)
const sameKind = (a: Draft, b: Draft): boolean => a.subtype === b.subtype || (!TERRITORY.has(a.subtype) && !TERRITORY.has(b.subtype));

/**
 * A region named for an event of a kind that the report also places in a village of that
 * region is context for it, not another event: its evidence and toll join the specific one.
 */
export function foldRegions(drafts: readonly Draft[], published: string): Draft[] {
  const day = (d: Draft): string => d.date?.date ?? published; // an undated act is of the day of publication
  const out: Draft[] = [];
  for (const d of drafts) {
    if (!coarse(d)) { out.push(d); continue; }
    // (of the same day: "غداه مقتل 9 مدنيين في غاره على ريف ادلب" is the day before's strike)
    const host = drafts.find((x) => x !== d && !coarse(x) && x.type === d.type && sameKind(x, d) && x.place.place.admin1 === d.place.place.admin1
      && day(x) === day(d)
      // "ريف درعا الشرقي" is around the city of درعا, not in it
      && !(/^ريف\s/.test(nameKey(d.place.place.name_ar)) && nameKey(d.place.place.name_ar).includes(nameKey(x.place.place.name_ar)))
      && (!x.roles.actor1 || !d.roles.actor1 || x.roles.actor1.side === d.roles.actor1.side));
    if (!host) { out.push(d); continue; }
    for (const e of d.evidence) host.evidence.push(e);
    // "اجلاء المقاتلين من القنيطره، بموجب اتفاق ابرمته روسيا مع الفصائل بالمحافظه": who acted is told with the region
    if (!host.roles.actor1 && d.roles.actor1 && d.roles.explicit) host.roles = { ...d.roles };
    // the region's toll is the village's ("16 قتلوا في غاره على قريه بمحافظه ادلب ... و4 اخرين")
    host.casualties = mergeCasualtyReadings(host.casualties, d.casualties, host.additive || d.additive);
  }
  return out;
}

export function mergeDrafts(drafts: readonly Draft[]): Draft[] {
  const out: Draft[] = [];
  const byKey = new Map<string, Draft>();
  const spans = new Map<Draft, Set<string>>(); // evidence already held, for a linear merge
  for (const d of drafts) {
    const k = key(d);
    const prev = byKey.get(k);
    const compatible = prev && (!prev.roles.actor1 || !d.roles.actor1 || prev.roles.actor1.side === d.roles.actor1.side
      // a fight told from either side is one fight
      || (d.type === 'battle' && prev.roles.actor1.side === d.roles.actor2?.side && prev.roles.actor2?.side === d.roles.actor1.side));
    if (!prev || !compatible) {
      const copy = { ...d, weapons: new Set(d.weapons), evidence: [...d.evidence], roles: { ...d.roles } };
      byKey.set(k, copy);
      spans.set(copy, new Set(copy.evidence.map((e) => `${e[0]}:${e[1]}`)));
      out.push(copy);
      continue;
    }
    for (const w of d.weapons) prev.weapons.add(w);
    const seen = spans.get(prev)!;
    for (const e of d.evidence) if (!seen.has(`${e[0]}:${e[1]}`)) { seen.add(`${e[0]}:${e[1]}`); prev.evidence.push(e); }
    if (!prev.roles.actor1 && d.roles.actor1) prev.roles = { ...d.roles };
    if (!prev.roles.actor2 && d.roles.actor2) prev.roles.actor2 = d.roles.actor2;
    prev.casualties = mergeCasualtyReadings(prev.casualties, d.casualties, d.additive);
    prev.confidence = Math.min(0.95, Math.max(prev.confidence, d.confidence) + 0.05);
    if (d.place.precision < prev.place.precision) prev.place = d.place;
  }
  return out;
}


/**
 * The same toll told of one strike twice, at a region and at a village of it or at two names of
 * one place ("26 مدنيا في قصف على ريف درعا الجنوبي الغربي … قصفت الطائرات حوض اليرموك"): the
 * more precise place keeps it, the other event keeps no toll, so that no one counts it twice.
 */
export function dedupeTolls(drafts: readonly Draft[]): Draft[] {
  const total = (d: Draft): number | null => d.casualties?.killed?.total ?? d.casualties?.injured?.total ?? null;
  for (let i = 0; i < drafts.length; i++) {
    const a = drafts[i]!;
    const ta = total(a);
    if (ta === null || ta === 0) continue;
    for (let j = i + 1; j < drafts.length; j++) {
      const b = drafts[j]!;
      if (b.type !== a.type || total(b) !== ta || (a.date?.date ?? '') !== (b.date?.date ?? '')) continue;
      if (distanceKm(a.place.place, b.place.place) > 25) continue;
      const [keep, drop] = b.place.precision < a.place.precision ? [b, a] : [a, b];
      if (keep.casualties && drop.casualties) drop.casualties = null;
    }
  }
  return [...drafts];
}
