// One incident in full: the list fields, every member event (corrected, with the machine's
// original), the reports they come from with the evidence spans in each text, and each
// source's figures side by side (from the link module's incident).
import type { Event } from '../codebook/schema.js';
import type { IncidentFigures } from '../link/index.js';
import type { Store, StoredReport } from '../store/types.js';
import { notFound } from './api-error.js';
import { asIncident, incidentItem, type IncidentItem } from './incident-view.js';

export interface IncidentMemberView {
  readonly eventId: number;
  readonly reportId: number;
  readonly source: string | null;
  readonly published: string | null;
  readonly event: Event;
  readonly original: Event;
  readonly corrected: boolean;
}

export interface IncidentReportView {
  readonly id: number;
  readonly source: string | null;
  readonly url: string | null;
  readonly published: string | null;
  readonly title: string | null;
  readonly text: string;
  readonly evidence: readonly (readonly [number, number])[];
}

export interface IncidentDetail extends IncidentItem {
  readonly members: readonly IncidentMemberView[];
  readonly reports: readonly IncidentReportView[];
  readonly figures: readonly IncidentFigures[];
}

export async function incidentDetail(store: Store, id: number): Promise<IncidentDetail> {
  const ri = await store.getReviewedIncident(id);
  if (!ri) throw notFound('incident', id);
  const reports = new Map<number, StoredReport>();
  const spans = new Map<number, [number, number][]>();
  const members: IncidentMemberView[] = [];
  for await (const e of store.events({ incidentId: id })) {
    let r = reports.get(e.reportId);
    if (!r) {
      const got = await store.getReport(e.reportId);
      if (got) reports.set(e.reportId, (r = got));
    }
    const list = spans.get(e.reportId) ?? [];
    spans.set(e.reportId, list);
    for (const [s, t] of e.event.evidence) list.push([s, t]);
    members.push({
      eventId: e.id,
      reportId: e.reportId,
      source: r?.source ?? null,
      published: r?.published ?? null,
      event: e.event,
      original: e.original ?? e.event,
      corrected: e.original !== undefined,
    });
  }
  return {
    ...incidentItem(ri),
    members,
    reports: [...reports.values()].map((r) => ({
      id: r.id,
      source: r.source,
      url: r.url,
      published: r.published,
      title: r.title,
      text: r.text,
      evidence: (spans.get(r.id) ?? []).sort((a, b) => a[0] - b[0] || a[1] - b[1]),
    })),
    figures: asIncident(ri.data)?.figures ?? [],
  };
}
