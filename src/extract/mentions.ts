// Stage "mentions": every lexicon, gazetteer, number and date mention in a report, found once
// on the normalised text and kept sorted by position. Later stages only look things up here.
import { toOriginal, type Normalized } from '../text/normalize.js';
import { tokenize, type Token } from '../text/tokens.js';
import { bestMatches, PhraseIndex, prepareTokens, type PhraseMatch, type PreparedTokens } from '../text/phrases.js';
import { findNumbers, type NumberMention } from '../text/numbers.js';
import type { ActorHit, CasualtyNoun, CasualtyWhat, Cue, Lexicon, TriggerHit } from '../lexicon/index.js';
import type { Weapon } from '../codebook/schema.js';
import { classifyAr, nameKey, type Gazetteer, type Place } from '../gazetteer/index.js';
import { afterSettlement, fuzzyIndex } from './fuzzy-places.js';
import { withBareCountryside } from './countryside.js';
import { withUnknownNeighbourhoods } from './neighbourhoods.js';
import { findDates, type DateMention } from './dates.js';

export interface Mention<T> {
  readonly start: number;
  readonly end: number;
  readonly value: T;
  /** every reading of the phrase when it has several ("الجيش الوطني" in Syria, Yemen, Libya) */
  readonly readings?: readonly T[];
}

