// The shapes of cross-report linking: what the caller hands in (one extracted event with the
// report it came from) and what comes out (an incident that several reports may describe).
import type { Event, Location } from '../codebook/schema.js';
import type { ManualRegroup } from './manual.js';

export interface LinkInput {
  readonly eventId: string;
  readonly reportId: string;
  /** the outlet (SOHR, SANA, …), null when unknown */
  readonly source: string | null;
  /**
   * Reports in one group are copies of one text (an agency wire on several sites): they
   * link like any report but count as ONE independent source. A report alone passes a group
   * of its own (its report id, say).
   */
  readonly syndicationGroup: string;
  readonly published: string | null;
  readonly event: Event;
}

/** One report's figures for an incident, shown side by side. */
export interface IncidentFigures {
  readonly eventId: string;
  readonly reportId: string;
  readonly source: string | null;
  readonly syndicationGroup: string;
  readonly fatalities: number | null;
  readonly civilians: number | null;
  readonly children: number | null;
  readonly women: number | null;
  readonly injured: number | null;
  readonly actor1: string | null;
  readonly location_name: string;
}

/** UCDP-style range of the independent sources' fatality totals. */
export interface FatalityRange {
  readonly low: number;
  readonly best: number;
  readonly high: number;
}

export type IncidentConflict = 'toll' | 'perpetrator' | 'place' | 'date' | 'subtype';
export type IncidentGrade = 'single_source' | 'corroborated' | 'contested';

export interface Incident {
  /** stable: derived from the earliest member (earliest published, then event id) */
  readonly id: string;
  readonly type: string;
  /** the sub-type most independent sources give (ties: the earliest member's) */
  readonly subtype: string;
  /** the earliest member date (null only for a lone undated event) */
  readonly date: string | null;
  /** the latest member end, when later than date */
  readonly date_end: string | null;
  /** the most precise member location (lowest geo_precision; ties: the earliest member's) */
  readonly location: Location;
  readonly actor1: string | null;
  readonly actor2: string | null;
  /** earliest member first */
  readonly members: readonly LinkInput[];
  /** independent sources = distinct syndication groups */
  readonly sources: number;
  readonly figures: readonly IncidentFigures[];
  /** null when no source gives a fatality total */
  readonly fatalities: FatalityRange | null;
  readonly conflicts: readonly IncidentConflict[];
  readonly grade: IncidentGrade;
}

/** What linking needs to know about an actor: its side (actors.tsv `side`). */
export type SideOf = (actor: string) => string | undefined;

export interface LinkOptions {
  /** places further apart than this do not link (default 10 km) */
  readonly maxKm?: number;
  /** date ranges further apart than this many days do not link (default 1) */
  readonly maxDays?: number;
  /** the best estimate: median of independent totals (UCDP, default), their max, or the lowest (ACLED) */
  readonly best?: 'median' | 'max' | 'lowest';
  /** actor → side; default: data/lexicon/actor-names.tsv, unknown names are a side of their own */
  readonly sideOf?: SideOf;
  /** analysts' merges and splits, oldest first, re-applied over the linking (manual.ts) */
  readonly regroups?: readonly ManualRegroup[];
}
