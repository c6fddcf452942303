// Actor roles in a clause: who acted (actor1), against whom (actor2), and their allies.
// News Arabic marks roles with small words: "بين X و Y", "من قبل X", "على يد X" (agent);
// "على/ضد/استهدف مواقع X" (target); "بدعم من X", "المدعومه من X" (ally of the side before).
import type { ActorDef, ActorHit, Lexicon } from '../lexicon/index.js';
import type { Mention } from './mentions.js';

export type Role = 'agent' | 'subject' | 'target' | 'ally' | 'neutral' | 'source';

export interface ResolvedActor {
  readonly def: ActorDef;
  readonly hit: ActorHit;
  readonly start: number;
  readonly role: Role;
}

export interface Roles {
  actor1: ActorDef | null;
  actor2: ActorDef | null;
  assoc1: ActorDef[];
  assoc2: ActorDef[];
  /** actor1 was named in the clause itself (not inherited or defaulted) */
  explicit: boolean;
}

// The words before an actor that make it the target. A verb is not among them: news Arabic
// puts the subject after the verb ("استهدفت الطائرات مواقع التنظيم").
const TARGET_BEFORE = /(?:علي|ضد|(?:مواقع|مناطق|مدن|قري|بلدات|احياء|الخاضعه ل|تحت) ?سيطره|مواقع|نقاط|مقرات|مقر|معاقل|معقل|صفوف|تجمعات|تجمع|مناطق نفوذ|مناطق|مع|تحصينات|اليات|عربات|اهداف|هدفا|لصالح|من ايدي|من يد|من قبضه|طرد|طردت|دحر|عناصر من|مسلحي|مقاتلي|عناصر)\s*[وبل]?$/;
const AGENT_BEFORE = /(?:من قبل|(?:هجوم|هجوما|هجمات|هجومين|هجومان|اعتداء|كمين|كمينا)(?: \S+)? ل|علي يد|علي ايدي|نفذها|نفذتها|شنها|شنتها|شنه|التابع|التابعه|التابعين|اطلقتها|اطلقها|تبناه|تبنته|تبنت|تبني|مصدره|مصدرها)\s*[وبل]?$/;
const ALLY_BEFORE = /(?:المبايع|المبايعه|المبايعين|بدعم من|بدعم|بدعم جوي من|المدعومه من|المدعوم من|المدعومين من|مدعومه من|مدعوما|مدعومين|المدعومه|المدعوم|المدعومين|بمسانده|بمسانده من|بمشاركه|بالتعاون مع|الي جانب|وحلفاوها|وحلفاءه|و?حلفائه|بغطاء من|بغطاء جوي من|وبغطاء من|بغطاء|الموالين لها|الموالين له|الموالي لها|حليفه|حليفتها|ومعها)\s*[وبل]?$/;

const SOURCE_BEFORE = /(?:^|\s)(?:ضابط|مصدر|مصادر|مسؤول|متحدث|ناطق|مدير|مراسل|قيادي|عضو)(?:\s+\S+){0,3}?\s+(?:في|ب|من|باسم)(?:\s+(?:قياده|وزاره|مديريه|جهاز|فرع|صفوف))?\s*$/;
// "وبغطاء من طائراتها ومن الطيران الروسي": a second ally joined to the first
// "المدعومه بمليشيات من حزب الله": the backer named after the kind of force it lends
const ALLY_VIA = /(?:المدعومه|المدعوم|المدعومين|مدعومه|مدعوما|مدعومين)\s+ب\S+\s+(?:من\s+)?$/;
const ALLY_LIST = /(?:بغطاء|بدعم|بمسانده|المدعومه|المدعوم|مدعومه)[^،,.]{0,45}\sو(?:من\s)?$/;

