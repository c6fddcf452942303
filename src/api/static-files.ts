// Static files: the web UI folder at / and the browser libraries it needs under /vendor/. Only
// files inside the folder are served (no traversal, no dot files); a miss falls through.
import { createReadStream, statSync } from 'node:fs';
import { extname, join, resolve, sep } from 'node:path';
import { Readable } from 'node:stream';
import type { MiddlewareHandler } from 'hono';
import type { ApiEnv } from './types.js';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.geojson': 'application/geo+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.txt': 'text/plain; charset=utf-8',
  '.map': 'application/json',
};

/** serve files of `root` at URL `prefix` ("/" or "/vendor/leaflet/") */
export function staticFiles(root: string, prefix: string): MiddlewareHandler<ApiEnv> {
  const base = resolve(root);
  return async (c, next) => {
    if (c.req.method !== 'GET' && c.req.method !== 'HEAD') return next();
    const path = c.req.path;
    if (!path.startsWith(prefix)) return next();
    let rel: string;
    try {
      rel = decodeURIComponent(path.slice(prefix.length));
    } catch {
      return next();
    }
    if (rel === '' || rel.endsWith('/')) rel += 'index.html';
    if (rel.split('/').some((part) => part.startsWith('.')) || rel.includes('\0')) return next();
    const file = resolve(join(base, rel));
    if (!file.startsWith(base + sep)) return next();
    let size: number;
    try {
      const st = statSync(file);
      if (!st.isFile()) return next();
      size = st.size;
    } catch {
      return next();
    }
    c.header('Content-Type', TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream');
    c.header('Content-Length', String(size));
    c.header('Cache-Control', prefix === '/' ? 'no-cache' : 'public, max-age=86400');
    if (c.req.method === 'HEAD') return c.body(null, 200);
    return c.body(Readable.toWeb(createReadStream(file)) as ReadableStream<Uint8Array>, 200);
  };
}
