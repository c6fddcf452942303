// An incident as the list shows it: the link module's incident (stored as JSON) reduced to the
// fields the map and table need, with the store's id and review.
import { asIncident, type FatalityRange, type Incident, type IncidentConflict, type IncidentGrade } from '../link/index.js';

export { asIncident };
import type { ReviewedIncident } from '../store/types.js';

export interface IncidentItem {
  readonly id: number;
  readonly type: string | null;
  readonly subtype: string | null;
  readonly date: string | null;
  readonly date_end: string | null;
  readonly location: {
    readonly name: string | null;
    readonly name_ar: string | null;
    readonly admin1: string | null;
    readonly lat: number | null;
    readonly lon: number | null;
    readonly geo_precision: number | null;
  };
  readonly fatalities: FatalityRange | null;
  readonly civilians: number | null;
  readonly sources: number;
  readonly grade: IncidentGrade | null;
  readonly conflicts: readonly IncidentConflict[];
  readonly reviewed: boolean;
  readonly reviewedBy: string | null;
  readonly reviewedAt: string | null;
  readonly actor1: string | null;
  readonly actor2: string | null;
  readonly eventIds: readonly number[];
}

/** The link module's incident, or null when the stored JSON is not one. */

/** the median of the sources' civilian figures, null when none gives one */
export function civilians(i: Incident): number | null {
  const xs = i.figures.map((f) => f.civilians).filter((x): x is number => x !== null).sort((a, b) => a - b);
  if (xs.length === 0) return null;
  const mid = xs.length >> 1;
  return xs.length % 2 ? xs[mid]! : Math.round((xs[mid - 1]! + xs[mid]!) / 2);
}

export function incidentItem(ri: ReviewedIncident): IncidentItem {
  const i = asIncident(ri.data);
  const loc = i?.location;
  return {
    id: ri.id,
    type: i?.type ?? null,
    subtype: i?.subtype ?? null,
    date: i?.date ?? null,
    date_end: i?.date_end ?? null,
    location: {
      name: loc?.name ?? null,
      name_ar: loc?.name_ar ?? null,
      admin1: loc?.admin1 ?? null,
      lat: loc?.lat ?? null,
      lon: loc?.lon ?? null,
      geo_precision: loc?.geo_precision ?? null,
    },
    fatalities: i?.fatalities ?? null,
    civilians: i ? civilians(i) : null,
    sources: i?.sources ?? 0,
    grade: i?.grade ?? null,
    conflicts: i?.conflicts ?? [],
    reviewed: ri.review !== null,
    reviewedBy: ri.review?.by ?? null,
    reviewedAt: ri.review?.at ?? null,
    actor1: i?.actor1 ?? null,
    actor2: i?.actor2 ?? null,
    eventIds: ri.eventIds,
  };
}