/** `triggerEnds`: where trigger words end; an actor right after one is its subject or agent. */
export function roleOf(text: string, m: Mention<ActorHit>, clauseStart: number, triggerEnds: readonly number[] = []): Role {
  // (quotes around a name do not part it from what stands before: اطلقتها "التنظيمات الارهابيه")
  const before = text.slice(Math.max(clauseStart, m.start - 60), m.start).replace(/["'«»“”]\s*$/, '');
  // "وقال ضابط في الشرطه"، "مصدر عسكري في الجيش": the person who tells, not a party to the act
  if (SOURCE_BEFORE.test(text.slice(Math.max(0, m.start - 40), m.start))) return 'source';
  if (ALLY_BEFORE.test(before) || ALLY_LIST.test(before) || ALLY_VIA.test(before)) return 'ally';
  if (AGENT_BEFORE.test(before)) return 'agent';
  // "استهدفت الغارات مواقع للحوثيين": a target noun before the actor wins over the act before it
  if (TARGET_BEFORE.test(before)) return 'target';
  // "قصف قوات النظام"، "غارات لطائرات التحالف"، "شن الطيران الروسي": the actor after the act did it
  if (triggerEnds.some((e) => e <= m.start && /^\s*(?:[^\s"']+\s+)?[لب]?$/.test(text.slice(e, m.start)) && m.start - e <= 14)) return 'subject';
  return 'neutral';
}

/** "بين X و Y": the two sides of a fight, X first. */
function between(text: string, list: readonly ResolvedActor[]): [ResolvedActor, ResolvedActor] | null {
  for (let i = 0; i < list.length - 1; i++) {
    const a = list[i]!;
    const before = text.slice(Math.max(0, a.start - 12), a.start);
    if (!/بين\s*$/.test(before)) continue;
    const b = list.slice(i + 1).find((x) => x.def.name !== a.def.name && x.role !== 'ally');
    if (b) return [a, b];
  }
  return null;
}

const isCivilian = (d: ActorDef): boolean => d.side === 'civilians';

// Generic words ("الطائرات"، "مسلحون") stand for an actor only when no named one is there:
// in "طائرات التحالف" the coalition is the actor.
const VAGUE_KEYS = new Set(['air_generic', 'helicopter_generic', 'armed_generic', 'militants_generic', 'security_generic', 'aircraft_unknown']);

export function assignRoles(text: string, all: readonly ResolvedActor[], opts: { civiliansMayAct: boolean }): Roles {
  const roles: Roles = { actor1: null, actor2: null, assoc1: [], assoc2: [], explicit: false };
  const told = all.filter((a) => a.role !== 'source');
  const named = told.filter((a) => !VAGUE_KEYS.has(a.hit.key));
  const list = named.some((a) => a.def.side !== 'civilians') ? named : told;
  const pair = between(text, list);
  let rest = list;
  if (pair) {
    roles.actor1 = pair[0].def;
    roles.actor2 = pair[1].def;
    roles.explicit = true;
  } else {
    const can1 = (a: ResolvedActor): boolean => opts.civiliansMayAct || !isCivilian(a.def);
    const a1 = list.find((a) => a.role === 'agent' && can1(a)) ?? list.find((a) => (a.role === 'neutral' || a.role === 'subject') && can1(a));
    if (a1) { roles.actor1 = a1.def; roles.explicit = true; }
    const other = (a: ResolvedActor): boolean => a.def.name !== roles.actor1?.name;
    const a2 = list.find((a) => a.role === 'target' && other(a))
      ?? list.find((a) => (a.role === 'neutral' || a.role === 'subject') && other(a) && a.start > (a1?.start ?? -1))
      // "سيطرت قوات النظام ... بعد انسحاب مقاتلي التنظيم": the side of a second act is the opponent
      ?? list.find((a) => (a.role === 'agent' || a.role === 'subject') && other(a) && a.start > (a1?.start ?? -1));
    if (a2) roles.actor2 = a2.def;
    rest = list;
  }
  // allies attach to the side named just before them
  let last: 'a1' | 'a2' | null = null;
  for (const a of rest) {
    if (a.def.name === roles.actor1?.name) { last = 'a1'; continue; }
    if (a.def.name === roles.actor2?.name) { last = 'a2'; continue; }
    if (a.role !== 'ally' || !last) continue;
    const into = last === 'a1' ? roles.assoc1 : roles.assoc2;
    if (!into.some((d) => d.name === a.def.name) && !isCivilian(a.def)) into.push(a.def);
  }
  return roles;
}

/** Resolve lexicon hits to actors of the report's country, following anaphora. */
export class ActorResolver {
  private readonly history: ActorDef[] = [];
  /** how often each actor was named so far, and the state army named last (kept as they grow) */
  private readonly named = new Map<ActorDef, number>();
  private lastArmy: ActorDef | null = null;

  constructor(private readonly lex: Lexicon, private readonly country: string | null) {}

  resolve(hit: ActorHit): ActorDef | null {
    let def: ActorDef | null = null;
    switch (hit.key) {
      case 'anaphor_org':
        def = [...this.history].reverse().find((d) => d.inter === 2 || d.inter === 3) ?? null;
        break;
      case 'anaphor_latter':
        def = this.history[this.history.length - 1] ?? null;
        break;
      case 'both_sides':
      case 'aircraft_unknown':
        def = null;
        break;
      case 'regime_generic':
        def = this.lex.actorFor('state_military', 'SY');
        break;
      case 'army_generic':
        // "الجيش" in a report about the Turkish army ("اعلن الجيش التركي … وقال الجيش") is that
        // army: a foreign army named more often so far than the country's own
        def = this.lex.actorFor('state_military', this.country ?? 'SY');
        if (this.lastArmy && this.lastArmy !== def && (this.named.get(this.lastArmy) ?? 0) > (def ? this.named.get(def) ?? 0 : 0)) def = this.lastArmy;
        break;
      default:
        def = this.lex.actorFor(hit.key, hit.country ?? this.country);
    }
    if (def && (!hit.generic || hit.key === 'anaphor_org')) {
      this.history.push(def);
      this.named.set(def, (this.named.get(def) ?? 0) + 1);
      if (def.key === 'state_military') this.lastArmy = def;
    }
    return def;
  }
}
