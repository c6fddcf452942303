// A validated reader for the gazetteer TSV format (syria_gazetteer.tsv and data/places/*.tsv).
// UTF-8, tab-separated, one header row, no quoting. Lines starting with '#' and blank lines
// are skipped. A bad row is reported with its file and line number and skipped.
import { readFileSync } from 'node:fs';

export interface TsvRow {
  readonly line: number;
  readonly get: (column: string) => string;
}

export interface TsvOptions {
  /** columns that must be present in the header */
  readonly required: readonly string[];
  /** when set, a row whose lat/lon are both empty is allowed (filled in later) */
  readonly allowNoCoords?: (row: TsvRow) => boolean;
  readonly warn: (msg: string) => void;
  /** how to name the setting that chooses this file, for the missing-file error */
  readonly hint?: string;
}

export class GazetteerFileError extends Error {}

const NUM = /^-?\d+(?:\.\d+)?$/;

export function readTsv(path: string, opts: TsvOptions): TsvRow[] {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new GazetteerFileError(
      `rasid: cannot read gazetteer file ${path} (${code ?? String(e)})` + (opts.hint ? `; ${opts.hint}` : ''));
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  const lines = text.split(/\r?\n/);
  let h = 0;
  while (h < lines.length && (lines[h]!.trim() === '' || lines[h]!.startsWith('#'))) h++;
  if (h >= lines.length) throw new GazetteerFileError(`rasid: gazetteer file ${path} is empty (no header row)`);
  const header = lines[h]!.split('\t').map((c) => c.trim());
  const col = new Map<string, number>();
  header.forEach((c, i) => col.set(c, i));
  const missing = opts.required.filter((c) => !col.has(c));
  if (missing.length) throw new GazetteerFileError(`rasid: ${path}:${h + 1}: header lacks column(s) ${missing.join(', ')}`);
  const ids = new Set<string>();
  const out: TsvRow[] = [];
  const idCol = col.get('id');
  for (let i = h + 1; i < lines.length; i++) {
    const raw = lines[i]!;
    if (raw.trim() === '' || raw.startsWith('#')) continue;
    const lineNo = i + 1;
    const cells = raw.split('\t');
    const bad = (why: string): void => opts.warn(`${path}:${lineNo}: ${why}; row skipped`);
    if (cells.length > header.length) { bad(`${cells.length} fields, header has ${header.length}`); continue; }
    // trailing empty fields may be omitted by hand-edited files, but not the required ones
    if (cells.length < header.length && cells.length <= Math.max(...opts.required.map((c) => col.get(c)!))) {
      bad(`${cells.length} fields, header has ${header.length}`);
      continue;
    }
    const get = (c: string): string => {
      const k = col.get(c);
      return k === undefined ? '' : (cells[k] ?? '').trim();
    };
    const row: TsvRow = { line: lineNo, get };
    const id = idCol === undefined ? '' : get('id');
    if (!id) { bad('empty id'); continue; }
    if (ids.has(id)) { bad(`duplicate id ${id}`); continue; }
    if (!get('name_ar') && !get('name_en')) { bad(`no name_ar or name_en for ${id}`); continue; }
    const lat = get('lat');
    const lon = get('lon');
    if (!(lat === '' && lon === '' && opts.allowNoCoords?.(row))) {
      if (!NUM.test(lat) || !NUM.test(lon)) { bad(`bad coordinates "${lat}", "${lon}" for ${id}`); continue; }
      const la = Number(lat);
      const lo = Number(lon);
      if (Math.abs(la) > 90 || Math.abs(lo) > 180) { bad(`coordinates out of range ${lat}, ${lon} for ${id}`); continue; }
    }
    const pop = get('population');
    if (pop !== '' && !/^\d+(?:\.0+)?$/.test(pop)) { bad(`bad population "${pop}" for ${id}`); continue; }
    ids.add(id);
    out.push(row);
  }
  return out;
}

export function splitList(s: string): string[] {
  return s ? s.split('|').map((x) => x.trim()).filter(Boolean) : [];
}
