// GET /api/export: the stored (corrected) events matching the filters as ACLED CSV, UCDP CSV,
// GeoJSON or JSON Lines, streamed: the body is a pull stream, so the store is read only as fast
// as the client takes the bytes (back-pressure), in chunks of about 64 KB.
import { exportRows, type ExportFormat, type ExportRow } from '../export/index.js';
import type { Incident } from '../link/index.js';
import type { EventFilter, Store, StoredReport } from '../store/types.js';
import { asIncident } from './incident-view.js';

export const EXPORT_TYPES: Record<ExportFormat, { readonly type: string; readonly file: string }> = {
  'acled-csv': { type: 'text/csv; charset=utf-8', file: 'rasid-acled.csv' },
  'ucdp-csv': { type: 'text/csv; charset=utf-8', file: 'rasid-ucdp.csv' },
  geojson: { type: 'application/geo+json; charset=utf-8', file: 'rasid-events.geojson' },
  jsonl: { type: 'application/x-ndjson; charset=utf-8', file: 'rasid-events.jsonl' },
};

const CHUNK = 64 * 1024;

/** Stored events as export rows (with their report, outlets and incident range); `rasid export` uses it too. */
export async function* storedExportRows(store: Store, filter: EventFilter): AsyncGenerator<ExportRow> {
  const reports = new Map<number, StoredReport | null>();
  const incidents = new Map<number, Incident | null>();
  for await (const se of store.events(filter)) {
    let r = reports.get(se.reportId);
    if (r === undefined) {
      if (reports.size > 10_000) reports.clear();
      reports.set(se.reportId, (r = await store.getReport(se.reportId)));
    }
    let inc: Incident | null = null;
    if (se.incidentId !== null) {
      if (!incidents.has(se.incidentId)) {
        if (incidents.size > 10_000) incidents.clear();
        const si = await store.getIncident(se.incidentId);
        incidents.set(se.incidentId, si && asIncident(si.data));
      }
      inc = incidents.get(se.incidentId) ?? null;
    }
    const sources = inc ? [...new Set(inc.members.map((m) => m.source).filter((s): s is string => !!s))] : undefined;
    yield {
      eventId: String(se.id),
      event: se.event,
      report: { id: r?.extId ?? String(se.reportId), source: r?.source ?? null, url: r?.url ?? null, published: r?.published ?? null, text: r?.text ?? '' },
      incidentId: se.incidentId === null ? null : String(se.incidentId),
      ...(sources && { sources }),
      ...(inc && { range: inc.fatalities }),
    };
  }
}

export function exportStream(store: Store, format: ExportFormat, filter: EventFilter): ReadableStream<Uint8Array> {
  const chunks = exportRows(format, storedExportRows(store, filter));
  const enc = new TextEncoder();
  return new ReadableStream<Uint8Array>(
    {
      async pull(ctrl) {
        let buf = '';
        while (buf.length < CHUNK) {
          const { value, done } = await chunks.next();
          if (done) {
            if (buf) ctrl.enqueue(enc.encode(buf));
            ctrl.close();
            return;
          }
          buf += value;
        }
        ctrl.enqueue(enc.encode(buf));
      },
      async cancel() {
        await chunks.return(undefined);
      },
    },
    { highWaterMark: 1 },
  );
}
