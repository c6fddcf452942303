// The package root, found from this file's location (works from src/ and from dist/src/).
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

let cached: string | null = null;

export function repoRoot(): string {
  if (cached) return cached;
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const pkg = join(dir, 'package.json');
    if (existsSync(pkg) && (JSON.parse(readFileSync(pkg, 'utf8')) as { name?: string }).name === 'rasid') return (cached = dir);
    const up = dirname(dir);
    if (up === dir) throw new Error('cannot find the rasid package root above ' + fileURLToPath(import.meta.url));
    dir = up;
  }
}
