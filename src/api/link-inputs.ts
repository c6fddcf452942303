// The link module's input for stored events, and an incident rebuilt from its members: after a
// correction, merge or split the incident's figures, range, conflicts and grade are recomputed.
import type { Event } from '../codebook/schema.js';
import { defaultActorLookup, type Incident, type LinkInput } from '../link/index.js';
import { buildIncident } from '../link/incident.js';
import type { Store, StoredReport } from '../store/types.js';

/** the defaults of linkIncidents (link-incidents.ts) */
const OPTS = { maxKm: 10, best: 'median', sideOf: (a: string) => defaultActorLookup(a)?.side } as const;

export async function linkInputs(
  store: Store,
  events: readonly { readonly id: number; readonly reportId: number; readonly event: Event }[],
): Promise<LinkInput[]> {
  const reports = new Map<number, StoredReport | null>();
  const out: LinkInput[] = [];
  for (const e of events) {
    let r = reports.get(e.reportId);
    if (r === undefined) reports.set(e.reportId, (r = await store.getReport(e.reportId)));
    out.push({
      eventId: String(e.id),
      reportId: String(e.reportId),
      source: r?.source ?? null,
      syndicationGroup: r?.syndicationGroup ?? `report:${e.reportId}`,
      published: r?.published ?? null,
      event: e.event,
    });
  }
  return out;
}

export function rebuildIncident(members: readonly LinkInput[]): Incident {
  return buildIncident(members, OPTS);
}

/** the current (corrected) events of an incident */
export async function incidentEvents(store: Store, incidentId: number): Promise<{ id: number; reportId: number; event: Event }[]> {
  const out: { id: number; reportId: number; event: Event }[] = [];
  for await (const e of store.events({ incidentId })) out.push(e);
  return out;
}
