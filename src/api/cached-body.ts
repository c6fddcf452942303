// Answering with a body built once (the basemap): a 304 when the client's copy is current (ETag),
// else the gzipped bytes when the client takes gzip (node:zlib, built once; no middleware).
import type { Context } from 'hono';
import type { ApiEnv } from './types.js';

export interface CachedBody {
  readonly json: string;
  readonly gzip: Uint8Array<ArrayBuffer>;
  readonly etag: string;
}

/** Accept-Encoding names gzip (or *) without q=0 */
export function acceptsGzip(header: string | undefined): boolean {
  for (const part of (header ?? '').split(',')) {
    const [name, ...params] = part.trim().toLowerCase().split(';').map((s) => s.trim());
    if (name !== 'gzip' && name !== '*') continue;
    const q = params.find((p) => p.startsWith('q='));
    if (!q || Number(q.slice(2)) > 0) return true;
  }
  return false;
}

/** If-None-Match lists the ETag (weak or strong, RFC 9110 weak comparison) or is * */
export function etagMatches(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  return header.split(',').some((t) => {
    const tag = t.trim();
    return tag === '*' || tag.replace(/^W\//, '') === etag.replace(/^W\//, '');
  });
}

export function sendCached(c: Context<ApiEnv>, body: CachedBody, cacheControl: string): Response {
  c.header('ETag', body.etag);
  c.header('Cache-Control', cacheControl);
  c.header('Vary', 'Accept-Encoding');
  if (etagMatches(c.req.header('If-None-Match'), body.etag)) return c.body(null, 304);
  c.header('Content-Type', 'application/json; charset=utf-8');
  if (!acceptsGzip(c.req.header('Accept-Encoding'))) return c.body(body.json, 200);
  c.header('Content-Encoding', 'gzip');
  return c.body(body.gzip, 200);
}
