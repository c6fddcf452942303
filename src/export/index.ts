// Research exports (ACLED CSV, UCDP GED-like CSV, GeoJSON, JSON Lines), streamed from rows the
// store reads; no database here.
export {
  EXPORT_FORMATS,
  type ActorLookupResult,
  type ExportFormat,
  type ExportOptions,
  type ExportReport,
  type ExportRow,
} from './types.js';
export { exportRows } from './export-rows.js';
export { acledNotes, englishNotes, evidenceText } from './notes.js';
export { ACLED_COLUMNS, interaction } from './acled-csv.js';
export { UCDP_COLUMNS, priogridGid, typeOfViolence } from './ucdp-csv.js';
export { csvField, csvRecord } from './csv.js';
