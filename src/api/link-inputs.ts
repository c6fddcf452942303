// The link module's input for stored events, and an incident rebuilt from its members: after a
// correction, merge or split the incident's figures, range, conflicts and grade are recomputed.
import type { Event } from '../codebook/schema.js';
import { buildIncident, defaultActorLookup, type Incident, type LinkInput } from '../link/index.js';
import { linkInputs } from '../ingest/relink.js';
import type { Store } from '../store/types.js';

export { linkInputs };

/** the defaults of linkIncidents (link-incidents.ts) */
const OPTS = { maxKm: 10, best: 'median', sideOf: (a: string) => defaultActorLookup(a)?.side } as const;

export function rebuildIncident(members: readonly LinkInput[]): Incident {
  return buildIncident(members, OPTS);
}

/** the current (corrected) events of an incident */
export async function incidentEvents(store: Store, incidentId: number): Promise<{ id: number; reportId: number; event: Event }[]> {
  const out: { id: number; reportId: number; event: Event }[] = [];
  for await (const e of store.events({ incidentId })) out.push(e);
  return out;
}
