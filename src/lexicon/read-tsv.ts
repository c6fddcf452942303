// A tolerant-but-strict TSV reader for the lexicon files: `#` comment lines and blank lines
// are skipped, the first other line must be the expected header, every row must have exactly
// the header's number of tab-separated cells. Problems are appended to `problems`, not thrown,
// so that a loader can report every bad line at once.
import { existsSync, readFileSync } from 'node:fs';

export interface TsvRow {
  /** 1-based line number in the file */
  readonly line: number;
  readonly cells: readonly string[];
}

export function readTsv(file: string, columns: readonly string[], problems: string[]): TsvRow[] {
  if (!existsSync(file)) {
    problems.push(`${file}: expected a lexicon file with columns ${columns.join(', ')}, found no file`);
    return [];
  }
  const lines = readFileSync(file, 'utf8').replace(/^\uFEFF/, '').split('\n');
  const rows: TsvRow[] = [];
  let header = false;
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i]!.replace(/\r$/, '');
    if (raw.trim() === '' || raw.trimStart().startsWith('#')) continue;
    const cells = raw.split('\t').map((c) => c.trim());
    const at = `${file}:${i + 1}`;
    if (!header) {
      header = true;
      if (cells.join('\t') !== columns.join('\t')) {
        problems.push(`${at}: expected the header "${columns.join('<TAB>')}", found "${cells.join('<TAB>')}"`);
        return [];
      }
      continue;
    }
    if (cells.length !== columns.length) {
      problems.push(`${at}: expected ${columns.length} tab-separated columns (${columns.join(', ')}), found ${cells.length}: "${raw}"`);
      continue;
    }
    rows.push({ line: i + 1, cells });
  }
  if (!header) problems.push(`${file}:1: expected the header "${columns.join('<TAB>')}", found an empty file`);
  return rows;
}
