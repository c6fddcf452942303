// ACLED-style notes: one English sentence written from the event's fields (who did what,
// where, with what, when, with what toll), and the Arabic evidence the event was read from.
import type { Event, Location, Weapon } from '../codebook/schema.js';
import { defaultActorLookup } from '../link/index.js';
import { casualtyPhrase } from './casualty-phrase.js';
import { actorProse, capitalize, datePhrase, listJoin } from './english.js';
import type { ExportOptions, ExportRow } from './types.js';

type Lookup = NonNullable<ExportOptions['lookupActor']>;

/** Names that are already a plural group noun; others take "fighters" ("Islamic State fighters"). */
const GROUP_NOUN =
  /(?:Forces|Militias|Units|Army|Coalition|Fighters|Room|Front|Mobilization|Brigades?|Asayish)$/;

/** An actor as a noun phrase: armed groups as "<name> fighters", civilians and crowds in lower case. */
export function actorNoun(name: string, lookup: Lookup): string {
  const prose = actorProse(name);
  const inter = lookup(name)?.inter;
  if (inter === 5 || inter === 6 || inter === 7) return prose.toLowerCase();
  if ((inter === 2 || inter === 3) && !GROUP_NOUN.test(prose)) return `${prose} fighters`;
  return prose;
}

/** The place as a noun phrase, by precision: the place, its vicinity, or a region. */
function placeNoun(l: Location): string {
  const where = l.admin1 && l.admin1 !== l.name ? `${l.name} (${l.admin1})` : l.name;
  if (l.geo_precision === 2) return `the vicinity of ${where}`;
  // region names from the gazetteer: "Eastern Aleppo countryside", "North of Aleppo"
  if (l.geo_precision === 3)
    return /^(?:North|South|East|West)\S* of /.test(l.name)
      ? `areas ${l.name.charAt(0).toLowerCase()}${l.name.slice(1)}`
      : `the ${l.name}`;
  return where;
}

const WEAPON_NOUNS: Partial<Record<Weapon, string>> = {
  artillery: 'artillery',
  mortar: 'mortars',
  rocket: 'rockets',
  missile: 'missiles',
  tank: 'tanks',
  heavy_weapons: 'heavy weapons',
  homemade_cannon: 'homemade cannons',
  machine_gun: 'machine guns',
  light_weapons: 'small arms',
  sniper: 'sniper fire',
  armoured_vehicle: 'armoured vehicles',
};

function withWeapons(weapons: readonly Weapon[]): string {
  const nouns = weapons.map((w) => WEAPON_NOUNS[w]).filter((n): n is string => n !== undefined);
  return nouns.length ? ` with ${listJoin(nouns)}` : '';
}

interface Parts {
  readonly a1: string | null;
  readonly a2: string | null;
  /** actor2 is civilians (or another unarmed group) */
  readonly a2Unarmed: boolean;
  readonly place: string;
  readonly e: Event;
}

function defaultSubject(type: string, subtype: string): string {
  if (subtype === 'air_drone_strike') return 'unidentified aircraft';
  if (type === 'protest') return 'protesters';
  if (type === 'riot') return 'rioters';
  if (type === 'strategic_development') return 'unidentified forces';
  return 'unidentified armed men';
}

