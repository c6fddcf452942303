// On-disk cache of a Built gazetteer, keyed by the size and mtime of every input file and by
// the gazetteer code itself (a hash of this directory's modules), so an edit to the data or
// to the code rebuilds it. A corrupt or stale cache is ignored.
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Built, BuildInput } from './build.js';

const VERSION = 1;
let codeHash: string | undefined;

function hashCode(): string {
  if (codeHash) return codeHash;
  const h = createHash('sha1');
  const dir = dirname(fileURLToPath(import.meta.url));
  for (const f of readdirSync(dir).sort()) {
    if (!/\.(?:js|ts)$/.test(f) || /\.test\.|\.d\.ts$/.test(f)) continue;
    h.update(f);
    h.update(readFileSync(join(dir, f)));
  }
  return (codeHash = h.digest('hex').slice(0, 16));
}

function fileSig(path: string | null): string {
  if (!path) return 'off';
  try {
    const st = statSync(path);
    return `${path}:${st.size}:${Math.floor(st.mtimeMs)}`;
  } catch {
    return `${path}:missing`;
  }
}

export function cacheFile(input: BuildInput): string {
  const key = createHash('sha1')
    .update(JSON.stringify([VERSION, hashCode(), fileSig(input.syriaPath), fileSig(input.additionsPath), fileSig(input.gnPath)]))
    .digest('hex').slice(0, 20);
  return join(input.cacheDir, `gazetteer-${key}.json`);
}

export function readBuilt(input: BuildInput): Built | null {
  try {
    const b = JSON.parse(readFileSync(cacheFile(input), 'utf8')) as Built;
    return Array.isArray(b.places) && Array.isArray(b.phrases) ? b : null;
  } catch {
    return null;
  }
}

export function writeBuilt(input: BuildInput, built: Built, warn: (m: string) => void): void {
  const file = cacheFile(input);
  try {
    mkdirSync(dirname(file), { recursive: true });
    const tmp = `${file}.${process.pid}.tmp`;
    writeFileSync(tmp, JSON.stringify(built));
    renameSync(tmp, file);
  } catch (e) {
    warn(`cannot write gazetteer cache ${file}: ${String(e)}`);
  }
}
