// Inputs to files: a directory is walked recursively (sorted, so every run sees the same order)
// and its files are kept by extension; a file named on the command line is always read.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';
import { IngestError } from './ingest-error.js';

export type InputKind = 'jsonl' | 'text' | 'html' | 'feed';

const KINDS: Record<string, InputKind> = {
  '.jsonl': 'jsonl', '.ndjson': 'jsonl', '.json': 'jsonl',
  '.txt': 'text',
  '.html': 'html', '.htm': 'html',
  '.xml': 'feed', '.rss': 'feed', '.atom': 'feed',
};

export interface InputFile {
  readonly path: string;
  readonly kind: InputKind;
  /** bytes, for progress */
  readonly size: number;
}

/** The kind of a file by its extension; null for a file a directory walk skips. */
export function kindOf(path: string): InputKind | null {
  if (path.endsWith('.meta.json')) return null; // a sidecar, read with its text file
  return KINDS[extname(path).toLowerCase()] ?? null;
}

function walkDir(dir: string, out: InputFile[]): void {
  for (const name of readdirSync(dir).sort()) {
    if (name.startsWith('.')) continue;
    const p = join(dir, name);
    const st = statSync(p);
    if (st.isDirectory()) walkDir(p, out);
    else if (st.isFile()) {
      const kind = kindOf(p);
      if (kind) out.push({ path: p, kind, size: st.size });
    }
  }
}

/** Every input file, in command-line order, directories expanded. */
export function expandInputs(paths: readonly string[]): InputFile[] {
  const out: InputFile[] = [];
  for (const path of paths) {
    if (!existsSync(path)) throw new IngestError(`${path}: no such file or directory`);
    const st = statSync(path);
    if (st.isDirectory()) walkDir(path, out);
    else out.push({ path, kind: kindOf(path) ?? 'text', size: st.size });
  }
  return out;
}