/** Subject and predicate by sub-type. */
function clause({ a1, a2, a2Unarmed, place, e }: Parts): string {
  const s = a1 ?? defaultSubject(e.type, e.subtype);
  const w = new Set(e.weapons);
  const target = a2 ?? 'people';
  switch (e.subtype) {
    case 'armed_clash':
      return a2
        ? `${s} clashed with ${a2} in ${place}${withWeapons(e.weapons)}`
        : `${s} fought in ${place}${withWeapons(e.weapons)}`;
    case 'government_regains_territory':
      return `${s} regained control of ${place}${a2 ? ` from ${a2}` : ''}`;
    case 'non_state_actor_overtakes_territory':
      return `${s} took control of ${place}${a2 ? ` from ${a2}` : ''}`;
    case 'air_drone_strike': {
      const act = w.has('barrel_bomb')
        ? 'dropped barrel bombs on'
        : w.has('drone')
          ? 'carried out a drone strike on'
          : w.has('helicopter')
            ? 'carried out helicopter strikes on'
            : 'carried out air strikes on';
      return `${s} ${act} ${a2 && !a2Unarmed ? `${a2} positions in ${place}` : place}`;
    }
    case 'shelling_artillery_missile_attack':
      return `${s} shelled ${a2 && !a2Unarmed ? `${a2} positions in ${place}` : place}${withWeapons(e.weapons)}`;
    case 'remote_explosive_landmine_ied': {
      const device = w.has('landmine')
        ? 'a landmine'
        : w.has('car_bomb')
          ? 'a car bomb'
          : 'an explosive device';
      const targeting = a2 && !a2Unarmed ? ` targeting ${a2}` : '';
      return a1
        ? `${a1} detonated ${device} in ${place}${targeting}`
        : `${device} exploded in ${place}${targeting}`;
    }
    case 'suicide_bomb': {
      const act = w.has('car_bomb') ? 'a suicide car bombing' : 'a suicide bombing';
      return a1 ? `${a1} carried out ${act} in ${place}` : `a suicide bomber struck ${place}`;
    }
    case 'grenade':
      return `${s} threw a grenade ${a2 ? `at ${a2} ` : ''}in ${place}`;
    case 'chemical_weapon':
      return `${s} carried out a chemical attack on ${place}`;
    case 'attack':
      return `${s} attacked ${target} in ${place}${withWeapons(e.weapons)}`;
    case 'abduction_forced_disappearance':
      return `${s} abducted ${target} in ${place}`;
    case 'sexual_violence':
      return `${s} committed sexual violence against ${target} in ${place}`;
    case 'peaceful_protest':
      return `${s} demonstrated in ${place}`;
    case 'protest_with_intervention':
      return `${s} demonstrated in ${place}${a2 ? ` and ${a2} intervened` : ' and were dispersed'}`;
    case 'excessive_force_against_protesters':
      return `${s} used excessive force against ${a2 ?? 'protesters'} in ${place}`;
    case 'violent_demonstration':
      return `${s} rioted in ${place}`;
    case 'mob_violence':
      return `a mob${a1 ? ` of ${a1}` : ''} attacked ${target} in ${place}`;
    case 'agreement':
      return `${s}${a2 ? ` and ${a2}` : ''} reached an agreement concerning ${place}`;
    case 'arrests':
      return `${s} arrested ${target} in ${place}`;
    case 'change_to_group_activity':
      return `${s} announced a change to their group or activity in ${place}`;
    case 'disrupted_weapons_use': {
      if (w.has('ied') || w.has('landmine') || w.has('car_bomb'))
        return `${s} defused explosives in ${place}`;
      const what = w.has('missile')
        ? 'missiles'
        : w.has('rocket')
          ? 'rockets'
          : w.has('drone')
            ? 'drones'
            : null;
      return what ? `${s} intercepted ${what} over ${place}` : `${s} disrupted an attack in ${place}`;
    }
    case 'headquarters_or_base_established':
      return `${s} established a base in ${place}`;
    case 'looting_property_destruction':
      return `${s} seized or destroyed property in ${place}`;
    case 'non_violent_transfer_of_territory':
      return `${s} took over ${place} without fighting`;
    default:
      return `${s} carried out a non-violent military action in ${place}`;
  }
}

/** The English summary of an event (no Arabic): date, actors, act, place, weapons, toll. */
export function englishNotes(row: ExportRow, lookup: Lookup = defaultActorLookup): string {
  const e = row.event;
  const noun = (name: string | null): string | null => (name === null ? null : actorNoun(name, lookup));
  const inter2 = e.actor2 === null ? undefined : lookup(e.actor2)?.inter;
  const body = clause({
    a1: noun(e.actor1),
    a2: noun(e.actor2),
    a2Unarmed: inter2 === 7 || inter2 === 6,
    place: placeNoun(e.location),
    e,
  });
  const toll = casualtyPhrase(e, (actor) => noun(actor)!);
  const when = datePhrase(e.date, e.date_end, e.date_precision);
  const sentence = `${body}${toll ? `, ${toll}` : ''}.`;
  return when ? `${when}, ${sentence}` : capitalize(sentence);
}

/** The report's sentences the event was read from, on one line (spans joined by " … "). */
export function evidenceText(row: ExportRow): string {
  const text = row.report.text;
  return [...row.event.evidence]
    .sort((a, b) => a[0] - b[0])
    .map(([s, t]) =>
      text.slice(Math.min(s, text.length), Math.min(t, text.length)).replace(/\s+/g, ' ').trim(),
    )
    .filter((s) => s !== '')
    .join(' … ');
}

/** ACLED's notes column: the English summary, then the Arabic evidence. */
export function acledNotes(row: ExportRow, lookup: Lookup = defaultActorLookup): string {
  const evidence = evidenceText(row);
  return evidence ? `${englishNotes(row, lookup)} | ${evidence}` : englishNotes(row, lookup);
}
