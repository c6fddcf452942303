// A plain-text file is one report; its date, outlet, URL and title come from a sidecar
// "<file>.meta.json" when there is one, else from --published / --source.
import { existsSync, readFileSync } from 'node:fs';
import { basename } from 'node:path';
import type { ReportInput } from '../codebook/schema.js';
import { IngestError } from './ingest-error.js';
import type { IngestItem, ReaderOptions } from './types.js';

const META_KEYS = ['published', 'source', 'url', 'title'] as const;

export function readSidecar(path: string): Partial<Record<(typeof META_KEYS)[number], string>> {
  const p = `${path}.meta.json`;
  if (!existsSync(p)) return {};
  let m: Record<string, unknown>;
  try {
    m = JSON.parse(readFileSync(p, 'utf8')) as Record<string, unknown>;
  } catch (e) {
    throw new IngestError(`${p}: expected a JSON object, found invalid JSON: ${(e as Error).message}`);
  }
  const out: Partial<Record<(typeof META_KEYS)[number], string>> = {};
  for (const k of META_KEYS) if (typeof m[k] === 'string') out[k] = m[k];
  if (out.published !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(out.published)) {
    throw new IngestError(`${p}: "published": expected YYYY-MM-DD, found "${out.published}"`);
  }
  return out;
}

export async function* readText(path: string, opts: ReaderOptions): AsyncGenerator<IngestItem> {
  const meta = readSidecar(path);
  const report: ReportInput = {
    id: basename(path),
    source: meta.source ?? opts.source ?? null,
    url: meta.url ?? null,
    published: opts.published ?? meta.published ?? null, // as `rasid extract`: the flag wins
    title: meta.title ?? null,
    text: readFileSync(path, 'utf8'),
  };
  yield { report, origin: path };
}
