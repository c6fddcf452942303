// POST /api/login, POST /api/logout, GET /api/me: sessions in an HttpOnly, SameSite=Strict cookie.
import type { Hono } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import { ApiError } from '../api-error.js';
import { SESSION_COOKIE } from '../middleware.js';
import { hashSecret, newSecret, verifyPassword } from '../passwords.js';
import { jsonBody, userOf } from '../request.js';
import { Login } from '../schemas.js';
import { publicUser, type ApiDeps, type ApiEnv } from '../types.js';

export function sessionRoutes(app: Hono<ApiEnv>, deps: ApiDeps): void {
  const seconds = deps.sessionSeconds ?? 12 * 3600;

  app.post('/api/login', async (c) => {
    const { name, password } = await jsonBody(c, Login);
    const user = await deps.store.userByName(name);
    const ok = await verifyPassword(password, user?.passwordHash ?? null);
    if (!user || !ok) throw new ApiError(401, 'bad_login', 'expected a known user name and its password, found no match');
    const sid = newSecret();
    await deps.store.putSession(hashSecret(sid), user.id, new Date(Date.now() + seconds * 1000).toISOString());
    setCookie(c, SESSION_COOKIE, sid, {
      httpOnly: true,
      sameSite: 'Strict',
      path: '/',
      maxAge: seconds,
      secure: new URL(c.req.url).protocol === 'https:',
    });
    return c.json({ user: publicUser(user) });
  });

  app.post('/api/logout', async (c) => {
    const sid = getCookie(c, SESSION_COOKIE);
    if (sid) await deps.store.deleteSession(hashSecret(sid));
    deleteCookie(c, SESSION_COOKIE, { path: '/' });
    return c.json({ ok: true });
  });

  app.get('/api/me', (c) => c.json({ user: publicUser(userOf(c)) }));
}
