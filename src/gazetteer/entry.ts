// The mutable record the loader builds before freezing it into a Place.
import type { Place, PlaceKind } from './types.js';
import { stripGenericHead } from './common.js';

export type Mutable<T> = { -readonly [K in keyof T]: T[K] };

export interface Entry {
  place: Mutable<Place>;
  /** Arabic name variants (raw or normalised; indexed after classification) */
  namesAr: Set<string>;
  /** English / Latin name variants */
  namesEn: Set<string>;
  source: string;
  /** Syrian OCHA P-codes when known */
  adm1Pcode: string;
  adm2Pcode: string;
  adm3Pcode: string;
  /** curated override of the common flag for every name of the entry: true sets, false clears */
  forceCommon?: boolean;
}

export function precisionOf(kind: PlaceKind): 1 | 2 | 3 {
  switch (kind) {
    case 'region': case 'country': case 'governorate': case 'district': case 'subdistrict': return 3;
    case 'site': return 2;
    default: return 1;
  }
}

export function newEntry(init: {
  id: string; name_ar: string; name_en: string; kind: PlaceKind; country: string;
  admin1?: string | null; admin1_ar?: string | null; admin2?: string | null; admin3?: string | null;
  lat: number; lon: number; population?: number | null; parent?: string | null; source: string;
  precision?: 1 | 2 | 3;
}): Entry {
  return {
    place: {
      id: init.id, name_ar: init.name_ar, name_en: init.name_en, kind: init.kind, country: init.country,
      admin1: init.admin1 ?? null, admin1_ar: init.admin1_ar ?? null, admin2: init.admin2 ?? null,
      admin3: init.admin3 ?? null, lat: init.lat, lon: init.lon, population: init.population ?? null,
      parent: init.parent ?? null, precision: init.precision ?? precisionOf(init.kind), common: false,
    },
    namesAr: new Set(init.name_ar ? [init.name_ar] : []),
    namesEn: new Set(init.name_en ? [init.name_en] : []),
    source: init.source,
    adm1Pcode: '',
    adm2Pcode: '',
    adm3Pcode: '',
  };
}

/** Add the head-less form of every Arabic name: "مركز الأتارب" → "الأتارب", "حي جوبر" → "جوبر". */
export function addHeadless(e: Entry): void {
  for (const n of [...e.namesAr]) {
    const s = stripGenericHead(n);
    if (s) e.namesAr.add(s);
  }
}
