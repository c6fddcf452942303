// Load and validate the lexicon files of data/lexicon (rules in data/lexicon/README.md).
// Every bad line of every file is collected before one LexiconError is thrown. A lexicon is
// loaded once per directory and cached.
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { EVENT_TYPES, WEAPONS, type Weapon } from '../codebook/schema.js';
import { normalizeKey } from '../text/normalize.js';
import { PhraseIndex, wordKey } from '../text/phrases.js';
import { dualForms, dualPossessiveForms } from '../text/morphology.js';
import { ActorTable } from './actor-table.js';
import { LexiconError } from './lexicon-error.js';
import { readTsv, type TsvRow } from './read-tsv.js';
import {
  CASUALTY_CATEGORIES, CASUALTY_WHATS, CUES, REFINED_SUBTYPES,
  type ActorDef, type ActorHit, type CasualtyCategory, type CasualtyNoun, type CasualtyWhat, type Cue,
  type GenericActorDef, type Lexicon, type TriggerHit,
} from './types.js';

/** The files of a lexicon directory and their columns. */
export const LEXICON_FILES = {
  actorNames: { file: 'actor-names.tsv', columns: ['name', 'inter', 'side', 'key', 'country'] },
  actorGeneric: { file: 'actor-generic.tsv', columns: ['key', 'meaning', 'fallback'] },
  actors: { file: 'actors.tsv', columns: ['phrase', 'key', 'country', 'note'] },
  triggers: { file: 'triggers.tsv', columns: ['phrase', 'type', 'subtype', 'weapons', 'strength', 'note'] },
  weapons: { file: 'weapons.tsv', columns: ['phrase', 'weapon'] },
  casualtyNouns: { file: 'casualty-nouns.tsv', columns: ['phrase', 'category', 'count'] },
  casualtyVerbs: { file: 'casualty-verbs.tsv', columns: ['phrase', 'what'] },
  cues: { file: 'cues.tsv', columns: ['phrase', 'cue'] },
} as const;

const KEY = /^[a-z][a-z0-9_]*$/;
const COUNTRY = /^(?:[A-Z]{2}|-)$/;
const WEAPON_SET = new Set<string>(WEAPONS);

const cache = new Map<string, Lexicon>();

/** The data/lexicon folder of the package: walk up from this module until one is found. */
export function defaultLexiconDir(): string {
  let d = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const candidate = join(d, 'data', 'lexicon');
    if (existsSync(candidate)) return candidate;
    const up = dirname(d);
    if (up === d) throw new LexiconError([`${fileURLToPath(import.meta.url)}: expected a data/lexicon folder above this module, found none`]);
    d = up;
  }
}

/** Load (once per directory) and validate the lexicon of `dir` (default: the package's data/lexicon). */
export function loadLexicon(dir?: string): Lexicon {
  const root = resolve(dir ?? defaultLexiconDir());
  const cached = cache.get(root);
  if (cached) return cached;
  const lexicon = build(root);
  cache.set(root, lexicon);
  return lexicon;
}

const PLAIN_ARABIC = /^[\u0621-\u063F\u0641-\u064A ]+$/;
const FOLD: Record<string, string> = { 'أ': 'ا', 'إ': 'ا', 'آ': 'ا', 'ى': 'ي', 'ة': 'ه', 'ؤ': 'و', 'ئ': 'ي' };
const FOLDABLE = /[أإآىةؤئ]/g;

/** The match key of a phrase as PhraseIndex stores it (normalised, article removed per word). */
export function phraseKey(phrase: string): string {
  const p = phrase.trim();
  // fast path for plain Arabic letters and spaces: the same folds as normalizeKey
  const norm = PLAIN_ARABIC.test(p) ? p.replace(FOLDABLE, (c) => FOLD[c]!) : normalizeKey(p);
  return norm.split(' ').filter(Boolean).map(wordKey).join(' ');
}

function oneOf<T extends string>(list: readonly T[], v: string): v is T {
  return (list as readonly string[]).includes(v);
}

