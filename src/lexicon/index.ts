// The lexicons: Arabic phrases for actors, event triggers, weapons, casualty words and context
// cues, loaded from data/lexicon and validated (see data/lexicon/README.md).
export type { PhraseIndex } from '../text/phrases.js';
export type { Weapon } from '../codebook/schema.js';
export {
  CASUALTY_CATEGORIES, CASUALTY_WHATS, CUES, REFINED_SUBTYPES,
  type ActorDef, type ActorHit, type CasualtyCategory, type CasualtyNoun, type CasualtyWhat, type Cue,
  type GenericActorDef, type Lexicon, type TriggerHit,
} from './types.js';
export { LexiconError } from './lexicon-error.js';
export { LEXICON_FILES, defaultLexiconDir, loadLexicon, phraseKey } from './load-lexicon.js';
