// Reading reports: codebook JSON Lines (streamed line by line, each validated at the edge) or
// plain text files (one report each, publication date from --published or a sidecar file).
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { basename, extname } from 'node:path';
import { Readable } from 'node:stream';
import type { ReportInput } from '../codebook/schema.js';
import { readJsonlStream } from '../ingest/read-jsonl.js';
import { CliError, EXIT } from './errors.js';

export interface InputProblem {
  readonly file: string;
  readonly line: number;
  readonly message: string;
}

export type InputItem = { readonly report: ReportInput } | { readonly problem: InputProblem };

export interface InputOptions {
  readonly published?: string;
  readonly source?: string;
}

/** Codebook JSON Lines, each line validated; the reader is ingest's, shared by both commands. */
export async function* readJsonl(stream: Readable, file: string): AsyncGenerator<InputItem> {
  yield* readJsonlStream(stream, file);
}

/** A sidecar "<file>.meta.json" may give published/source/url/title for a text file. */
function sidecar(path: string): Partial<ReportInput> {
  const p = `${path}.meta.json`;
  if (!existsSync(p)) return {};
  try {
    const m = JSON.parse(readFileSync(p, 'utf8')) as Record<string, unknown>;
    const out: Partial<ReportInput> = {};
    for (const k of ['published', 'source', 'url', 'title'] as const) if (typeof m[k] === 'string') out[k] = m[k] as string;
    return out;
  } catch (e) {
    throw new CliError(`${p}: not JSON: ${(e as Error).message}`, EXIT.input);
  }
}

export function textReport(text: string, id: string, opts: InputOptions, meta: Partial<ReportInput> = {}): ReportInput {
  return {
    id,
    source: meta.source ?? opts.source ?? null,
    url: meta.url ?? null,
    published: opts.published ?? meta.published ?? null,
    title: meta.title ?? null,
    text,
  };
}

const isJsonl = (path: string): boolean => ['.jsonl', '.ndjson', '.json'].includes(extname(path).toLowerCase());

/** Every report from the given paths, in order ("-" is standard input). */
export async function* readInputs(paths: readonly string[], opts: InputOptions): AsyncGenerator<InputItem> {
  for (const path of paths) {
    if (path === '-') {
      yield* readStdin(opts);
      continue;
    }
    if (!existsSync(path)) throw new CliError(`${path}: no such file`, EXIT.input);
    if (statSync(path).isDirectory()) throw new CliError(`${path}: is a directory (give files)`, EXIT.input);
    if (isJsonl(path)) yield* readJsonl(createReadStream(path), path);
    else yield { report: textReport(readFileSync(path, 'utf8'), basename(path), opts, sidecar(path)) };
  }
}

/** Standard input is JSON Lines when it starts with "{", else one plain-text report. */
async function* readStdin(opts: InputOptions): AsyncGenerator<InputItem> {
  const it = process.stdin[Symbol.asyncIterator]();
  const first = await it.next();
  if (first.done) return;
  const head = Buffer.isBuffer(first.value) ? first.value : Buffer.from(String(first.value));
  const rest = Readable.from((async function* () {
    yield head;
    for (let r = await it.next(); !r.done; r = await it.next()) yield r.value as Buffer;
  })());
  if (head.toString('utf8').trimStart().startsWith('{')) {
    yield* readJsonl(rest, '<stdin>');
    return;
  }
  const chunks: Buffer[] = [];
  for await (const c of rest) chunks.push(c as Buffer);
  yield { report: textReport(Buffer.concat(chunks).toString('utf8'), 'stdin', opts) };
}
