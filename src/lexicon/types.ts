// The shapes the lexicons load into (see data/lexicon/README.md for the files).
import type { Weapon } from '../codebook/schema.js';
import type { PhraseIndex } from '../text/phrases.js';

export interface ActorDef {
  readonly name: string;
  readonly inter: number;
  readonly side: string;
  readonly key: string;
  readonly country: string | null;
}

/** A generic actor reference ("the army", "the latter") that the extractor resolves. */
export interface GenericActorDef {
  readonly key: string;
  readonly meaning: string;
  /** the group key actorFor() uses for this generic key, null when there is none */
  readonly fallback: string | null;
  /** the group key to use instead in a given country (ISO2 → key): "the coalition" in Yemen */
  readonly byCountry: ReadonlyMap<string, string>;
}

export interface ActorHit {
  readonly key: string;
  readonly country: string | null;
  readonly generic: boolean;
}

export interface TriggerHit {
  readonly type: string;
  readonly subtype: string;
  readonly weapons: readonly Weapon[];
  /** a word that often describes a state or a campaign: needs a place in its own clause */
  readonly weak: boolean;
}

export const CASUALTY_CATEGORIES = [
  'civilian', 'child', 'woman', 'man', 'person', 'fighter', 'soldier', 'officer', 'member_generic', 'body', 'family',
] as const;
export type CasualtyCategory = (typeof CASUALTY_CATEGORIES)[number];

export interface CasualtyNoun {
  readonly category: CasualtyCategory;
  readonly count: 1 | 2 | null;
}

export const CASUALTY_WHATS = [
  'killed', 'injured', 'killed_or_injured', 'abducted', 'arrested', 'missing', 'denied_casualties',
] as const;
export type CasualtyWhat = (typeof CASUALTY_WHATS)[number];

export const CUES = ['non_event', 'future', 'negation', 'cumulative', 'attribution', 'allied', 'opponents', 'agent'] as const;
export type Cue = (typeof CUES)[number];

/** Trigger subtypes the extractor refines: `territory` (battle) and `remote` (explosion). */
export const REFINED_SUBTYPES = { territory: 'battle', remote: 'explosion_remote_violence' } as const;

export interface Lexicon {
  readonly actors: PhraseIndex<ActorHit>;
  readonly triggers: PhraseIndex<TriggerHit>;
  readonly weapons: PhraseIndex<Weapon>;
  readonly casualtyNouns: PhraseIndex<CasualtyNoun>;
  readonly casualtyVerbs: PhraseIndex<CasualtyWhat>;
  readonly cues: PhraseIndex<Cue>;
  /** canonical actor for a group key in a country (ISO2); falls back to the key's only/Syrian actor */
  actorFor(key: string, country: string | null): ActorDef | null;
  actorByName(name: string): ActorDef | undefined;
  readonly actorDefs: readonly ActorDef[];
  /** the generic keys of actor-generic.tsv */
  readonly genericActors: ReadonlyMap<string, GenericActorDef>;
  /** the directory the lexicon was loaded from */
  readonly dir: string;
}
