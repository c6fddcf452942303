// Stage "events": one candidate event per trigger group and place in each clause, with its
// actors, date, casualties, weapons and evidence. Cumulative sentences give tallies instead.
import type { Event, Weapon } from '../codebook/schema.js';
import type { ActorDef, ActorHit, Lexicon, TriggerHit } from '../lexicon/index.js';
import type { Gazetteer, PlaceContext } from '../gazetteer/index.js';
import type { Normalized } from '../text/normalize.js';
import { toOriginal } from '../text/normalize.js';
import { clauses, sentences, type Span } from '../text/segment.js';
import { daysBetween, type DateMention } from './dates.js';
import { within, type Mention, type Mentions, type PlaceMention } from './mentions.js';
import { ActorResolver, assignRoles, roleOf, type ResolvedActor, type Roles } from './actors.js';
import { readCasualties, toCasualties, type CasualtyReading } from './casualties.js';
import { eventPlaces, resolvePlaces, toLocation, type ResolvedPlace } from './places.js';
import { impliedWeapons, isGovernment, remoteSubtype, territorySubtype } from './event-types.js';
import { sidesTally, strikeTallies, tallyFrom, type TallyDraft } from './tallies.js';
import { mergeCasualtyReadings } from './casualty-merge.js';
import { concluded } from './agreements.js';
import { background, purpose } from './background.js';
import { dayBefore } from './day-before.js';
import { refineToll } from './toll-only.js';
import { fillOpponents } from './opponents.js';
import { distanceKm } from '../gazetteer/index.js';

export interface Draft {
  type: string;
  subtype: string;
  date: DateMention | null;
  roles: Roles;
  place: ResolvedPlace;
  weapons: Set<Weapon>;
  casualties: CasualtyReading | null;
  evidence: [number, number][];
  confidence: number;
  /** later mention adds to an earlier one ("4 مدنيين آخرين") instead of restating it */
  additive: boolean;
}

export interface Deps {
  readonly lex: Lexicon;
  readonly gaz: Gazetteer;
}

export interface Analysis {
  readonly drafts: Draft[];
  readonly tallies: TallyDraft[];
  readonly country: string;
}

const DESTINATION_BEFORE = /(?:^|\s)(?:الي|باتجاه|نحو|صوب|اتجاه)\s+$/;
/** Countries whose places one war spans: rockets from Gaza fall in Israel's towns and back. */
const THEATRE: Record<string, string> = { PS: 'IL', IL: 'PS' };
const BOMBS = new Set(['remote_explosive_landmine_ied', 'suicide_bomb', 'grenade']);
const NON_EVENT_CUES = new Set(['non_event', 'future', 'negation']);
const UNCLAIMED = new Set(['remote_explosive_landmine_ied', 'suicide_bomb', 'grenade', 'attack', 'abduction_forced_disappearance']);
// "تحاول استعاده"، "في محاوله من التنظيم السيطره": an attempt, within the three words before
const ATTEMPT_WORD = /^[وف]?(?:تحاول|يحاول|يحاولون|حاولت|حاول|محاوله|محاولات|تسعي|يسعي|سعيا|بهدف|لمحاوله)$/;
const attemptBefore = (text: string, at: number): boolean =>
  text.slice(Math.max(0, at - 40), at).trim().split(/\s+/).slice(-3).some((w) => ATTEMPT_WORD.test(w));
// "القري التي سيطر عليها التنظيم صباح اليوم كانت قد شهدت": a capture recalled to name the villages
const RELATIVE_BEFORE = /(?:^|\s)ال\S+\s+(?:التي|الذي|اللتين|اللذين|اللواتي)\s+(?:كان\s+|كانت\s+|قد\s+)?$/;
const DESCRIPTIVE_BEFORE = /(?:برصاص|رصاص|قوات|جيش|سلطات|جنود|طايرات|دبابات|خارج|عن|الخاضعه|خاضعه|الخاضع|خاضع|الواقعه تحت|تحت|مناطق|منطقه|نفوذ|مواقع)\s*ل?$/;
/**
 * "الخاضعه لسيطره"، "مناطق سيطره"، "تحت سيطره": who holds a place, not a capture ("خرج عن السيطره":
 * out of control; "برصاص الاحتلال"، "قوات الاحتلال": the occupying army).
 */
const descriptive = (text: string, t: Mention<TriggerHit>): boolean =>
  t.value.subtype === 'territory' && (DESCRIPTIVE_BEFORE.test(text.slice(Math.max(0, t.start - 20), t.start)) || subjectTo(text, t.start)
    || RELATIVE_BEFORE.test(text.slice(Math.max(0, t.start - 30), t.start)));
// "وتخضع هاتين المنطقتين لسيطره فيلق الرحمن": a verb of being held, a few words before "لسيطره"
const HELD = /^[وف]?(?:تخضع|يخضع|تخضعان|يخضعان|يخضعون|خضعت|خضع|ظلت|بقيت|باتت|اصبحت|لاتزال|مازالت)$/;
const subjectTo = (text: string, at: number): boolean => /(?:^|\s)ل$/.test(text.slice(Math.max(0, at - 2), at))
  && text.slice(Math.max(0, at - 50), at).trim().split(/\s+/).slice(-4).some((w) => HELD.test(w));

// "السيطره علي نحو 70 في الميه من الغوطه"، "الجزء الاكبر من المحافظه": a campaign's balance, not
// the capture of a place
const SHARE = /^(?:نحو\s+|حوالي\s+|قرابه\s+|اكثر من\s+|اقل من\s+)?(?:\d+\s*(?:بالميه|بالمايه|في الميه|في المايه|%)|الجزء الاكبر|معظم|غالبيه|اغلب|كامل)/;
function share(text: string, t: Mention<TriggerHit>): boolean {
  if (t.value.subtype !== 'territory') return false;
  const after = text.slice(t.end, t.end + 50);
  // "استعادتها اكثر من 90 في الميه من": the object right after the verbal noun
  if (SHARE.test(after.replace(/^\S*\s+/, '')) || SHARE.test(after.trimStart())) return true;
  // the object follows "علي" (or "الي": "تقلصت سيطره المعارضه الي 15 بالمايه"), after the subject if any
  const on = after.search(/(?:^|\s)(?:علي|الي)\s/);
  return on >= 0 && SHARE.test(after.slice(on).replace(/^\s*(?:علي|الي)\s+/, ''));
}

