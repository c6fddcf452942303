// Codebook JSON Lines, streamed line by line, each line validated with the codebook schema.
// `rasid extract` (src/cli/input.ts) reads its JSONL input with this reader too.
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import { ReportInput } from '../codebook/schema.js';
import type { IngestItem } from './types.js';

const MAX_LINE = 32 * 1024 * 1024;

function formatIssues(issues: readonly { path: (string | number)[]; message: string }[]): string {
  return issues.map((i) => (i.path.length ? `${i.path.join('.')}: ${i.message}` : i.message)).join('; ');
}

/** `onBytes` is told the (approximate, UTF-8) size of every line read, for progress. */
export async function* readJsonlStream(stream: Readable, file: string, onBytes?: (n: number) => void): AsyncGenerator<IngestItem> {
  const rl = createInterface({ input: stream, crlfDelay: Infinity });
  let n = 0;
  for await (const raw of rl) {
    n++;
    onBytes?.(Buffer.byteLength(raw) + 1);
    const line = raw.trim();
    if (!line) continue;
    if (line.length > MAX_LINE) {
      yield { problem: { file, line: n, message: `line is ${line.length} characters, over the limit of ${MAX_LINE}` } };
      continue;
    }
    let json: unknown;
    try {
      json = JSON.parse(line);
    } catch (e) {
      yield { problem: { file, line: n, message: `not JSON: ${(e as Error).message}` } };
      continue;
    }
    const parsed = ReportInput.safeParse(json);
    if (!parsed.success) yield { problem: { file, line: n, message: `not a report: ${formatIssues(parsed.error.issues)}` } };
    else yield { report: parsed.data, origin: `${file}:${n}` };
  }
}

export function readJsonl(file: string, onBytes?: (n: number) => void): AsyncGenerator<IngestItem> {
  return readJsonlStream(createReadStream(file), file, onBytes);
}
