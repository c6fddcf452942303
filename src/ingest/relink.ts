// After ingest, incidents are recomputed over every current event (src/link) and the store's
// incident table is replaced. Every event belongs to an incident after linking, so an event
// without one means the table is stale (new events, or a run killed before it relinked); when
// none is, nothing is recomputed and incident ids stay as they are. Relinking keeps ids and
// re-applies analysts' merges and splits (from the audit trail).
import { linkIncidents, type LinkInput, type LinkOptions, type ManualRegroup } from '../link/index.js';
import type { Event } from '../codebook/schema.js';
import type { Store, StoredReport } from '../store/types.js';

export interface RelinkOptions extends LinkOptions {
  /** recompute even when every event already belongs to an incident */
  readonly force?: boolean;
}

type StoredEventLike = { readonly id: number; readonly reportId: number; readonly event: Event; readonly incidentId?: number | null };

/** The link module's input for stored events: each with its report's outlet, date and syndication group. */
export async function linkInputs(store: Store, events: Iterable<StoredEventLike> | AsyncIterable<StoredEventLike>,
  onEvent?: (e: StoredEventLike) => void): Promise<LinkInput[]> {
  const reports = new Map<number, StoredReport | null>();
  const out: LinkInput[] = [];
  for await (const e of events) {
    onEvent?.(e);
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

/** Analysts' merges and splits from the audit trail (src/api/regroup.ts writes them), oldest first. */
export async function manualRegroups(store: Store): Promise<ManualRegroup[]> {
  const out: ManualRegroup[] = [];
  const ids = (v: unknown): string[] => (Array.isArray(v) ? v.map(String) : []);
  let last = '';
  for (const a of await store.audit({ entity: 'incident', actions: ['merge', 'split'], oldestFirst: true })) {
    const after = (a.after ?? {}) as { eventIds?: unknown; newIncident?: unknown };
    const before = (a.before ?? {}) as { eventIds?: unknown };
    if (a.action === 'merge') {
      // one entry per merged incident, each with every merged event
      const key = JSON.stringify(after);
      if (key !== last) out.push({ kind: 'merge', eventIds: ids(after.eventIds) });
      last = key;
    } else if (after.newIncident !== undefined) {
      // the entry of the incident split (the new incident's entry says the same)
      const rest = ids(after.eventIds);
      out.push({ kind: 'split', moved: ids(before.eventIds).filter((e) => !rest.includes(e)), rest });
      last = '';
    }
  }
  return out;
}

/**
 * The number of incidents written, or null when they were up to date. Incident ids stay with
 * their events (Store.putIncidents) and analysts' merges and splits are re-applied.
 */
export async function relinkIncidents(store: Store, opts: RelinkOptions = {}): Promise<number | null> {
  let stale = opts.force ?? false;
  // an event without an incident means the table is stale
  const items = await linkInputs(store, store.events(), (e) => { if (e.incidentId === null) stale = true; });
  if (!stale) return null;
  const incidents = linkIncidents(items, { ...opts, regroups: await manualRegroups(store) });
  await store.putIncidents(incidents.map((i) => ({ data: i, eventIds: i.members.map((m) => Number(m.eventId)) })));
  return incidents.length;
}