function build(dir: string): Lexicon {
  const problems: string[] = [];
  const path = (f: string): string => join(dir, f);
  const read = (spec: { file: string; columns: readonly string[] }): [string, TsvRow[]] => {
    const file = path(spec.file);
    return [file, readTsv(file, spec.columns, problems)];
  };

  // phrase files: a row needs a non-empty phrase and must not repeat an earlier row's
  // phrase (as matched) with the same values
  const uniqueRows = (file: string, rows: TsvRow[], valueCols: number): TsvRow[] => {
    const seen = new Map<string, number>();
    const out: TsvRow[] = [];
    for (const r of rows) {
      const key = phraseKey(r.cells[0]!);
      if (key === '') { problems.push(`${file}:${r.line}: expected an Arabic phrase in column 1, found "${r.cells[0]}"`); continue; }
      const id = [key, ...r.cells.slice(1, 1 + valueCols)].join('\t');
      const prev = seen.get(id);
      if (prev !== undefined) { problems.push(`${file}:${r.line}: expected a new entry, found a duplicate of line ${prev} ("${r.cells[0]}")`); continue; }
      seen.set(id, r.line);
      out.push(r);
    }
    return out;
  };

  // actor-names.tsv
  const [namesFile, nameRows] = read(LEXICON_FILES.actorNames);
  const defs: ActorDef[] = [];
  const names = new Map<string, number>();
  for (const { line, cells } of nameRows) {
    const [name, inter, side, key, country] = cells as [string, string, string, string, string];
    const at = `${namesFile}:${line}`;
    const before = problems.length;
    if (name === '') problems.push(`${at}: expected an actor name, found an empty cell`);
    else if (names.has(name)) problems.push(`${at}: expected a new actor name, found a duplicate of line ${names.get(name)} ("${name}")`);
    if (!/^[1-8]$/.test(inter)) problems.push(`${at}: expected an interaction code 1-8 in column inter, found "${inter}"`);
    if (!/^[a-z][a-z_]*$/.test(side)) problems.push(`${at}: expected a side such as pro_government, found "${side}"`);
    if (!KEY.test(key)) problems.push(`${at}: expected a group key such as state_military, found "${key}"`);
    if (!COUNTRY.test(country)) problems.push(`${at}: expected an ISO-3166 alpha-2 country or -, found "${country}"`);
    if (problems.length > before) continue;
    names.set(name, line);
    defs.push({ name, inter: Number(inter), side, key, country: country === '-' ? null : country });
  }
  const groupKeys = new Set(defs.map((d) => d.key));

  // actor-generic.tsv
  const [genericFile, genericRows] = read(LEXICON_FILES.actorGeneric);
  const generic = new Map<string, GenericActorDef>();
  for (const { line, cells } of genericRows) {
    const [key, meaning, fallback] = cells as [string, string, string];
    const at = `${genericFile}:${line}`;
    if (!KEY.test(key)) { problems.push(`${at}: expected a generic key such as army_generic, found "${key}"`); continue; }
    if (generic.has(key) || groupKeys.has(key)) { problems.push(`${at}: expected a new generic key, found "${key}" already defined`); continue; }
    if (meaning === '') { problems.push(`${at}: expected a meaning, found an empty cell`); continue; }
    // "global_coalition YE:saudi_coalition": a default group key, then per-country ones
    const [first = '-', ...overrides] = fallback.split(/\s+/);
    const byCountry = new Map<string, string>();
    const bad = [first, ...overrides.map((o) => o.split(':')[1] ?? '')].filter((k) => k !== '-' && !groupKeys.has(k));
    if (bad.length || overrides.some((o) => !/^[A-Z]{2}:\S+$/.test(o))) {
      problems.push(`${at}: expected a fallback group key of actor-names.tsv or -, then CC:key overrides, found "${fallback}"`);
      continue;
    }
    for (const o of overrides) { const [cc, k] = o.split(':') as [string, string]; byCountry.set(cc, k); }
    generic.set(key, { key, meaning, fallback: first === '-' ? null : first, byCountry });
  }

  // actors.tsv
  const [actorsFile, actorRows] = read(LEXICON_FILES.actors);
  const actors = new PhraseIndex<ActorHit>();
  for (const { line, cells } of uniqueRows(actorsFile, actorRows, 2)) {
    const [phrase, key, country] = cells as [string, string, string];
    const at = `${actorsFile}:${line}`;
    const isGeneric = generic.has(key);
    if (!isGeneric && !groupKeys.has(key)) { problems.push(`${at}: expected an actor key of actor-names.tsv or actor-generic.tsv, found "${key}"`); continue; }
    if (!COUNTRY.test(country)) { problems.push(`${at}: expected an ISO-3166 alpha-2 country or -, found "${country}"`); continue; }
    if (country !== '-' && !isGeneric && !defs.some((d) => d.key === key && d.country === country) && !defs.some((d) => d.key === key && d.country === null)) {
      problems.push(`${at}: expected a country that actor-names.tsv has for key ${key}, found "${country}"`);
      continue;
    }
    actors.add(phrase, { key, country: country === '-' ? null : country, generic: isGeneric });
  }

  // triggers.tsv
  const [triggersFile, triggerRows] = read(LEXICON_FILES.triggers);
  const triggers = new PhraseIndex<TriggerHit>();
  for (const { line, cells } of uniqueRows(triggersFile, triggerRows, 3)) {
    const [phrase, type, subtype, weaponList, strength] = cells as [string, string, string, string, string];
    const at = `${triggersFile}:${line}`;
    if (strength !== 'strong' && strength !== 'weak') { problems.push(`${at}: expected strength strong or weak, found "${strength}"`); continue; }
    const subtypes = (EVENT_TYPES as Record<string, readonly string[]>)[type];
    if (!subtypes) { problems.push(`${at}: expected an event type (${Object.keys(EVENT_TYPES).join(', ')}), found "${type}"`); continue; }
    const refined = (REFINED_SUBTYPES as Record<string, string>)[subtype];
    if (!subtypes.includes(subtype) && refined !== type) {
      problems.push(`${at}: expected a subtype of ${type} (${subtypes.join(', ')}${type === 'battle' ? ', territory' : type === 'explosion_remote_violence' ? ', remote' : ''}), found "${subtype}"`);
      continue;
    }
    const weapons = parseWeapons(weaponList);
    if (typeof weapons === 'string') { problems.push(`${at}: expected weapons from the codebook list (comma-separated) or -, found "${weapons}"`); continue; }
    triggers.add(phrase, { type, subtype, weapons, weak: strength === 'weak' });
  }

  // weapons.tsv
  const [weaponsFile, weaponRows] = read(LEXICON_FILES.weapons);
  const weapons = new PhraseIndex<Weapon>();
  for (const { line, cells } of uniqueRows(weaponsFile, weaponRows, 1)) {
    const [phrase, weapon] = cells as [string, string];
    if (!WEAPON_SET.has(weapon)) { problems.push(`${weaponsFile}:${line}: expected a weapon (${WEAPONS.join(', ')}), found "${weapon}"`); continue; }
    weapons.add(phrase, weapon as Weapon);
  }

  // casualty-nouns.tsv (+ generated duals of one-word singulars)
  const [nounsFile, nounRows] = read(LEXICON_FILES.casualtyNouns);
  const casualtyNouns = new PhraseIndex<CasualtyNoun>();
  const nounRowsOk = uniqueRows(nounsFile, nounRows, 2);
  const listed = new Set(nounRowsOk.map((r) => phraseKey(r.cells[0]!)));
  const singulars: [string, CasualtyCategory][] = [];
  for (const { line, cells } of nounRowsOk) {
    const [phrase, category, count] = cells as [string, string, string];
    const at = `${nounsFile}:${line}`;
    if (!oneOf(CASUALTY_CATEGORIES, category)) { problems.push(`${at}: expected a category (${CASUALTY_CATEGORIES.join(', ')}), found "${category}"`); continue; }
    if (count !== '1' && count !== '2' && count !== 'n') { problems.push(`${at}: expected a count 1, 2 or n, found "${count}"`); continue; }
    casualtyNouns.add(phrase, { category, count: count === 'n' ? null : count === '1' ? 1 : 2 });
    if (count === '1' && !/\s/.test(phrase)) singulars.push([phrase, category]);
  }
  const duals = new Set<string>();
  for (const [phrase, category] of singulars) {
    for (const d of [...dualForms(phrase), ...dualPossessiveForms(phrase)]) {
      const k = phraseKey(d);
      // an explicit entry wins: "مدنيين" is listed as a plural, not as the dual of مدني
      if (listed.has(k) || duals.has(`${k}\t${category}`)) continue;
      duals.add(`${k}\t${category}`);
      casualtyNouns.add(d, { category, count: 2 });
    }
  }

  // casualty-verbs.tsv
  const [verbsFile, verbRows] = read(LEXICON_FILES.casualtyVerbs);
  const casualtyVerbs = new PhraseIndex<CasualtyWhat>();
  for (const { line, cells } of uniqueRows(verbsFile, verbRows, 1)) {
    const [phrase, what] = cells as [string, string];
    if (!oneOf(CASUALTY_WHATS, what)) { problems.push(`${verbsFile}:${line}: expected one of ${CASUALTY_WHATS.join(', ')}, found "${what}"`); continue; }
    casualtyVerbs.add(phrase, what);
  }

  // cues.tsv
  const [cuesFile, cueRows] = read(LEXICON_FILES.cues);
  const cues = new PhraseIndex<Cue>();
  for (const { line, cells } of uniqueRows(cuesFile, cueRows, 1)) {
    const [phrase, cue] = cells as [string, string];
    if (!oneOf(CUES, cue)) { problems.push(`${cuesFile}:${line}: expected a cue (${CUES.join(', ')}), found "${cue}"`); continue; }
    cues.add(phrase, cue);
  }

  if (problems.length > 0) throw new LexiconError(problems);

  const table = new ActorTable(defs, generic);
  return {
    actors, triggers, weapons, casualtyNouns, casualtyVerbs, cues,
    actorFor: (key, country) => table.actorFor(key, country),
    actorByName: (name) => table.byActorName(name),
    actorDefs: defs,
    genericActors: generic,
    dir,
  };
}

/** A comma list of weapons, or the first unknown entry as a string. */
function parseWeapons(list: string): Weapon[] | string {
  if (list === '-' || list === '') return [];
  const out: Weapon[] = [];
  for (const w of list.split(',').map((x) => x.trim())) {
    if (!WEAPON_SET.has(w) || out.includes(w as Weapon)) return w;
    out.push(w as Weapon);
  }
  return out;
}
