// The columns an incident is filtered on, derived from its events (the link module's JSON is
// stored as given and never parsed by the store): sources, date range and place names.
import { createHash } from 'node:crypto';
import { UNDATED } from './event-row.js';
import { StoreError } from './store-error.js';

/** one member event with its report's syndication group, as both stores select it */
export interface IncidentMember {
  readonly id: number;
  readonly date: string | null;
  readonly date_end: string | null;
  readonly place_name: string | null;
  readonly place_name_ar: string | null;
  readonly syndication_group: string;
}

export interface IncidentSummary {
  /** distinct syndication groups: copies of one agency text count once */
  readonly sources: number;
  readonly date: string | null;
  readonly dateEnd: string | null;
  readonly sortDate: string;
  /** JSON array of the distinct place names (English and Arabic) */
  readonly places: string;
}

export function summariseIncident(
  eventIds: readonly number[],
  members: ReadonlyMap<number, IncidentMember>,
): IncidentSummary {
  const groups = new Set<string>();
  const places = new Set<string>();
  let date: string | null = null;
  let dateEnd: string | null = null;
  for (const id of eventIds) {
    const m = members.get(id);
    if (!m)
      throw new StoreError(
        'input',
        `expected incident event ids of stored events, found unknown event id ${id}`,
      );
    groups.add(m.syndication_group);
    if (m.place_name) places.add(m.place_name);
    if (m.place_name_ar) places.add(m.place_name_ar);
    if (m.date && (date === null || m.date < date)) date = m.date;
    const end = m.date_end ?? m.date;
    if (end && (dateEnd === null || end > dateEnd)) dateEnd = end;
  }
  return {
    sources: groups.size,
    date,
    dateEnd,
    sortDate: date ?? UNDATED,
    places: JSON.stringify([...places]),
  };
}

/** An event belongs to one incident at most: the link module partitions events. */
export function checkPartition(incidents: readonly { readonly eventIds: readonly number[] }[]): void {
  const seen = new Map<number, number>();
  incidents.forEach((inc, i) => {
    for (const id of inc.eventIds) {
      const prev = seen.get(id);
      if (prev !== undefined && prev !== i)
        throw new StoreError(
          'input',
          `expected each event in one incident at most, found event ${id} in incidents #${prev} and #${i} of the batch`,
        );
      seen.set(id, i);
    }
  });
}

/** an incident row's stored columns, as both stores write them (data as JSON text) */
export interface IncidentColumns {
  readonly data: string;
  readonly sources: number;
  readonly date: string | null;
  readonly date_end: string | null;
  readonly sort_date: string;
  readonly places: string;
}

/** equal keys: the stored row needs no update (a digest: the incidents' JSON can be large) */
export function incidentKey(c: IncidentColumns): string {
  return createHash('sha1').update(JSON.stringify([c.data, c.sources, c.date, c.date_end, c.sort_date, c.places])).digest('base64');
}
