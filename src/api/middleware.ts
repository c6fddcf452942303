// The request pipeline before the routes: security headers, the per-IP rate limit on /api, the
// body limits (1 MB, 10 MB for batch ingest), and who is asking (session cookie or bearer token).
import type { Context, MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { getCookie } from 'hono/cookie';
import { ApiError } from './api-error.js';
import { hashSecret } from './passwords.js';
import { TokenBuckets } from './token-bucket.js';
import type { Role } from '../store/types.js';
import { roleAtLeast, ROLES, type ApiDeps, type ApiEnv } from './types.js';

export const SESSION_COOKIE = 'rasid_session';
export const MB = 1024 * 1024;

export const CSP = "default-src 'self'; img-src 'self' data: https:; style-src 'self' 'unsafe-inline'; frame-ancestors 'none'";

export function securityHeaders(): MiddlewareHandler<ApiEnv> {
  return async (c, next) => {
    await next();
    c.header('Content-Security-Policy', CSP);
    c.header('X-Content-Type-Options', 'nosniff');
    c.header('X-Frame-Options', 'DENY');
    c.header('Referrer-Policy', 'no-referrer');
    if (c.req.path.startsWith('/api/') && !c.res.headers.has('Cache-Control')) c.header('Cache-Control', 'no-store');
  };
}

/** the client's address as the Node server saw it (the socket; proxies are not trusted) */
export function clientIp(c: Context): string {
  const env = c.env as { incoming?: { socket?: { remoteAddress?: string } } } | undefined;
  return env?.incoming?.socket?.remoteAddress ?? 'local';
}

export function rateLimit(perSecond: number): MiddlewareHandler<ApiEnv> {
  const buckets = new TokenBuckets(perSecond);
  return async (c, next) => {
    const r = buckets.take(clientIp(c));
    if (!r.ok) {
      c.header('Retry-After', String(r.retryAfter));
      throw new ApiError(429, 'rate_limited', `expected at most ${perSecond} requests a second from one address, found more`);
    }
    await next();
  };
}

export function bodyLimits(): MiddlewareHandler<ApiEnv> {
  const limit = (maxSize: number): MiddlewareHandler<ApiEnv> =>
    bodyLimit({
      maxSize,
      onError: () => {
        throw new ApiError(413, 'too_large', `expected a request body of at most ${maxSize / MB} MB, found more`);
      },
    });
  const small = limit(1 * MB);
  const large = limit(10 * MB);
  return (c, next) => (c.req.method === 'POST' && c.req.path === '/api/reports' ? large(c, next) : small(c, next));
}

/** sets c.var.user from the session cookie or `Authorization: Bearer <token>` */
export function authenticate(deps: ApiDeps): MiddlewareHandler<ApiEnv> {
  return async (c, next) => {
    let user = null;
    const auth = c.req.header('Authorization');
    if (auth !== undefined) {
      const m = /^Bearer ([\w-]{20,200})$/.exec(auth);
      if (!m) throw new ApiError(401, 'unauthenticated', 'expected "Authorization: Bearer <token>", found another form');
      user = await deps.store.userByToken(hashSecret(m[1]!));
      if (!user) throw new ApiError(401, 'unauthenticated', 'expected a valid API token, found an unknown one');
    } else {
      const sid = getCookie(c, SESSION_COOKIE);
      if (sid) user = await deps.store.userBySession(hashSecret(sid), new Date().toISOString());
    }
    c.set('user', user);
    await next();
  };
}

/** paths anyone may call without a login */
const OPEN = new Set(['POST /api/login', 'GET /api/openapi.json', 'POST /api/logout']);

/**
 * Every /api route needs a login, except OPEN ones and, with `public`, reads (GET). Writes need an
 * analyst or admin; the routes that write say so with requireWriter.
 */
export function requireLogin(deps: ApiDeps): MiddlewareHandler<ApiEnv> {
  return async (c, next) => {
    const key = `${c.req.method} ${c.req.path}`;
    const anonymousOk = OPEN.has(key) || (deps.public === true && c.req.method === 'GET' && c.req.path !== '/api/me');
    if (!c.var.user && !anonymousOk)
      throw new ApiError(401, 'unauthenticated', 'expected a logged-in user (POST /api/login, or a bearer token), found none');
    await next();
  };
}

/** The request's user has at least role `min` (the server refuses, whatever the UI shows). */
export function requireRole(min: Role): MiddlewareHandler<ApiEnv> {
  const wanted = `the role ${ROLES.slice(ROLES.indexOf(min)).join(' or ')}`;
  return async (c, next) => {
    const u = c.var.user;
    if (!u) throw new ApiError(401, 'unauthenticated', 'expected a logged-in user, found none');
    if (!roleAtLeast(u.role, min)) throw new ApiError(403, 'forbidden', `expected ${wanted}, found ${u.role} (${u.name})`);
    await next();
  };
}

export const requireWriter = (): MiddlewareHandler<ApiEnv> => requireRole('analyst');
