// One entry point for every format. Each format is an async generator of text chunks (a CSV
// record, a GeoJSON feature, a JSON line): rows are read one at a time and never collected,
// so a million events export in constant memory; the caller writes the chunks to a stream.
import { acledCsv } from './acled-csv.js';
import { geojson } from './geojson.js';
import { jsonl } from './jsonl.js';
import type { Rows } from './rows.js';
import { EXPORT_FORMATS, type ExportFormat, type ExportOptions } from './types.js';
import { ucdpCsv } from './ucdp-csv.js';

export function exportRows(
  format: ExportFormat,
  rows: Rows,
  opts: ExportOptions = {},
): AsyncGenerator<string> {
  switch (format) {
    case 'acled-csv':
      return acledCsv(rows, opts);
    case 'ucdp-csv':
      return ucdpCsv(rows, opts);
    case 'geojson':
      return geojson(rows);
    case 'jsonl':
      return jsonl(rows);
    default:
      throw new TypeError(
        `expected an export format (${EXPORT_FORMATS.join(', ')}), found "${String(format)}"`,
      );
  }
}
