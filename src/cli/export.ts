// `rasid export --format acled-csv|ucdp-csv|geojson|jsonl`: the stored events matching the
// filters, streamed from the store through src/export to standard output with back-pressure.
import { parseArgs } from 'node:util';
import type { Writable } from 'node:stream';
import { EXPORT_FORMATS, exportRows, type ExportFormat } from '../export/index.js';
import { storedExportRows } from '../api/export-stream.js';
import { DB_HELP, DB_OPTION, withStore } from './db.js';
import { CliError, EXIT } from './errors.js';
import { EVENT_FILTER_HELP, EVENT_FILTER_OPTIONS, eventFilter } from './filters.js';
import { write } from './write.js';

export const EXPORT_HELP = `usage: rasid export --format ${EXPORT_FORMATS.join('|')} [options] > FILE

Writes the stored events matching the filters, one row (feature, line) per event, with the
outlets and fatality range of the incident each belongs to.

options:
  --format FORMAT                      ${EXPORT_FORMATS.join(', ')}
${DB_HELP}
${EVENT_FILTER_HELP}
`;

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
    for await (const chunk of exportRows(format, storedExportRows(store, filter))) await write(out, chunk);
    return EXIT.ok;
  });
}
