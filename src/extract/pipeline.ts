// The extraction pipeline, in order. Each stage lives in its own module:
//   1 normalise (src/text/normalize)   original text -> matching copy + offset map
//   2 mentions  (./mentions)           actors, triggers, weapons, casualty words, places,
//                                      numbers, dates found once on the copy
//   3 events    (./events)             sentences -> clauses -> candidate events and tallies
//   4 merge     (./merge)              an event mentioned twice is one event; a region
//                                      that only frames a named village folds into it
//   5 output    (./events#draftToEvent) codebook JSON with evidence spans in the original
import type { ReportInput, ReportOutput } from '../codebook/schema.js';
import { loadGazetteer, type Gazetteer, type GazetteerOptions } from '../gazetteer/index.js';
import { loadLexicon, type Lexicon } from '../lexicon/index.js';
import { normalize } from '../text/normalize.js';
import { analyse, draftToEvent } from './events.js';
import { inputWarning, MAX_TEXT } from './guards.js';
import { dedupeTolls, foldRegions, mergeDrafts } from './merge.js';
import { findMentions } from './mentions.js';

export const EXTRACTOR_VERSION = '0.1.0';

export interface ExtractorOptions {
  readonly lexiconDir?: string;
  readonly gazetteer?: GazetteerOptions;
  /** reference date when a report has none (relative dates need one) */
  readonly today?: string;
  /**
   * Events located only at a region or governorate (geo precision 3): 'evidenced' (default)
   * writes them only when the report gives a toll or names who acted, and not when they lie two
   * months or more before the report — in news such mentions are mostly background ("the
   * campaign on Eastern Ghouta"); 'all' writes every one.
   */
  readonly regionEvents?: 'evidenced' | 'all';
}

/** A region or governorate named for an act two months or more before the report is history ("سيطر التنظيم على شرق سوريا في 2014"). */
const history = (d: { date: { date: string } | null }, published: string): boolean =>
  !!d.date && Date.parse(published) - Date.parse(d.date.date) > 60 * 864e5;

export interface Extractor {
  readonly lexicon: Lexicon;
  readonly gazetteer: Gazetteer;
  extract(report: ReportInput): ReportOutput;
}

export function createExtractor(opts: ExtractorOptions = {}): Extractor {
  const lexicon = loadLexicon(opts.lexiconDir);
  const gazetteer = loadGazetteer(opts.gazetteer);
  const today = opts.today ?? new Date().toISOString().slice(0, 10);
  const regionEvents = opts.regionEvents ?? 'evidenced';
  return {
    lexicon,
    gazetteer,
    extract(report) {
      const warnings: string[] = [];
      let text = report.text;
      if (text.length > MAX_TEXT) {
        warnings.push(`text is ${text.length} characters; only the first ${MAX_TEXT} were read`);
        text = text.slice(0, MAX_TEXT);
      }
      const bad = inputWarning(text);
      if (bad) return { id: report.id, events: [], tallies: [], warnings: [bad, ...warnings] };
      const published = report.published ?? today;
      if (!report.published) warnings.push(`no publication date: relative dates resolved against ${today}`);
      const n = normalize(text);
      const m = findMentions(n, published, lexicon, gazetteer);
      const a = analyse(n, m, published, { lex: lexicon, gaz: gazetteer });
      const events = dedupeTolls(foldRegions(mergeDrafts(a.drafts), published))
        .filter((d) => regionEvents === 'all' || d.place.precision !== 3 || ((d.casualties !== null || d.roles.explicit || !!d.roles.actor2) && !history(d, published)))
        // a deal, a seizure or a base with nobody named to have made it is a mention, not a record
        .filter((d) => d.type !== 'strategic_development' || d.roles.actor1 !== null || d.roles.actor2 !== null)
        .map((d) => draftToEvent(d, published));
      const out: ReportOutput = { id: report.id, events, tallies: a.tallies };
      if (warnings.length) out.warnings = warnings;
      return out;
    },
  };
}
