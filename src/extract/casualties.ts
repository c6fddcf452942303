// Casualties of one stretch of text: "أدت لمقتل 6 مدنيين بينهم امرأة وطفلين وإصابة 10 آخرين".
// A verb (مقتل، إصابة، مقتل وجرح) sets what is being counted; a quantity is a number with a
// casualty noun, a dual or singular noun, or a vague quantity; after "بينهم" quantities break
// the last total down instead of adding to it (codebook §6).
import type { Casualties } from '../codebook/schema.js';
import type { CasualtyNoun, CasualtyWhat } from '../lexicon/index.js';
import type { NumberMention } from '../text/numbers.js';
import type { Mentions } from './mentions.js';
import { within } from './mentions.js';

export interface CasualtyCount {
  total: number | null;
  civilians: number | null;
  women: number | null;
  children: number | null;
  /** fighters killed by side, keyed by canonical actor name */
  by_actor: Map<string, number>;
  approx: boolean;
  unknown: boolean;
}

export interface CasualtyReading {
  readonly killed: CasualtyCount | null;
  readonly injured: CasualtyCount | null;
  /** "مقتل وجرح 4": killed or wounded, not split */
  readonly either: number | null;
  readonly abducted: CasualtyCount | null;
  /** spans in the normalised text of the casualty phrases read */
  readonly spans: readonly [number, number][];
}

type Item =
  | { kind: 'verb'; start: number; end: number; what: CasualtyWhat }
  | { kind: 'num'; start: number; end: number; n: NumberMention }
  | { kind: 'noun'; start: number; end: number; noun: CasualtyNoun }
  | { kind: 'among'; start: number; end: number };

const POSSESSIVE = /(?:ه|ها|هم)$/;
const NEGATION_BEFORE = /(?:^|\s)(?:لم|لا|لن|دون|بدون|عدم)\s+$/;
const OTHERS = /^\s*(?:اخرون|اخرين|اخري|اخر)(?!\p{L})/u;
const AMONG = /(?:من\s+)?(?:بينهم|بينهما|بينهن|منهم|منهما|منهن|بينها)(?!\p{L})/gu;
const CIVILIAN_CATS = new Set(['civilian', 'child', 'woman', 'man', 'family']);
const FIGHTER_CATS = new Set(['fighter', 'soldier', 'officer', 'member_generic']);

const empty = (): CasualtyCount => ({ total: null, civilians: null, women: null, children: null, by_actor: new Map(), approx: false, unknown: false });
const add = (a: number | null, b: number): number => (a ?? 0) + b;

const THING_BEFORE = /(?:^|\s)[وبل]?(?:سياره|سيارات|حافله|طائره|طائرات|منشاه|منشات|مباني|مبني|منطقه|مناطق|اهداف|هدف|بنيه|بني|مركبه|مركبات|شاحنه|سفينه|مواقع|احياء|ملابس|ادارات|اداره|حكومه|جهات|جهه|هيئه|منظمات|منظمه|دوله|مؤسسات|مؤسسه|هجوم|هجوما|هجمات|اعتداء|عمليه|كمين|اشتباك|اشتباكات|قصف|تفجير)\s+$/;

/** The casualty-relevant items of a stretch of text, in order. */
function items(text: string, m: Mentions, start: number, end: number): Item[] {
  const out: Item[] = [];
  for (const v of within(m.verbs, start, end)) out.push({ kind: 'verb', start: v.start, end: v.end, what: v.value });
  // "12 مدنيا من عائله واحده": where the victims came from, not more victims (its "واحده" included)
  const provenance = within(m.nouns, start, end)
    .filter((c) => c.value.category === 'family' && /(?:^|\s)من\s+$/.test(text.slice(Math.max(0, c.start - 5), c.start)));
  const skipped = (x: { start: number; end: number }): boolean => provenance.some((c) => c.start <= x.start && x.end <= c.end);
  const dates = within(m.dates, start, end);
  for (const n of within(m.numbers, start, end)) {
    // the year of "في مارس 2011 بمقتل…" is part of a date, not a count
    if (dates.some((d) => d.start <= n.start && n.end <= d.end) || skipped(n)) continue;
    out.push({ kind: 'num', start: n.start, end: n.end, n });
  }
  for (const c of within(m.nouns, start, end)) {
    // a word read as both a verb and a noun (قتلى) counts once, as the verb-noun
    if (out.some((x) => x.kind === 'verb' && x.start === c.start) || skipped(c)) continue;
    // "25 جريحا فلسطينيا": a singular right after another casualty noun describes it
    if (c.value.count === 1 && c.value.category === 'person' && out.some((x) => (x.kind === 'noun' || x.kind === 'verb') && adjacent(text, x, c))) continue;
    // "سياره مدنيه"، "هجوم مسلح": a singular after an indefinite thing or act describes it
    if (c.value.count === 1 && THING_BEFORE.test(text.slice(Math.max(0, c.start - 16), c.start))) continue;
    out.push({ kind: 'noun', start: c.start, end: c.end, noun: c.value });
  }
  const slice = text.slice(start, end);
  for (const a of slice.matchAll(AMONG)) out.push({ kind: 'among', start: start + a.index, end: start + a.index + a[0].length });
  return out.sort((a, b) => a.start - b.start || a.end - b.end);
}