/** Whether text[start, end) holds at most `n` words (commas count as spaces); no slicing. */
function wordsAtMost(text: string, start: number, end: number, n: number): boolean {
  let words = 0;
  let inWord = false;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    const space = c === 32 || c === 10 || c === 9 || c === 13 || c === 0x60c || c === 44;
    if (!space && !inWord && ++words > n) return false;
    inWord = !space;
  }
  return true;
}

// one pass for all of them: the scan starts at the literal "ال" (fast), the word start is checked by hand
const DEMONYM = /ال(سور|عراق|يمن|ليب|لبنان|سودان|فلسطين|مصر|ترك)(?:ي|يه|يين|يون)(?!\p{L})/gu;
const DEMONYM_COUNTRY: Record<string, string> = {
  سور: 'SY', عراق: 'IQ', يمن: 'YE', ليب: 'LY', لبنان: 'LB', سودان: 'SD', فلسطين: 'PS', مصر: 'EG', ترك: 'TR',
};
const wordStart = (text: string, i: number): boolean => {
  const c = text[i - 1];
  if (c === undefined || c === ' ' || c === '\n') return true;
  return (c === 'و' || c === 'ب' || c === 'ل') && (i < 2 || text[i - 2] === ' ' || text[i - 2] === '\n');
};

/** The country a report is about: the most named among its places and pinned actors. */
function reportCountry(m: Mentions, text: string): string {
  const votes = new Map<string, number>();
  // "العاصمه الليبيه طرابلس": a country's adjective names the theatre when its places are ambiguous
  for (const d of text.matchAll(DEMONYM)) {
    if (!wordStart(text, d.index)) continue;
    const c = DEMONYM_COUNTRY[d[1]!]!;
    votes.set(c, Math.min(3, (votes.get(c) ?? 0) + 1));
  }
  for (const p of m.places) {
    const cs = new Set(p.value.map((x) => x.country));
    if (cs.size === 1) { const c = [...cs][0]!; votes.set(c, (votes.get(c) ?? 0) + (c === 'SY' ? 1 : 1.5)); }
  }
  for (const a of m.actors) if (a.value.country) votes.set(a.value.country, (votes.get(a.value.country) ?? 0) + 1);
  let best = 'SY';
  let n = 0;
  for (const [c, v] of votes) if (v > n) { best = c; n = v; }
  return best;
}

/** Admin1 hints and known coordinates from places that are not ambiguous about them. */
function hintsOf(places: readonly PlaceMention[]): { admin1: string[]; near: { lat: number; lon: number }[] } {
  const admin1: string[] = [];
  const near: { lat: number; lon: number }[] = [];
  for (const p of places) {
    const a1 = new Set(p.value.map((x) => x.admin1));
    const only = [...a1][0];
    if (a1.size === 1 && only && !admin1.includes(only)) admin1.push(only);
    if (p.value.length === 1 && p.value[0]!.kind !== 'region' && p.value[0]!.kind !== 'country') near.push({ lat: p.value[0]!.lat, lon: p.value[0]!.lon });
  }
  return { admin1, near };
}

/** The sentence's own hints first, then the report's. */
function contextFor(report: ReturnType<typeof hintsOf>, m: Mentions, country: string, span: Span): PlaceContext {
  const own = hintsOf(within(m.places, span.start, span.end));
  return {
    admin1: [...own.admin1, ...report.admin1.filter((a) => !own.admin1.includes(a))].slice(0, 8),
    countries: [country],
    near: [...own.near, ...report.near].slice(0, 16),
  };
}

/**
 * One trigger per kind in a clause. A capture implies the fight ("اشتباكات انتهت بسيطرة"), and
 * a weak "هجوم" beside a named strike is that strike: those clash triggers are dropped.
 */
function groupTriggers(all: readonly Mention<TriggerHit>[]): Mention<TriggerHit>[] {
  if (all.length <= 1) return [...all];
  const seen = new Set<string>();
  const capture = all.some((t) => t.value.subtype === 'territory');
  const strike = all.some((t) => t.value.type === 'explosion_remote_violence');
  // "انفجار عبوه ناسفه استهدفت دوريتهم": the weak "استهدفت" restates the bomb, it is no shelling
  const bomb = all.some((t) => !t.value.weak && BOMBS.has(t.value.subtype));
  const triggers = all.filter((t) => !(t.value.subtype === 'armed_clash' && (capture || (strike && t.value.weak)))
    && !(bomb && t.value.weak && t.value.subtype === 'remote'));
  // of one kind, a strong word stands for the clause before a weak one ("توقيع اتفاق مصالحه")
  const strong = new Set(triggers.filter((t) => !t.value.weak).map((t) => `${t.value.type}/${t.value.subtype}`));
  return triggers.filter((t) => {
    const k = `${t.value.type}/${t.value.subtype}`;
    if (seen.has(k) || (t.value.weak && strong.has(k))) return false;
    seen.add(k);
    return true;
  });
}

