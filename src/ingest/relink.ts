// After ingest, incidents are recomputed over every current event (src/link) and the store's
// incident table is replaced. Every event belongs to an incident after linking, so an event
// without one means the table is stale (new events, or a run killed before it relinked); when
// none is, nothing is recomputed and incident ids stay as they are.
import { linkIncidents, type LinkInput, type LinkOptions } from '../link/index.js';
import type { Store, StoredReport } from '../store/types.js';

export interface RelinkOptions extends LinkOptions {
  /** recompute even when every event already belongs to an incident */
  readonly force?: boolean;
}

/** The number of incidents written, or null when they were up to date. */
export async function relinkIncidents(store: Store, opts: RelinkOptions = {}): Promise<number | null> {
  const reports = new Map<number, StoredReport | null>();
  const items: LinkInput[] = [];
  let stale = opts.force ?? false;
  for await (const e of store.events()) {
    if (e.incidentId === null) stale = true;
    let r = reports.get(e.reportId);
    if (r === undefined) reports.set(e.reportId, (r = await store.getReport(e.reportId)));
    items.push({
      eventId: String(e.id),
      reportId: String(e.reportId),
      source: r?.source ?? null,
      syndicationGroup: r?.syndicationGroup ?? `report:${e.reportId}`,
      published: r?.published ?? null,
      event: e.event,
    });
  }
  if (!stale) return null;
  const incidents = linkIncidents(items, opts);
  await store.putIncidents(incidents.map((i) => ({ data: i, eventIds: i.members.map((m) => Number(m.eventId)) })));
  return incidents.length;
}