export interface PlaceMention extends Mention<readonly Place[]> {
  /** "قرب/محيط/أطراف X": the event is near X, not in it */
  readonly near: boolean;
  /** "محافظه X": the governorate, not its capital */
  readonly governorate: boolean;
  /** the name as the original text writes it, without proclitics */
  readonly surface: string;
  /** a settlement noun stands before it ("قريه X"، "مدينه X") */
  readonly cued?: boolean;
  /** it frames the place named just before it ("كتاف بصعده"، "الشعله في بغداد") */
  readonly frame?: boolean;
  /** it says where the place before it lies ("الغوطه الشرقيه المحاصره قرب دمشق") */
  readonly locates?: boolean;
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

type Tagged =
  | { kind: 'actors'; v: ActorHit } | { kind: 'triggers'; v: TriggerHit } | { kind: 'weapons'; v: Weapon }
  | { kind: 'nouns'; v: CasualtyNoun } | { kind: 'verbs'; v: CasualtyWhat } | { kind: 'cues'; v: Cue };
type Kind = Tagged['kind'];

// The six lexicons merged into one trie, built once per lexicon: one pass over the tokens
// instead of six (the phrase search is the hottest step of extraction).
const combined = new WeakMap<Lexicon, PhraseIndex<Tagged>>();
function combinedIndex(lex: Lexicon): PhraseIndex<Tagged> {
  let idx = combined.get(lex);
  if (!idx) {
    idx = new PhraseIndex<Tagged>();
    idx.absorb(lex.actors, (v) => ({ kind: 'actors', v }));
    idx.absorb(lex.triggers, (v) => ({ kind: 'triggers', v }));
    idx.absorb(lex.weapons, (v) => ({ kind: 'weapons', v }));
    idx.absorb(lex.casualtyNouns, (v) => ({ kind: 'nouns', v }));
    idx.absorb(lex.casualtyVerbs, (v) => ({ kind: 'verbs', v }));
    idx.absorb(lex.cues, (v) => ({ kind: 'cues', v }));
    combined.set(lex, idx);
  }
  return idx;
}

/** Split merged matches by lexicon, then keep each lexicon's best non-overlapping matches. */
function collectAll(lex: Lexicon, p: PreparedTokens): Record<Kind, Mention<unknown>[]> {
  const byKind: Record<Kind, PhraseMatch<unknown>[]> = { actors: [], triggers: [], weapons: [], nouns: [], verbs: [], cues: [] };
  for (const m of combinedIndex(lex).findPrepared(p)) {
    const k0 = m.values[0]!.kind;
    if (m.values.every((x) => x.kind === k0)) {
      // the common case: one lexicon only; only the first value is read downstream
      byKind[k0].push({ from: m.from, to: m.to, start: m.start, end: m.end, prefix: m.prefix, values: m.values.length === 1 ? [m.values[0]!.v] : m.values.map((x) => x.v) });
      continue;
    }
    for (const k of new Set(m.values.map((x) => x.kind))) {
      byKind[k].push({ ...m, values: m.values.filter((x) => x.kind === k).map((x) => x.v) });
    }
  }
  const out = {} as Record<Kind, Mention<unknown>[]>;
  for (const k of Object.keys(byKind) as Kind[]) {
    out[k] = bestMatches(byKind[k]).map((m) => (m.values.length > 1
      ? { start: m.start, end: m.end, value: m.values[0], readings: m.values }
      : { start: m.start, end: m.end, value: m.values[0] }));
  }
  return out;
}

// A settlement noun right before a name makes it a place whatever the name ("قرية الطيبة").
// (Without the article: "الجبل المطل" is a noun and its adjective, "جبل الزاويه" a name.)
const STRONG_CUE = /(?:^|[\s"'])[وفبل]?(?:قريه|قريتي|قريتا|قري|بلده|بلدتي|بلدتا|بلدات|مدينه|مدينتي|مدينتا|مدن|حي|حيي|احياء|منطقه|منطقتي|مناطق|ناحيه|مخيم|مخيمي|محافظه|محافظتي|قضاء|مديريه|مديريتي|ولايه|مزرعه|مزارع|تل|تله|جبل|سهل|وادي|ضاحيه|مطار|معبر|سجن|جبهه|محور|قصبه|اقليم|باديه|باديتي)\s*$/;
// A plural noun heads a list of names ("بلدات نوى وطفس") but does not make a common word a
// name ("بلدات على الاقل"، "مناطق الصراع").
const PLURAL_CUE = /(?:^|[\s"'])[وفبل]?(?:قري|بلدات|مدن|احياء|مناطق|مزارع)\s*$/;
const SPEAKER_BEFORE = /(?:^|\s)[وف]?(?:قال|قالت|افاد|افادت|تقول|يقول|اعلن|اعلنت|اعلنته|اعلنها|اعربت|اعرب|اتهمت|تتهم|اتهم|ذكرت|اكدت|نفت|طالبت|دعت|حذرت|هددت|تعتبرها|تعتبره|تصنفها|وصفت|ردت|رفضت|ادانت|نددت|الطبيب|الدكتور|الناطق|المتحدث)\s*$/;
const MEDIA_BEFORE = /(?:^|\s)[وفبل]?(?:موقع|شبكه|وكاله|صحيفه|جريده|قناه|تلفزيون|اذاعه|راديو|تنسيقيه|مرصد|صفحه|منصه)\s*$/;
// "المرصد السوري، ومقره بريطانيا": where an organisation sits, not a party to anything
const SEAT_BEFORE = /(?:^|\s)و?(?:مقره|مقرها)\s+(?:في\s+)?$/;
const DEAL_WITH = /(?:اتفاق|مصالحه|تسويه|هدنه|مفاوضات|محادثات|حوار|تفاهم|المصالحات)\S*(?:\s+\S+){0,3}\s+مع\s*$/;
// Function words are never places, whatever stands before them.
const FUNCTION_WORDS = new Set(['علي', 'عن', 'الي', 'في', 'من', 'مع', 'حتي', 'منذ', 'لدي', 'ان', 'انه', 'قد', 'ما', 'لا', 'لم', 'كل', 'بعض', 'غير']);
// A preposition is a weaker cue: enough for a name that is not also a common word.
const WEAK_CUE = /(?:^|[\s"'])(?:و?منها|بينها|مثل|في|فى|من|الي|علي|الى|على|قرب|بالقرب من|نحو|باتجاه|اتجاه|داخل|عند|بين|حتي|مع|[بو]?ريف|شمال|جنوب|شرق|غرب|شمالي|جنوبي|شرقي|غربي|وسط|محيط|اطراف|ضواحي|مشارف|مداخل|مدخل|نواحي)\s*$/;
const NEAR_CUE = /(?:قرب|بالقرب من|محيط|اطراف|مشارف|ضواحي|مدخل|مداخل|بين|نواحي)\s*(?:(?:مدينه|بلده|قريه|حي|مخيم|قضاء|ناحيه|منطقه)\s*)?$/;
const GOV_CUE = /(?:محافظه|محافظتي|محافظات|ولايه|ولايتي|ارياف)\s*(?:(?:\S+\s+)?و\s*)?$/;
// In a list, a name joined to an accepted place by و or a comma is a place too, even across an
// item or two the gazetteer lacks ("مناطق حمورية، والشيفونية، ومسرابا").
// "X بـY"، "X في مديريه Y": the second place contains the first.
const FRAME_GAP = /^\s*(?:ب|في\s*|فى\s*)(?:(?:مديريه|محافظه|منطقه|قضاء|ناحيه|ولايه|مدينه|بلده)\s*)?$/;
const DIRECTION = '(?:ال)?(?:جنوب|شمال|شرق|غرب)ي?(?: (?:ال)?(?:شرق|غرب)ي?)?';
const DIRECTION_HEAD = new RegExp(`^${DIRECTION}\\s`);
// "الواقعه الي الجنوب من كركوك"، "علي بعد 200 كيلومتر شمال بغداد"، "المحاصره قرب دمشق"
const LOCATES_GAP = new RegExp(`^[\\s،,(]*(?:ال\\S+ ){0,2}(?:علي بعد (?:نحو |حوالي )?\\d+ ?[^\\s\\d]\\S* )?(?:(?:الي|في) )?(?:قرب|بالقرب من|${DIRECTION}(?: من)?)\\s*$`);
const LIST_GAP = /^\s*(?:[،,]\s*)?(?:و\s*)?(?:[^\s،,]+\s*[،,]\s*(?:و\s*)?){0,2}$/;

// Names well known enough to be places without a cue: admin units, regions, large towns.
const MAJOR_KINDS = new Set(['country', 'governorate', 'district', 'subdistrict', 'region']);
const isMajor = (p: Place): boolean => MAJOR_KINDS.has(p.kind) || (p.population ?? 0) >= 50_000;

/** Per candidate list (the gazetteer index's own arrays): flags read on every match, computed once. */
interface Flags { readonly common: boolean; readonly major: boolean; readonly foreignMinor: boolean }
const flagCache = new WeakMap<readonly Place[], Flags>();
function flagsOf(values: readonly Place[]): Flags {
  let f = flagCache.get(values);
  if (!f) {
    f = {
      common: values.some((v) => v.common),
      major: values.some(isMajor),
      foreignMinor: values.every((v) => v.id.startsWith('gn:') && !isMajor(v)),
    };
    flagCache.set(values, f);
  }
  return f;
}

/** Letters of a matched name without its article and spaces, counted without building strings. */
function bareLength(text: string, start: number, end: number): number {
  let i = start;
  if (text.charCodeAt(i) === 0x627 && text.charCodeAt(i + 1) === 0x644) i += 2; // ال
  let n = 0;
  for (; i < end; i++) if (text.charCodeAt(i) > 32) n++;
  return n;
}

function placeMentions(p: PreparedTokens, n: Normalized, gaz: Gazetteer, taken: (s: number, e: number) => boolean): PlaceMention[] {
  const out: PlaceMention[] = [];
  let lastEnd = -1;
  let chainStrong = false;
  const text = p.text;
  for (const m of bestMatches(gaz.names.findPrepared(p)) as PhraseMatch<Place>[]) {
    if (taken(m.start, m.end)) continue;
    const flags = flagsOf(m.values);
    const bareLen = bareLength(text, m.start, m.end);
    if (bareLen <= 2) continue; // never a place: too short to tell from a word
    const before = text.slice(Math.max(0, m.start - 24), m.start);
    const common = flags.common;
    const inList = lastEnd >= 0 && LIST_GAP.test(text.slice(lastEnd, m.start - (m.prefix.startsWith('و') ? 1 : 0)));
    // "بلدات نوى وطفس وداعل": the settlement noun heads the whole list
    if (FUNCTION_WORDS.has(text.slice(m.start, m.end))) continue;
    const strong: boolean = (STRONG_CUE.test(before) && !(common && PLURAL_CUE.test(before))) || (inList && chainStrong && !common);
    // ب is "in/at"; ل is too often part of a word or "for" to count ("لجاوا"، "للمصدر")
    const weak = m.prefix.includes('ب') || WEAK_CUE.test(before) || inList;
    const major = flags.major;
    // "تقول انقره"، "اعربت واشنطن عن قلقها": a capital that speaks is its government, not a place
    if (SPEAKER_BEFORE.test(before)) continue;
    // "موقع سويداء 24"، "تلفزيون ابو ظبي"، "شبكه حلب نيوز": the name of an outlet
    if (MEDIA_BEFORE.test(before)) continue;
    // "ومقره في القامشلي": where an organisation sits, not where anything happened
    if (SEAT_BEFORE.test(before)) continue;
    // "اتفاق للمصالحه مع دمشق": a capital one makes a deal with is its government
    if (flags.major && DEAL_WITH.test(text.slice(Math.max(0, m.start - 48), m.start))) continue;
    // "ابو خليل"، "بن علي": a name after a kinship word is a person
    if (/(?:^|\s)(?:ابو|ابي|ام|بن|ابن|بنت|عبد|ال)\s*$/.test(before) && !strong) continue;
    // GeoNames' Arabic names outside Syria are noisy: such a place needs a settlement noun or renown
    if (flags.foreignMinor && !strong) continue;
    const ok = strong || (!common && (bareLen <= 3 ? weak && major : major || weak));
    if (!ok) continue;
    const [os, oe] = toOriginal(n, m.start, m.end);
    const surface = n.original.slice(os, oe);
    const governorate = GOV_CUE.test(before) || /^(?:محافظه|محافظتي|ولايه)\s/.test(text.slice(m.start, m.end));
    const frame = lastEnd >= 0 && m.start - lastEnd <= 16 && FRAME_GAP.test(text.slice(lastEnd, m.start));
    // (also "عفرين (شمال غربي سوريا)"، "كفرنبل، جنوب ادلب": a direction that heads the name itself)
    const gap = lastEnd >= 0 ? text.slice(lastEnd, m.start) : '';
    const locates = lastEnd >= 0 && m.start - lastEnd <= 32 && (LOCATES_GAP.test(gap)
      || (/^[\s،,(]*$/.test(gap) && DIRECTION_HEAD.test(text.slice(m.start, m.end))));
    out.push({
      start: m.start, end: m.end, value: m.values, near: NEAR_CUE.test(before), governorate, surface, cued: strong,
      ...(frame && { frame }), ...(locates && { locates }),
    });
    lastEnd = m.end;
    chainStrong = strong;
  }
  return out;
}

export function findMentions(n: Normalized, published: string, lex: Lexicon, gaz: Gazetteer): Mentions {
  const text = n.text;
  const tokens = tokenize(text);
  const p = prepareTokens(text, tokens);
  const all = collectAll(lex, p);
  // "نظام اعتراض القذائف": without its article "نظام" is a system, unless the regime is named ("نظام الاسد")
  const actors = (all.actors as Mention<ActorHit>[]).filter((a) => !SEAT_BEFORE.test(text.slice(Math.max(0, a.start - 16), a.start)))
    .filter((a) => a.value.key !== 'regime_generic'
    || /(?:ال|لل)نظام/.test(text.slice(Math.max(0, a.start - 2), a.end)) || /^\s+(?:الاسد|بشار|الرييس|دمشق)/.test(text.slice(a.end, a.end + 10)));
  // "مسلحي تنظيم داعش": "the organisation" followed by its name is the head of that name, not an anaphor
  for (let i = actors.length - 2; i >= 0; i--) {
    const a = actors[i]!;
    if (a.value.key === 'anaphor_org' && actors[i + 1]!.start - a.end <= 1) actors.splice(i, 1);
  }
  const triggers = all.triggers as Mention<TriggerHit>[];
  const weapons = all.weapons as Mention<Weapon>[];
  const nouns = all.nouns as Mention<CasualtyNoun>[];
  const verbs = all.verbs as Mention<CasualtyWhat>[];
  // a word inside an actor's name is not a cue ("الحشد الشعبي" is no build-up)
  const cues = (all.cues as Mention<Cue>[]).filter((q) => q.value !== 'non_event' || !actors.some((a) => a.start <= q.start && q.end <= a.end));
  // a place name inside an actor's name ("قوات سوريا الديمقراطيه") is not a place mention
  const blocked = new Uint8Array(text.length + 1); // a character mask: linear on long texts
  for (const b of [...actors, ...nouns, ...verbs]) blocked.fill(1, b.start, b.end);
  const taken = (s: number, e: number): boolean => {
    for (let i = s; i < e; i++) if (blocked[i] === 1) return true;
    return false;
  };
  const places = withUnknownNeighbourhoods(
    withBareCountryside(withMisspelled(placeMentions(p, n, gaz, taken), tokens, n, gaz, taken), n, gaz), tokens, n, taken);
  return {
    tokens, actors, triggers, weapons, nouns, verbs, cues, places,
    numbers: findNumbers(text),
    dates: findDates(text, published),
  };
}

/** Adds names misspelled after a settlement noun ("قريه زينون") that the gazetteer lacks as written. */
function withMisspelled(places: PlaceMention[], tokens: readonly Token[], n: Normalized, gaz: Gazetteer, taken: (s: number, e: number) => boolean): PlaceMention[] {
  const text = n.text;
  const extra: PlaceMention[] = [];
  // the governorates the report names without doubt: a misspelled name must lie in one of them
  const admin1 = new Set<string>();
  for (const m of places) {
    const a = new Set(m.value.map((v) => v.admin1));
    if (a.size === 1 && m.value[0]!.country === 'SY' && m.value[0]!.admin1) admin1.add(m.value[0]!.admin1);
  }
  if (admin1.size === 0) return places;
  let pi = 0;
  for (const t of tokens) {
    if (t.end - t.start < 3 || !afterSettlement(text, t.start)) continue;
    while (pi < places.length && places[pi]!.end <= t.start) pi++;
    if (pi < places.length && places[pi]!.start < t.end) continue; // already a place
    if (taken(t.start, t.end)) continue;
    const word = nameKey(t.text);
    if (word.length < 3 || classifyAr(word) !== 'ok') continue;
    const cands = fuzzyIndex(gaz).near(word).filter((c) => c.admin1 !== null && admin1.has(c.admin1));
    // a three-letter name has many neighbours: only a single one will do
    if (cands.length === 0 || (word.length === 3 && new Set(cands.map((c) => c.name_ar)).size > 1)) continue;
    const [os, oe] = toOriginal(n, t.start, t.end);
    extra.push({ start: t.start, end: t.end, value: cands, near: false, governorate: false, surface: n.original.slice(os, oe) });
  }
  return extra.length ? [...places, ...extra].sort((a, b) => a.start - b.start) : places;
}

/** Mentions that lie inside [start, end); `list` is sorted by start (binary search: long texts stay linear). */
export function within<T extends { start: number; end: number }>(list: readonly T[], start: number, end: number): T[] {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid]!.start < start) lo = mid + 1;
    else hi = mid;
  }
  const out: T[] = [];
  for (let i = lo; i < list.length && list[i]!.start < end; i++) if (list[i]!.end <= end) out.push(list[i]!);
  return out;
}