export function analyse(n: Normalized, m: Mentions, published: string, deps: Deps): Analysis {
  const text = n.text;
  const country = reportCountry(m, text);
  const resolver = new ActorResolver(deps.lex, country);
  const actorDefs = new Map<Mention<ActorHit>, ActorDef | null>();
  for (const a of m.actors) actorDefs.set(a, resolver.resolve(pickReading(a, country)));
  const reportHints = hintsOf(m.places.slice(0, 200));
  // a report that counts civilian victims is about harm to civilians: a state's strikes with no
  // named target are coded against them (as ACLED and the dev annotations do)
  const reportCivilian = m.nouns.some((x) => x.value.category === 'civilian' || x.value.category === 'child' || x.value.category === 'woman');
  const drafts: Draft[] = [];
  const tallies: TallyDraft[] = [];
  let carryDate: DateMention | null = null;
  let prevTally: { end: number; dates: readonly DateMention[]; places: readonly ResolvedPlace[] } | null = null;
  let carryPlaces: ResolvedPlace[] = [];
  let carryRoles: Roles | null = null;
  let carrySubtype = '';
  let headlinePlaces: ResolvedPlace[] | null = null;

  // as mentions, so that `within` finds the few that end just before an actor (linear on long texts)
  const triggerEnds = m.triggers.filter((t) => !descriptive(text, t)).map((t) => ({ start: t.end, end: t.end }));
  const actorsIn = (s: number, e: number, clauseStart: number): ResolvedActor[] =>
    within(m.actors, s, e).flatMap((a) => {
      const def = actorDefs.get(a);
      const ends = within(triggerEnds, Math.max(s, a.start - 14), a.start + 1).map((x) => x.end);
      return def ? [{ def, hit: a.value, start: a.start, role: roleOf(text, a, clauseStart, ends) }] : [];
    });
  const actorNear = (pos: number): string | undefined => {
    const a = within(m.actors, pos, pos + 60).find((x) => x.start - pos <= 30 && actorDefs.get(x) && actorDefs.get(x)!.side !== 'civilians');
    return a ? actorDefs.get(a)?.name : undefined;
  };
  // "اعلن الجيش التركي مقتل ثمانيه من جنوده": the owner of "جنوده" is the armed actor named last
  const actorBefore = (pos: number): string | undefined => {
    const a = within(m.actors, Math.max(0, pos - 160), pos).reverse().find((x) => actorDefs.get(x) && actorDefs.get(x)!.side !== 'civilians');
    return a ? actorDefs.get(a)?.name : undefined;
  };

  for (const sent of sentences(text).flatMap((s) => splitRaise(text, s, m))) {
    // "قصف غاره البوكمال دير الزور تنظيم داعش": a line of an outlet's tags, not a sentence
    if (tagLine(text, m, sent)) continue;
    const ctx = contextFor(reportHints, m, country, sent);
    // a place abroad ("من القاهره"، "تقول انقره") is where the act was only with a settlement noun
    const home = (p: ResolvedPlace): boolean => p.place.country === country || THEATRE[country] === p.place.country || !!p.mention.cued;
    const sentPlaces = resolvePlaces(within(m.places, sent.start, sent.end), deps.gaz, ctx);
    if (headlinePlaces === null && sentPlaces.length) headlinePlaces = eventPlaces(sentPlaces);
    const sentDates = within(m.dates, sent.start, sent.end);
    const cues = within(m.cues, sent.start, sent.end);
    // "منذ بدء الحمله" sums a campaign; "منذ الاثنين" in a sentence that names the act is its own toll
    const sentTriggers = within(m.triggers, sent.start, sent.end);
    const strongAct = sentTriggers.some((t) => !t.value.weak);
    const recent = (d: DateMention): boolean => strongAct && daysBetween(d.date, published) <= 7;
    const recentSince = sentDates.some((d) => d.kind === 'since' && recent(d));
    const cumulative = cues.some((c) => c.value === 'cumulative' && !(recentSince && text.slice(c.start, c.end) === 'منذ'))
      || sentDates.some((d) => d.kind === 'since' && !recent(d));
    tallies.push(...strikeTallies(text, within(m.numbers, sent.start, sent.end), cumulative, sentDates, sentPlaces, published,
      [sent.start, sent.end], toOriginal(n, sent.start, sent.end)));
    // "كما تسبب القصف في اصابه مئات المدنيين" right after a campaign's toll goes on with that toll
    const goesOn = prevTally && prevTally.end >= sent.start - 3 && sentPlaces.length === 0 && /^[\s"']*و?كما\s/.test(text.slice(sent.start, sent.start + 8));
    if (goesOn && prevTally) {
      const reading = readCasualties(text, m, sent.start, sent.end, actorNear, actorBefore);
      if (reading) {
        tallies.push(...tallyFrom(reading, prevTally.dates, prevTally.places, published, [toOriginal(n, sent.start, sent.end)]));
        prevTally = { end: sent.end, dates: prevTally.dates, places: prevTally.places };
        continue;
      }
    }
    prevTally = null;
    if (cumulative) {
      const reading = readCasualties(text, m, sent.start, sent.end, actorNear, actorBefore);
      if (reading) {
        prevTally = { end: sent.end, dates: sentDates, places: sentPlaces };
        const day = sentDates.find((d) => (d.kind === 'relative' || d.kind === 'weekday') && d.precision === 1);
        if (day) carryDate = day;
        // "خلال ال24 ساعه الماضيه" in a toll sentence also dates the strikes told next
        const span = sentDates.find((d) => d.date_end && daysBetween(d.date, d.date_end) <= 1);
        if (span) carryDate = span;
        // "ارتفع عدد قتلى النظام الي 142، في حين ارتفع عدد قتلى داعش الي 111": one toll per side
        const cut = CONTRAST.exec(text.slice(sent.start, sent.end));
        const parts = cut && cut.index > 10 ? [[sent.start, sent.start + cut.index], [sent.start + cut.index, sent.end]] as const : null;
        const readings = parts?.map(([a, b]) => readCasualties(text, m, a, b, actorNear, actorBefore));
        const sides = parts?.map(([a, b]) => within(m.actors, a, b).map((x) => actorDefs.get(x)).find((d) => d && d.side !== 'civilians')?.name);
        const bySide = parts && readings?.every((x) => x) && sides?.every((x) => x)
          ? sidesTally(readings.map((r, i) => ({ reading: r!, side: sides[i]! })), sentDates, sentPlaces, published, [toOriginal(n, sent.start, sent.end)])
          : null;
        if (bySide) tallies.push(bySide);
        else if (parts && readings?.every((x) => x)) {
          readings.forEach((x, i) => tallies.push(...tallyFrom(x!, sentDates, sentPlaces, published, [toOriginal(n, parts[i]![0], parts[i]![1])])));
        } else {
          tallies.push(...tallyFrom(reading, sentDates, sentPlaces, published, [toOriginal(n, sent.start, sent.end)]));
        }
        continue;
      }
    }
    const cl = clauses(text, sent);
    const eventClauses = cl.map((c, ci) => {
      // "وتسعى القوات، بدعم التحالف، الى السيطره على": a clause opened by a preposition completes
      // the verb of the clause before, and what qualifies that verb qualifies it
      let from = c.start;
      for (let k = ci; k > 0 && COMPLEMENT.test(text.slice(cl[k]!.start, cl[k]!.start + 8)); k--) from = cl[k - 1]!.start;
      // "استهداف المدنيين يجب ان يتوقف": a clause that says what ought to be reports no act
      const modal = MODAL.test(text.slice(c.start, c.end));
      const ts = modal ? [] : within(m.triggers, c.start, c.end).filter((t) => {
        // "الخاضعه لسيطره"، "مناطق سيطره"، "تحت سيطره": who holds a place, not a capture
        if (descriptive(text, t) || background(text, sent, t) || purpose(text, t) || share(text, t)) return false;
        // "القت مروحيات النظام الخميس مناشير علي": what was dropped were leaflets
        if (LEAFLETS.test(text.slice(t.end, Math.min(c.end, t.end + 40)))) return false;
        const before = cues.filter((q) => q.end <= t.start && q.start >= from && NON_EVENT_CUES.has(q.value));
        return before.length === 0;
      }).map((t) => (t.value.weak && t.value.subtype === 'agreement' && concluded(text, sent.start, t) ? { ...t, value: { ...t.value, weak: false } } : t));
      // an act named afresh in the clause wins over "هذه الغارات" that points back at one
      const anaphoric = (t: Mention<TriggerHit>): boolean => DEMONSTRATIVE.test(text.slice(Math.max(c.start, t.start - 6), t.start));
      return { clause: c, triggers: groupTriggers([...ts.filter((t) => !anaphoric(t)), ...ts.filter(anaphoric)]) };
    });
    if (sentTriggers.length === 0 && sentPlaces.length === 0 && within(m.verbs, sent.start, sent.end).length) {
      refineToll(drafts, readCasualties(text, m, sent.start, sent.end, actorNear, actorBefore), toOriginal(n, sent.start, sent.end));
    }
    const sentTypes = new Set<string>();
    const protestHere = sentTriggers.some((t) => t.value.type === 'protest');
    for (let ci = 0; ci < eventClauses.length; ci++) {
      const { clause } = eventClauses[ci]!;
      let { triggers } = eventClauses[ci]!;
      if (triggers.length === 0) continue;
      // the clause's casualty window runs to the next clause with a trigger
      let windowEnd = sent.end;
      let placeEnd = clause.end;
      let placesPassed = false;
      for (let k = ci + 1; k < eventClauses.length; k++) {
        const next = eventClauses[k]!;
        if (next.triggers.length) { windowEnd = next.clause.start; break; }
        // "مقتل 9 مدنيين في غاره …، ومقتل 62 عنصرا … من جراء هجوم": a second death toll joined by و
        // after the act's own is another act's
        if (NEXT_TOLL.test(text.slice(next.clause.start, next.clause.start + 12)) && KILLED.test(text.slice(clause.start, next.clause.start))) {
          windowEnd = next.clause.start;
          break;
        }
        // a clause with only places continues the list ("دوما، حرستا، عربين")
        const c = next.clause;
        {
          // (a list goes on only in the clauses right after the act's)
          const onlyPlaces = /^[\s،,]*$/.test(text.slice(placeEnd, c.start)) && within(m.places, c.start, c.end).length > 0
            && within(m.actors, c.start, c.end).length === 0
            && within(m.verbs, c.start, c.end).length === 0;
          // "…استهدفت اجتماعا لهم، وسط مدينه ضحيان": a clause opened by a locative goes on saying where
          const locative = /^[\s،,]*(?:وسط|داخل|في|علي|قرب|بالقرب من|عند|شمال|جنوب|شرق|غرب)\s/.test(text.slice(c.start, c.start + 16))
            && within(m.places, c.start, c.end).length > 0;
          // (an item the gazetteer lacks keeps the list going: "حموريه، والشيفونيه، ومسرابا")
          const unknownItem = /^[\s،,]*$/.test(text.slice(placeEnd, c.start)) && wordsAtMost(text, c.start, c.end, 2)
            && !within(m.actors, c.start, c.end).length && !within(m.verbs, c.start, c.end).length && placeEnd > clause.end - 1
            && within(m.places, clause.start, placeEnd).length > 0;
          if (onlyPlaces || unknownItem || (locative && placeEnd === clause.end && !within(m.places, clause.start, clause.end).length && !placesPassed)) placeEnd = c.end;
          // a clause naming places for something else ("الي محيط باديه دير الزور") ends the search
          else if (within(m.places, c.start, c.end).length) placesPassed = true;
        }
      }
      let places = eventPlaces(resolvePlaces(within(m.places, clause.start, placeEnd), deps.gaz, ctx)).filter(home);
      const placeInClause = places.length > 0;
      if (!places.length) {
        // the places may stand in the clause before ("تعرضت بلدات X وY وZ، لغارات"), or in a
        // list of clauses before it ("تعرضت مناطق باب توما، والعماره، وضاحيه حرستا، قذائف")
        let from = -1;
        for (let k = ci - 1; k >= 0; k--) {
          const c = eventClauses[k]!.clause;
          const here = sentPlaces.some((p) => p.mention.start >= c.start && p.mention.end <= c.end);
          // a list item: a name of a word or two ("والعماره"، "وضاحيه حرستا")
          const item = wordsAtMost(text, c.start, c.end, 2) && eventClauses[k]!.triggers.length === 0;
          if (!here) { if (from >= 0 && !item) break; continue; } // an item the gazetteer lacks keeps the list going
          from = c.start;
          if (!item) break;
        }
        if (from >= 0) places = eventPlaces(sentPlaces.filter((p) => p.mention.start >= from && p.mention.end <= clause.start)).filter(home);
      }
      if (!places.length) {
        // ...or in the clauses after it, up to the next strong act ("شنت غارات، استهدفت بلدات عده، منها X وY")
        // — the first clause that names places, with the list items after it; a later clause
        // ("بعد استقدام تعزيزات من الرقه وريف حمص") tells of something else
        let until = sent.end;
        let found = false;
        for (let k = ci + 1; k < eventClauses.length; k++) {
          const c = eventClauses[k]!.clause;
          if (eventClauses[k]!.triggers.some((x) => !x.value.weak)) { until = c.start; break; }
          const here = sentPlaces.some((p) => p.mention.start >= c.start && p.mention.end <= c.end);
          const item = wordsAtMost(text, c.start, c.end, 3);
          if (found && !(here && item)) { until = c.start; break; }
          if (here) found = true;
        }
        places = eventPlaces(sentPlaces.filter((p) => p.mention.start >= clause.end && p.mention.end <= until)).filter(home);
      }
      // ...and back to the previous clause with a trigger ("قتل 11 مدنيا، السبت، في غاره")
      let windowStart = sent.start;
      for (let k = ci - 1; k >= 0; k--) if (eventClauses[k]!.triggers.length) { windowStart = eventClauses[k]!.clause.end; break; }
      const casualties = readCasualties(text, m, windowStart, windowEnd, actorNear, actorBefore);
      const additive = /اخرين|اخري|ايضا/.test(text.slice(clause.start, windowEnd));
      // a day the sentence names: an act of another day is not the one referred to
      const ownDay = sentDates.find((d) => d.kind !== 'since' && d.precision === 1)?.date ?? null;
      // "الهجوم"، "هذه الغارات" name an act already told ("قتل 7 في انفجار…، وتبنى التنظيم الهجوم"):
      // the mention adds evidence (and a claimed perpetrator) to it, not a second event
      triggers = triggers.filter((t) => {
        // "وياتي القصف غداه…"، "وجاء الهجوم بعد…": the subject of "comes after" is an act already told
        const demonstrative = DEMONSTRATIVE.test(text.slice(Math.max(clause.start, t.start - 6), t.start))
          || COMES.test(text.slice(Math.max(clause.start, t.start - 8), t.start));
        if (!demonstrative && !(t.value.weak && DEFINITE.test(text.slice(t.start, t.end)))) return true;
        const claimed = assignRoles(text, actorsIn(clause.start, clause.end, clause.start), { civiliansMayAct: false }).actor1;
        // "وياتي القصف غداه مقتل 9 …"، "وجاءت هذه الغارات بعد اخري … ادت الي مقتل 11": the toll
        // after the word that brings in another act is that act's
        const other = OTHER_ACT.test(text.slice(t.end, Math.min(clause.end, t.end + 40)));
        const folded = referBackAny(drafts, placeInClause ? places : [], places, claimed, other ? null : casualties, additive, toOriginal(n, clause.start, clause.end), ownDay);
        return !folded && !demonstrative;
      });
      // a weak word without its own place, or restating an act of the sentence ("شنت غارات، استهدفت"), adds nothing
      triggers = triggers.filter((t) => !t.value.weak || (placeInClause && !sentTypes.has(t.value.type)));
      // destroying or seizing in the middle of a fight or a strike is part of it (codebook §2)
      const violent = eventClauses.some((x) => x.triggers.some((y) => y.value.type === 'battle' || y.value.type === 'explosion_remote_violence'));
      if (violent) triggers = triggers.filter((t) => t.value.subtype !== 'looting_property_destruction');
      // an agreement noun with no verb of concluding it recalls one already made (./agreements)
      triggers = triggers.filter((t) => !(t.value.weak && t.value.subtype === 'agreement'));
      for (const t of triggers) if (!t.value.weak) sentTypes.add(t.value.type);
      if (triggers.length === 0) continue;
      if (!places.length) {
        // "the clashes" with no place of their own refer back to an event already read
        const rest = triggers.filter((t) => !referBack(drafts, t.value, casualties, additive, toOriginal(n, clause.start, clause.end), ownDay));
        if (rest.length === 0) continue;
        const sameStory = !!casualties || actorsIn(clause.start, clause.end, clause.start).length > 0;
        if (sameStory) places = carryPlaces.length ? carryPlaces : (headlinePlaces ?? []).slice(0, 1);
        if (!places.length) continue;
      }
      // "منذ الاثنين": a fight going on since a day of this week is dated by that range
      // ("حتي نهايه العام" says until when a truce holds, not when it was made)
      const dated = (d: DateMention): boolean => !until(text, d)
        && (d.kind !== 'since' || (d.anchor?.precision === 1 && daysBetween(d.date, d.date_end ?? d.date) <= 7));
      const date = within(m.dates, clause.start, clause.end).find(dated)
        ?? sentDates.find(dated) ?? carryDate;
      let actors = actorsIn(clause.start, clause.end, clause.start);
      // a clause opened by فيما / في حين / بينما starts a new statement: no subject carried over
      const newStatement = /^[\s"']*(?:و?فيما|في حين|بينما|و?في المقابل|من جهه اخري|الي ذلك)/.test(text.slice(clause.start, clause.start + 16));
      if (!newStatement && !actors.some((a) => a.def.side !== 'civilians')) {
        actors = [...actorsIn(sent.start, clause.start, sent.start), ...actors];
      }
      if (!actors.some((a) => a.def.side !== 'civilians')) {
        // "اندلعت اشتباكات، فجر اليوم، بين X و Y": the sides may follow in the next clauses
        actors = [...actors, ...actorsIn(clause.end, windowEnd, clause.end)];
      }
      // a toll over two governorates or more is a tally, not one event's (codebook §6)
      if (casualties && places.length >= 2 && places.every((p) => p.place.kind === 'governorate' || p.mention.governorate)) {
        tallies.push(...tallyFrom(casualties, sentDates, places, published, [toOriginal(n, clause.start, windowEnd)]));
        continue;
      }
      const weapons = new Set<Weapon>();
      for (const w of within(m.weapons, clause.start, clause.end)) weapons.add(w.value);
      for (const t of triggers) for (const w of t.value.weapons) weapons.add(w);
      const firstDraft = drafts.length;
      let excessive = false;
      let tollTaken = false;
      for (const t of triggers) {
        let roles = assignRoles(text, actors, { civiliansMayAct: t.value.type === 'protest' });
        // the actor of the previous act of the same kind carries on ("...، وقصفت ايضا")
        if (!roles.actor1 && carrySubtype === t.value.subtype && carryRoles?.actor1) roles = { ...carryRoles, actor2: roles.actor2 ?? carryRoles.actor2, explicit: false };
        let type = t.value.type;
        // "تحاول استعاده المواقع": an attempt to take a place is a fight, not a capture
        const attempt = t.value.subtype === 'territory' && attemptBefore(text, t.start);
        let subtype = t.value.subtype === 'remote' ? remoteSubtype(weapons, roles.actor1)
          : attempt ? 'armed_clash'
            : t.value.subtype === 'territory' ? territorySubtype(roles.actor1) : t.value.subtype;
        // a weak "هجوم" on civilians with no armed opponent named is an attack on civilians
        const onCivilians = CIVILIAN_OBJECT.test(text.slice(clause.start, t.value.weak ? windowEnd : clause.end))
          || (casualties?.killed?.civilians ?? 0) + (casualties?.injured?.civilians ?? 0) > 0;
        if (t.value.weak && subtype === 'armed_clash' && onCivilians && (!roles.actor2 || roles.actor2.side === 'civilians')) {
          type = 'violence_against_civilians';
          subtype = 'attack';
        }
        // a weak trigger dated only to a month or a year is background ("هجوم بدا في شباط")
        if (t.value.weak && date && date.precision === 3) continue;
        // "وطبق اتفاق لوقف اطلاق النار منذ 2014": an agreement in force since then was made then
        const since = subtype === 'agreement' ? within(m.dates, clause.start, clause.end).find((d) => d.kind === 'since' && d.anchor) : undefined;
        const when = since?.anchor ? { ...since, ...since.anchor, kind: 'explicit' as const }
          : dayBefore(text, sent.start, t.start, date ?? null, published, sentDates);
        const ws = new Set(weapons);
        if (ws.size === 0) for (const w of impliedWeapons(subtype)) ws.add(w);
        // air strikes nobody is named for: in each theatre the one air force that strikes there
        if (!roles.actor1 && subtype === 'air_drone_strike') {
          const air = AIR_FORCE[country];
          if (air && published < air.until) roles = { ...roles, actor1: deps.lex.actorFor(air.key, air.country) };
        }
        // a bomb, a shooting or a kidnapping nobody is named for: ACLED's unidentified armed group
        if (!roles.actor1 && UNCLAIMED.has(subtype)) roles = { ...roles, actor1: deps.lex.actorFor('unidentified', country) };
        if (!roles.actor2 && t.value.type === 'battle' && carryRoles && roles.actor1) {
          // the opponent of an ongoing fight carries over ("وسيطرت قوات النظام على قريه X")
          // (civilians hit by the strikes told before are not the opponent of a fight)
          if (carryRoles.actor1?.name === roles.actor1.name && carryRoles.actor2?.side !== 'civilians') roles = { ...roles, actor2: carryRoles.actor2 };
          else if (carryRoles.actor2?.name === roles.actor1.name) roles = { ...roles, actor2: carryRoles.actor1 };
        }
        // shooting by state forces at a march told in the same sentence is excessive force against
        // protesters (ACLED: the protesters are actor1, the force actor2)
        const force = [roles.actor1, roles.actor2].find((a) => isGovernment(a) || a?.inter === 8);
        if (protestHere && force && casualties && ((type === 'battle' && subtype === 'armed_clash') || type === 'violence_against_civilians')) {
          type = 'protest';
          subtype = 'excessive_force_against_protesters';
          roles = { ...roles, actor1: deps.lex.actorFor('protesters', country), actor2: force };
          excessive = true;
        }
        // "قتل 45 عنصرا من قوات النظام جراء هجمات لتنظيم داعش": the side that lost the fighters was hit
        if (!roles.actor2 && roles.actor1 && (type === 'battle' || type === 'explosion_remote_violence')) {
          const hit = [...(casualties?.killed?.by_actor.keys() ?? [])].map((k) => deps.lex.actorByName(k)).find((d) => d && d.name !== roles.actor1!.name);
          if (hit) roles = { ...roles, actor2: hit };
        }
        civilianTarget(roles, type, casualties, deps.lex, country, onCivilians || (reportCivilian && type === 'explosion_remote_violence' && isGovernment(roles.actor1)));
        if (roles.actor1 && roles.actor2 && roles.actor1.name === roles.actor2.name) roles.actor2 = null;
        const tollSpans = casualties?.spans ?? [];
        const span = toOriginal(n, Math.min(clause.start, ...tollSpans.map((x) => x[0])), Math.max(clause.end, ...tollSpans.map((x) => x[1])));
        // an evacuation or a deal takes place where people leave, not where they are taken ("الي الشمال السوري")
        let where = type === 'strategic_development'
          ? places.filter((p) => !DESTINATION_BEFORE.test(text.slice(Math.max(0, p.mention.start - 10), p.mention.start)))
          : places;
        if (where.length === 0) where = carryPlaces.length ? carryPlaces : places;
        // a truce or deal over several regions is one agreement, not one per region
        if (subtype === 'agreement') where = where.slice(0, 1);
        where.forEach((place, pi) => {
          drafts.push({
            type, subtype, date: when, roles, place, weapons: ws,
            // one toll, told once: the first act of the clause, at its first place, carries it
            casualties: pi === 0 && !tollTaken ? casualties : null,
            evidence: [span],
            confidence: confidence(roles.explicit, placeInClause, !!date, !!casualties, place.precision),
            additive,
          });
        });
        if (where.length) tollTaken = true;
        if (roles.actor1) { carryRoles = roles; carrySubtype = t.value.subtype; }
      }
      // the march the force fired on is that one event, not a peaceful protest besides it
      if (excessive) {
        for (let i = drafts.length - 1; i >= firstDraft; i--) if (drafts[i]!.subtype === 'peaceful_protest') drafts.splice(i, 1);
      }
      if (placeInClause) carryPlaces = places.slice(0, 1);
    }
    // only an exact day carries on to the next sentences; a month or year is background
    // ("منذ انطلاق العمليه في درعا 19 يونيو": the start of a campaign dates nothing told next)
    const last = sentDates.filter((d) => d.kind !== 'since' && !until(text, d) && !sinceStart(text, d)).pop();
    if (last) carryDate = last.precision === 1 || (last.date_end && daysBetween(last.date, last.date_end) <= 1) ? last : null;
    if (/\n/.test(text.slice(sent.end, sent.end + 1))) { carryRoles = null; }
  }
  fillOpponents(drafts, m.actors.flatMap((a) => actorDefs.get(a) ?? []));
  return { drafts, tallies, country };
}

// "قتل 5 مدنيين اليوم في قصف على بلده غضم، ليرتفع عدد القتلى منذ بدء التصعيد الي 105": the act,
// then the campaign's toll it raises
const CONTRAST = /[\s،,](?:في حين|بينما|مقابل|وفي المقابل)\s/u;
const RAISE = /(?:^|[\s،,])(?:[لوف](?:يرتفع|ترتفع|يترفع|تترفع)|ل(?:يصل|تصل)|(?:ما|مما) (?:يرفع|رفع)|وبذلك (?:يرتفع|ترتفع))(?=\s)/u;

/** The sentence, or the act and the raised toll as two spans. */
function splitRaise(text: string, sent: Span, m: Mentions): Span[] {
  const r = RAISE.exec(text.slice(sent.start, sent.end));
  if (!r) return [sent];
  const at = sent.start + r.index + (/^[\s،,]/.test(r[0]) ? 1 : 0);
  if (at - sent.start < 15 || !within(m.triggers, sent.start, at).some((t) => !t.value.weak) || !within(m.verbs, sent.start, at).length) return [sent];
  return [{ start: sent.start, end: at }, { start: at, end: sent.end }];
}

/** A line of keywords only: no word that is not a trigger, a place or an actor, and no preposition. */
function tagLine(text: string, m: Mentions, sent: Span): boolean {
  // (cheap tests first: most sentences are long or punctuated)
  if (sent.end - sent.start > 160 || /[.،,:؟!]/.test(text.slice(sent.start, sent.end))) return false;
  const words = text.slice(sent.start, sent.end).split(/\s+/).filter((w) => w.length > 0);
  if (words.length < 3 || words.length > 14) return false;
  if (words.some((w) => /^(?:في|علي|من|الي|عن|مع|بعد|قبل|منذ|ان|قد|بين)$/.test(w))) return false;
  const covered = new Uint8Array(sent.end - sent.start);
  for (const list of [m.triggers, m.places, m.actors] as readonly (readonly Mention<unknown>[])[]) {
    for (const x of within(list, sent.start, sent.end)) covered.fill(1, x.start - sent.start, x.end - sent.start);
  }
  let pos = sent.start;
  for (const w of words) {
    const at = text.indexOf(w, pos);
    pos = at + w.length;
    if (covered[at - sent.start] !== 1 && covered[pos - 1 - sent.start] !== 1) return false;
  }
  return true;
}

const UNTIL = /(?:^|\s)(?:حتي|لغايه|الي غايه|الي حين)\s*$/;
/** "حتي 30 يونيو": the end of a duration, not the day of an act */
const until = (text: string, d: DateMention): boolean => UNTIL.test(text.slice(Math.max(0, d.start - 12), d.start));

const sinceStart = (text: string, d: DateMention): boolean => /(?:^|\s)منذ\s[^،,.]*$/.test(text.slice(Math.max(0, d.start - 60), d.start));

/** the draft happened on a day more than one day from `day` */
const otherDay = (d: Draft, day: string | null): boolean => !!day && !!d.date && Math.abs(daysBetween(d.date.date, day)) > 1;

/**
 * Fold a placeless mention into the latest event of the same type, if any: its evidence is
 * added and its toll merged. Returns false when there is no such event.
 */
function referBack(drafts: Draft[], t: TriggerHit, c: CasualtyReading | null, additive: boolean, span: [number, number], day: string | null): boolean {
  const refined = t.subtype === 'remote' || t.subtype === 'territory';
  for (let i = drafts.length - 1; i >= 0; i--) {
    const d = drafts[i]!;
    if (d.type !== t.type || (!refined && d.subtype !== t.subtype)) continue;
    if (otherDay(d, day)) continue;
    d.evidence.push(span);
    if (c) d.casualties = mergeCasualtyReadings(d.casualties, c, additive);
    if (c && additive) d.additive = true; // its toll now has a part that adds to other mentions
    return true;
  }
  return false;
}

const MODAL = /(?:^|\s)(?:يجب|ينبغي|لا بد|لابد)(?:\s|$)/;
// (Syria's regime until its fall; the Saudi-led coalition in Yemen; Israel over Gaza)
const AIR_FORCE: Record<string, { key: string; country: string; until: string }> = {
  SY: { key: 'state_military', country: 'SY', until: '2024-12-08' },
  YE: { key: 'saudi_coalition', country: 'YE', until: '9999-12-31' },
  PS: { key: 'state_military', country: 'IL', until: '9999-12-31' },
};
const LEAFLETS = /(?:^|\s)(?:مناشير|منشورات|بيانات ورقيه|المناشير|المنشورات)(?!\p{L})/u;
const OTHER_ACT = /(?:^|\s)(?:غداه|عشيه|بعد|عقب|قبل)(?!\p{L})/u;
const COMES = /(?:^|\s)[وف]?(?:ياتي|تاتي|جاء|جاءت|اتي|اتت)(?:\s+(?:هذه|هذا|تلك|ذلك))?\s*$/;
const NEXT_TOLL = /^[\s،,]*و\s*(?:مقتل|مصرع)\s/;
const KILLED = /(?:^|\s)[وف]?(?:مقتل|مصرع|قتل|قتلت|قتلوا|قتلي)(?!\p{L})/u;
const COMPLEMENT = /^[\s،,]*(?:(?:الي|علي|في|من|مع)\s|[بل]\p{L})/u;
const DEFINITE = /^[وفبلك]?(?:ال|لل)/;
const DEMONSTRATIVE = /(?:^|\s)(?:هذه|هذا|تلك|ذلك|هاتين|هذين)\s*$/;
const VIOLENT = new Set(['battle', 'explosion_remote_violence', 'violence_against_civilians']);

/** Fold a definite mention into the latest violent event of the report, whatever its kind. */
function referBackAny(
  drafts: Draft[], places: readonly ResolvedPlace[], named: readonly ResolvedPlace[], actor: ActorDef | null, c: CasualtyReading | null,
  additive: boolean, span: [number, number], day: string | null,
): boolean {
  // "ووقع الهجوم قرب قضاء امرلي": the act last told only at a governorate or region is placed
  // by a later mention that names where it happened in that governorate
  const precise = named.filter((p) => p.precision < 3 && p.place.kind !== 'governorate' && p.place.kind !== 'region');
  const exact = precise.length === 1 ? precise[0] : undefined;
  if (exact) {
    for (let i = drafts.length - 1; i >= 0; i--) {
      const d = drafts[i]!;
      if (!VIOLENT.has(d.type) || otherDay(d, day)) continue;
      if (d.place.precision !== 3 || d.place.place.country !== exact.place.country) break;
      // (the governorate named may be the neighbouring one: "قرب قضاء امرلي" in a report on Kirkuk)
      if (d.place.place.admin1 !== exact.place.admin1 && distanceKm(d.place.place, exact.place) > 120) break;
      d.place = exact;
      d.evidence.push(span);
      if (c && !d.casualties) d.casualties = c;
      return true;
    }
  }
  // "the attack" is the report's main act, told first, more often than the last one named
  for (const d of drafts) {
    if (!VIOLENT.has(d.type) || otherDay(d, day)) continue;
    // a place of its own far from that act's makes it another act
    if (places.some((p) => distanceKm(p.place, d.place.place) > 10)) return false;
    // "المسؤول عن الهجوم هو X"، "تبنى X الهجوم": a later claim names who did it
    if (actor && actor.side !== 'civilians' && (!d.roles.actor1 || d.roles.actor1.side === 'unknown')) {
      for (const x of drafts) if (x.roles === d.roles || x.evidence[0] === d.evidence[0]) x.roles = { ...x.roles, actor1: actor, explicit: true };
    }
    d.evidence.push(span);
    // a toll told with "هذه الغارات" is often the campaign's, not this act's: only a missing one is taken
    if (c && !d.casualties) d.casualties = c;
    return true;
  }
  return false;
}

/** Of a phrase's readings, the one for the report's country, else one bound to no country. */
function pickReading(a: Mention<ActorHit>, country: string): ActorHit {
  const all = a.readings ?? [a.value];
  return all.find((h) => h.country === country) ?? all.find((h) => h.country === null) ?? all[0]!;
}

/** Harm to civilians makes civilians the target when no other target is named. */
const CIVILIAN_OBJECT = /احياء سكنيه|الاحياء السكنيه|منازل|منزل|سوق|مدرسه|مستشفي|مشفي|مخيم|مسجد|فرن|سياره مدنيه|حافله|المدنيين|مدنيين|الاهالي|المواطنين|النازحين/;

function civilianTarget(roles: Roles, type: string, c: CasualtyReading | null, lex: Lexicon, country: string, civilianObject: boolean): void {
  if (roles.actor2) return;
  const civ = (c?.killed?.civilians ?? 0) + (c?.injured?.civilians ?? 0) > 0 || civilianObject;
  if (type === 'violence_against_civilians' || (type === 'explosion_remote_violence' && civ)) {
    roles.actor2 = lex.actorFor('civilians', country);
  }
}

function confidence(explicitActor: boolean, placeInClause: boolean, dated: boolean, casualties: boolean, precision: number): number {
  let c = 0.35;
  if (explicitActor) c += 0.2;
  if (placeInClause) c += 0.2;
  if (dated) c += 0.1;
  if (casualties) c += 0.05;
  if (precision === 1) c += 0.05;
  return Math.min(0.95, Math.round(c * 100) / 100);
}

export function draftToEvent(d: Draft, published: string): Event {
  const c = d.casualties;
  return {
    type: d.type,
    subtype: d.subtype,
    date: d.date?.date ?? published,
    date_end: d.date?.date_end ?? null,
    date_precision: d.date?.precision ?? 1,
    actor1: d.roles.actor1?.name ?? null,
    assoc_actors1: d.roles.assoc1.map((a) => a.name),
    actor2: d.roles.actor2?.name ?? null,
    assoc_actors2: d.roles.assoc2.map((a) => a.name),
    location: toLocation(d.place),
    fatalities: toCasualties(c?.killed ?? null),
    injuries: toCasualties(c?.injured ?? null),
    casualties_total: c?.either ?? null,
    weapons: [...d.weapons],
    evidence: d.evidence,
    confidence: d.confidence,
  };
}
