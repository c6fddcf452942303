// `rasid export --format acled-csv|ucdp-csv|geojson|jsonl`: the stored events matching the
// filters, streamed from the store through src/export to standard output with back-pressure.
import { parseArgs } from 'node:util';
import type { Writable } from 'node:stream';
import { EXPORT_FORMATS, exportRows, type ExportFormat, type ExportRow } from '../export/index.js';
import type { Incident } from '../link/index.js';
import type { Store } from '../store/types.js';
import { DB_HELP, DB_OPTION, withStore } from './db.js';
import { CliError, EXIT } from './errors.js';
import { EVENT_FILTER_HELP, EVENT_FILTER_OPTIONS, eventFilter } from './filters.js';
import { asIncident } from './incidents.js';
import { reportLookup } from './search.js';
import { write } from './write.js';

export const EXPORT_HELP = `usage: rasid export --format ${EXPORT_FORMATS.join('|')} [options] > FILE

Writes the stored events matching the filters, one row (feature, line) per event, with the
outlets and fatality range of the incident each belongs to.

options:
  --format FORMAT                      ${EXPORT_FORMATS.join(', ')}
${DB_HELP}
${EVENT_FILTER_HELP}
`;

async function* rows(store: Store, filter: ReturnType<typeof eventFilter>): AsyncGenerator<ExportRow> {
  const report = reportLookup(store);
  const incidents = new Map<number, Incident | null>();
  for await (const se of store.events(filter)) {
    const r = await report(se.reportId);
    let inc: Incident | null = null;
    if (se.incidentId !== null) {
      if (!incidents.has(se.incidentId)) {
        if (incidents.size > 10_000) incidents.clear();
        const si = await store.getIncident(se.incidentId);
        incidents.set(se.incidentId, si && asIncident(si));
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

export async function runExport(argv: string[], out: Writable = process.stdout): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: { ...DB_OPTION, ...EVENT_FILTER_OPTIONS, format: { type: 'string' }, help: { type: 'boolean', short: 'h', default: false } },
  });
  if (values.help) {
    out.write(EXPORT_HELP);
    return EXIT.ok;
  }
  const format = values.format as ExportFormat | undefined;
  if (!format || !EXPORT_FORMATS.includes(format)) {
    throw new CliError(`--format: expected one of ${EXPORT_FORMATS.join(', ')}; found ${format === undefined ? 'nothing' : `"${format}"`}`, EXIT.usage);
  }
  const filter = eventFilter(values);
  return withStore(values.db, 'read', async (store) => {
    for await (const chunk of exportRows(format, rows(store, filter))) await write(out, chunk);
    return EXIT.ok;
  });
}