const adjacent = (text: string, a: { end: number }, b: { start: number }): boolean =>
  b.start >= a.end && /^[\s"'-]*(?:من\s+)?$/.test(text.slice(a.end, b.start));

interface Quantity {
  value: number | null;
  approx: boolean;
  unknown: boolean;
  noun: CasualtyNoun | null;
  end: number;
}

export function readCasualties(text: string, m: Mentions, start: number, end: number,
  actorNear: (pos: number) => string | undefined, actorBefore: (pos: number) => string | undefined = () => undefined): CasualtyReading | null {
  const list = items(text, m, start, end);
  if (!list.some((x) => x.kind === 'verb')) return null;
  const usedNums = new Set<Item>();
  const res: Record<'killed' | 'injured' | 'abducted', CasualtyCount | null> = { killed: null, injured: null, abducted: null };
  let either: number | null = null;
  const spans: [number, number][] = [];
  let what: CasualtyWhat | null = null;
  let verbEnd = -1;
  let among = false;
  let denied = false;

  const record = (q: Quantity, from: number, w: CasualtyWhat, inAmong: boolean): void => {
    if (w === 'killed_or_injured') {
      if (q.value !== null && !inAmong) either = add(either, q.value);
      spans.push([from, q.end]);
      return;
    }
    const key = w === 'killed' ? 'killed' : w === 'injured' ? 'injured' : w === 'abducted' || w === 'arrested' ? 'abducted' : null;
    if (!key) return;
    const c = (res[key] ??= empty());
    spans.push([from, q.end]);
    const cat = q.noun?.category ?? 'person';
    if (q.value === null) { if (!inAmong) c.unknown = true; return; }
    if (q.approx) c.approx = true;
    if (inAmong) {
      if (cat === 'woman') c.women = add(c.women, q.value);
      else if (cat === 'child') c.children = add(c.children, q.value);
      else if (cat === 'civilian') c.civilians = add(c.civilians, q.value);
      else { const a = sideOf(q, cat); if (a) c.by_actor.set(a, (c.by_actor.get(a) ?? 0) + q.value); }
      return;
    }
    c.total = add(c.total, q.value);
    if (CIVILIAN_CATS.has(cat)) c.civilians = add(c.civilians, q.value);
    if (cat === 'woman') c.women = add(c.women, q.value);
    if (cat === 'child') c.children = add(c.children, q.value);
    const a = sideOf(q, cat);
    if (a) c.by_actor.set(a, (c.by_actor.get(a) ?? 0) + q.value);
  };
  // whose fighters: the actor right after ("18 عنصرا من التنظيم"، "30 من افراد القوات الحكوميه"),
  // or the owner of a possessive noun ("ثمانيه من جنوده")
  const sideOf = (q: Quantity, cat: string): string | undefined => {
    if (FIGHTER_CATS.has(cat)) {
      return actorNear(q.end) ?? (POSSESSIVE.test(text.slice(Math.max(0, q.end - 3), q.end)) ? actorBefore(q.end - 8) : undefined);
    }
    if (cat === 'person' && /^\s*من\s/.test(text.slice(q.end, q.end + 5))) return actorNear(q.end);
    return undefined;
  };
  // quantities read before their verb ("12 مدنيا بينهم 4 اطفال قتلوا") wait for it
  // bare: a singular noun counting itself ("ضابط"), not a number with its noun
  const pending: { q: Quantity; from: number; among: boolean; bare?: boolean }[] = [];
  let verbNoun: CasualtyNoun | null = null;
  let lastNoun: CasualtyNoun | null = null;
  // how far after its verb a quantity may stand: a number with its noun reaches further than a
  // bare singular noun ("احد عناصره" two clauses on is not a casualty)
  const take = (q: Quantity, from: number, reach = 90, bare = false): void => {
    if (q.noun && !among) lastNoun = q.noun; // "آخرين" repeats the main kind, not a breakdown
    if (what && (among || (from >= verbEnd && from - verbEnd <= reach))) record(q, from, what, among);
    else if (!what || from < verbEnd) pending.push({ q, from, among, bare });
  };

  for (let i = 0; i < list.length; i++) {
    const it = list[i]!;
    if (it.kind === 'verb') {
      if (it.what === 'denied_casualties') { denied = true; continue; }
      // "ولم يقتل اي من افراد الطاقم": a negated verb counts nobody
      if (NEGATION_BEFORE.test(text.slice(Math.max(0, it.start - 8), it.start))) { what = null; pending.length = 0; continue; }
      const prev = list[i - 1];
      // "35 قتيلا": the number right before a verb-noun is its count
      const counted = prev?.kind === 'num' && adjacent(text, prev, it) && !usedNums.has(prev);
      if (counted) {
        usedNums.add(prev);
        const last = pending[pending.length - 1];
        if (last && last.from === prev.start) pending.pop();
        const noun = what === it.what ? verbNoun : null; // "القتلي المدنيين ... الي 43 قتيلا"
        record({ value: prev.n.value, approx: prev.n.approx, unknown: prev.n.unknown, noun, end: it.end }, prev.start, it.what, false);
      }
      const lastPending = pending[pending.length - 1];
      if (!counted && lastPending && it.start - lastPending.q.end <= 60) {
        // only the run of quantities that leads up to the verb ("12 مدنيا بينهم 4 اطفال قتلوا")
        let first = pending.length - 1;
        while (first > 0 && pending[first]!.from - pending[first - 1]!.q.end <= 40) first--;
        // "وقال ضابط في الشرطه ان مسلحين قتلوا": a bare noun far from the verb is not its subject
        for (const p of pending.slice(first)) if (!p.bare || p.among || it.start - p.q.end <= 15) record(p.q, p.from, it.what, p.among);
      }
      pending.length = 0;
      what = it.what;
      verbEnd = it.end;
      among = false;
      const nextItem = list[i + 1];
      verbNoun = nextItem?.kind === 'noun' && nextItem.noun.count === null && adjacent(text, it, nextItem) ? nextItem.noun : null;
      if (verbNoun) i++;
      continue;
    }
    if (it.kind === 'among') { among = true; continue; }
    if (it.kind === 'num') {
      if (usedNums.has(it)) continue;
      const next = list[i + 1];
      if (next?.kind === 'noun' && adjacent(text, it, next)) {
        usedNums.add(it);
        take({ value: it.n.value, approx: it.n.approx, unknown: it.n.unknown, noun: next.noun, end: next.end }, it.start);
        i++;
        continue;
      }
      const nextVerbNoun = next?.kind === 'verb' && adjacent(text, it, next);
      // "هم 16 بينهم مواطنتان وطفل استشهدوا": a bare total before its breakdown and verb
      if (!what && next?.kind === 'among' && next.start - it.end <= 3) {
        usedNums.add(it);
        pending.push({ q: { value: it.n.value, approx: it.n.approx, unknown: it.n.unknown, noun: null, end: it.end }, from: it.start, among: false });
        continue;
      }
      if (nextVerbNoun) { pending.push({ q: { value: it.n.value, approx: it.n.approx, unknown: it.n.unknown, noun: null, end: it.end }, from: it.start, among }); continue; }
      // a bare number right after the verb ("مقتل 5 واصابه 10"); "10 اخرين" counts the kind
      // counted before, and "القتلي المدنيين ... 43" the kind named with the verb
      const others = OTHERS.test(text.slice(it.end, it.end + 10));
      const noun = others ? lastNoun : verbNoun;
      if (what && ((it.start - verbEnd <= 12 && it.start >= verbEnd) || (verbNoun && it.start - verbEnd <= 80))) {
        usedNums.add(it);
        record({ value: it.n.value, approx: it.n.approx, unknown: it.n.unknown, noun, end: it.end }, it.start, what, among);
      }
      continue;
    }
    if (it.kind === 'noun' && it.noun.count !== null) {
      // a singular or dual noun is its own count: "مقتل طفل"، "اصابه مدنيين"
      take({ value: it.noun.count, approx: false, unknown: false, noun: it.noun, end: it.end }, it.start, 40, true);
    }
  }
  if (denied) {
    if (!res.killed) res.killed = { ...empty(), total: 0 };
    if (!res.injured) res.injured = { ...empty(), total: 0 };
  }
  if (!res.killed && !res.injured && either === null && !res.abducted) return null;
  return { killed: res.killed, injured: res.injured, either, abducted: res.abducted, spans };
}

/** The codebook object for a count (or `{total: null}` when nothing was said). */
export function toCasualties(c: CasualtyCount | null): Casualties {
  if (!c) return { total: null };
  const out: Casualties = { total: c.total };
  if (c.civilians !== null) out.civilians = c.civilians;
  if (c.women !== null) out.women = c.women;
  if (c.children !== null) out.children = c.children;
  if (c.by_actor.size) {
    out.by_actor = Object.fromEntries(c.by_actor);
  }
  if (c.approx) out.approx = true;
  if (c.unknown && c.total === null) out.unknown = true;
  return out;
}
