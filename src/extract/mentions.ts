// Stage "mentions": every lexicon, gazetteer, number and date mention in a report, found once
// on the normalised text and kept sorted by position. Later stages only look things up here.
import type { Normalized } from '../text/normalize.js';
import { tokenize, type Token } from '../text/tokens.js';
import { bestMatches, type PhraseIndex, type PhraseMatch } from '../text/phrases.js';
import { findNumbers, type NumberMention } from '../text/numbers.js';
import type { ActorHit, CasualtyNoun, CasualtyWhat, Cue, Lexicon, TriggerHit } from '../lexicon/index.js';
import type { Weapon } from '../codebook/schema.js';
import type { Gazetteer, Place } from '../gazetteer/index.js';
import { findDates, type DateMention } from './dates.js';

export interface Mention<T> {
  readonly start: number;
  readonly end: number;
  readonly value: T;
}

export interface PlaceMention extends Mention<readonly Place[]> {
  /** the word before the name marks it as a place (قرية، بلدة، حي، في …) */
  readonly cued: boolean;
  /** "قرب/محيط/أطراف X": the event is near X, not in it */
  readonly near: boolean;
  /** the surface form, without proclitics, as written */
  readonly surface: string;
}

export interface Mentions {
  readonly tokens: readonly Token[];
  readonly actors: readonly Mention<ActorHit>[];
  readonly triggers: readonly Mention<TriggerHit>[];
  readonly weapons: readonly Mention<Weapon>[];
  readonly nouns: readonly Mention<CasualtyNoun>[];
  readonly verbs: readonly Mention<CasualtyWhat>[];
  readonly cues: readonly Mention<Cue>[];
  readonly places: readonly PlaceMention[];
  readonly numbers: readonly NumberMention[];
  readonly dates: readonly DateMention[];
}

function collect<T>(index: PhraseIndex<T>, text: string, tokens: readonly Token[]): Mention<T>[] {
  return bestMatches(index.findAll(text, tokens)).map((m) => ({ start: m.start, end: m.end, value: m.values[0]! }));
}

const PLACE_CUE = /(?:^|[\s"'])(?:قريه|قريتي|قري|بلده|بلدتي|بلدات|مدينه|مدينتي|مدن|حي|احياء|حيي|منطقه|مناطق|ناحيه|مخيم|مخيمي|محافظه|محافظتي|قضاء|مديريه|ولايه|مزرعه|مزارع|تل|جبل|سهل|وادي|بلدتا|قريتا|مدينتا|في|فى|الى|من|داخل|شمال|جنوب|شرق|غرب|شمالي|جنوبي|شرقي|غربي|بريف|ريف|قرب|محيط|اطراف|اطراف|اتجاه|نحو|علي|مدخل|مداخل|حدود|مشارف|ضواحي|بلدتي)\s*$/;
const NEAR_CUE = /(?:قرب|بالقرب من|محيط|اطراف|مشارف|ضواحي|اتجاه|اطراف|نحو|اطراف مدينه|محيط مدينه|مدخل|مداخل|بين)\s*(?:مدينه|بلده|قريه|حي|مخيم)?\s*$/;

function placeMentions(text: string, tokens: readonly Token[], gaz: Gazetteer, taken: (s: number, e: number) => boolean): PlaceMention[] {
  const out: PlaceMention[] = [];
  for (const m of bestMatches(gaz.names.findAll(text, tokens)) as PhraseMatch<Place>[]) {
    if (taken(m.start, m.end)) continue;
    const before = text.slice(Math.max(0, m.start - 24), m.start);
    const prefixHasPrep = /[بل]/.test(m.prefix);
    const cued = prefixHasPrep || PLACE_CUE.test(before);
    const surface = text.slice(m.start, m.end);
    const common = m.values.every((p) => p.common) || surface.replace(/^ال/, '').length <= 2;
    if (common && !cued) continue;
    out.push({ start: m.start, end: m.end, value: m.values, cued, near: NEAR_CUE.test(before), surface });
  }
  return out;
}

export function findMentions(n: Normalized, published: string, lex: Lexicon, gaz: Gazetteer): Mentions {
  const text = n.text;
  const tokens = tokenize(text);
  const actors = collect(lex.actors, text, tokens);
  const triggers = collect(lex.triggers, text, tokens);
  const weapons = collect(lex.weapons, text, tokens);
  const nouns = collect(lex.casualtyNouns, text, tokens);
  const verbs = collect(lex.casualtyVerbs, text, tokens);
  const cues = collect(lex.cues, text, tokens);
  // a place name inside an actor's name ("قوات سوريا الديمقراطيه") is not a place mention
  const blocked = [...actors, ...nouns, ...verbs];
  const taken = (s: number, e: number): boolean => blocked.some((b) => b.start < e && s < b.end);
  const places = placeMentions(text, tokens, gaz, taken);
  return {
    tokens, actors, triggers, weapons, nouns, verbs, cues, places,
    numbers: findNumbers(text),
    dates: findDates(text, published),
  };
}

/** Mentions that lie inside [start, end). */
export function within<T extends { start: number; end: number }>(list: readonly T[], start: number, end: number): T[] {
  return list.filter((m) => m.start >= start && m.end <= end);
}
