// Account administration through the API on a real SQLite store: admins manage users and tokens,
// users their own password and tokens; the server refuses everyone else (not only the UI).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, hashPassword, hashSecret } from '../src/api/index.js';
import { openStore } from '../src/store/index.js';
import type { Store } from '../src/store/types.js';

const dir = mkdtempSync(join(tmpdir(), 'rasid-api-users-'));
const TOKENS = { admin: 'admin-token-000000000000000000000', analyst: 'analyst-token-0000000000000000000', viewer: 'viewer-token-00000000000000000000' };
const PASSWORD = 'a-long-enough-password-1';
let store: Store;
let app: ReturnType<typeof createApp>;

const call = (path: string, init: RequestInit & { token?: string | null } = {}): Promise<Response> => {
  const headers = new Headers(init.headers);
  if (init.token) headers.set('Authorization', `Bearer ${init.token}`);
  if (init.body !== undefined) headers.set('Content-Type', 'application/json');
  return Promise.resolve(app.request(path, { ...init, headers }));
};
const as = (role: keyof typeof TOKENS, path: string, method = 'GET', body?: unknown): Promise<Response> =>
  call(path, { method, token: TOKENS[role], body: body === undefined ? undefined : JSON.stringify(body) });

beforeAll(async () => {
  store = await openStore(join(dir, 'users.db'));
  for (const role of ['admin', 'analyst', 'viewer'] as const) {
    const u = await store.putUser({ name: `${role}-1`, role, passwordHash: await hashPassword(PASSWORD) });
    await store.putToken(hashSecret(TOKENS[role]), u.id);
  }
  app = createApp({ store, rateLimit: 0 });
});
afterAll(async () => {
  await store?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('account administration', () => {
  it('lets only an admin list and add users; the new user logs in and calls with the token shown once', async () => {
    expect((await as('analyst', '/api/users')).status).toBe(403);
    expect((await as('viewer', '/api/users', 'POST', { name: 'x', role: 'viewer' })).status).toBe(403);
    const list = await as('admin', '/api/users');
    expect(((await list.json()) as { users: { name: string }[] }).users.map((u) => u.name)).toEqual(['admin-1', 'analyst-1', 'viewer-1']);
    const made = await as('admin', '/api/users', 'POST', { name: 'rana', role: 'analyst' });
    expect(made.status).toBe(201);
    const { password, token } = (await made.json()) as { password: string; token: string };
    expect((await call('/api/me', { token })).status).toBe(200);
    const login = await call('/api/login', { method: 'POST', body: JSON.stringify({ name: 'rana', password }) });
    expect(login.status).toBe(200);
    expect((await as('admin', '/api/users', 'POST', { name: 'rana', role: 'viewer' })).status).toBe(409);
    expect((await as('admin', '/api/users', 'POST', { name: 'x', role: 'owner' })).status).toBe(400);
  });

  it('changes a role, resets a password, revokes tokens and removes a user', async () => {
    const made = (await (await as('admin', '/api/users', 'POST', { name: 'omar', role: 'viewer' })).json()) as { token: string };
    const omar = (path: string, method = 'GET', body?: unknown): Promise<Response> =>
      call(path, { method, token: made.token, body: body === undefined ? undefined : JSON.stringify(body) });
    expect((await omar('/api/events/1', 'PATCH', { changes: { date: null } })).status).toBe(403);
    expect((await as('admin', '/api/users/omar', 'PATCH', { role: 'analyst' })).status).toBe(200);
    expect(((await (await omar('/api/me')).json()) as { user: { role: string } }).user.role).toBe('analyst');
    const reset = (await (await as('admin', '/api/users/omar', 'PATCH', { resetPassword: true })).json()) as { password: string };
    expect((await call('/api/login', { method: 'POST', body: JSON.stringify({ name: 'omar', password: reset.password }) })).status).toBe(200);
    // a user makes a second token and revokes all of their own, never another's
    const second = (await (await omar('/api/users/omar/tokens', 'POST')).json()) as { token: string };
    expect((await omar('/api/users/analyst-1/tokens', 'DELETE')).status).toBe(403);
    expect(await (await omar('/api/users/omar/tokens', 'DELETE')).json()).toEqual({ revoked: 2 });
    expect((await call('/api/me', { token: second.token })).status).toBe(401);
    expect((await as('admin', '/api/users/omar', 'DELETE')).status).toBe(200);
    expect((await as('admin', '/api/users/omar', 'PATCH', { role: 'viewer' })).status).toBe(404);
    expect((await as('admin', '/api/users/admin-1', 'DELETE')).status).toBe(409);
  });

  it('lets a user change their own password with the current one', async () => {
    const made = (await (await as('admin', '/api/users', 'POST', { name: 'lina', role: 'viewer' })).json()) as { token: string; password: string };
    const change = (current: string, password: string): Promise<Response> =>
      call('/api/me/password', { method: 'POST', token: made.token, body: JSON.stringify({ current, password }) });
    expect((await change('wrong-password-000', 'a-new-password-long')).status).toBe(403);
    expect((await change(made.password, 'short')).status).toBe(400);
    expect((await change(made.password, 'a-new-password-long')).status).toBe(200);
    expect((await call('/api/login', { method: 'POST', body: JSON.stringify({ name: 'lina', password: 'a-new-password-long' }) })).status).toBe(200);
  });

  it('keeps every account change in the audit trail, shown to admins only and without secrets', async () => {
    const made = (await (await as('admin', '/api/users', 'POST', { name: 'karim', role: 'viewer' })).json()) as { token: string; password: string };
    const karim = (path: string, method = 'GET', body?: unknown): Promise<Response> =>
      call(path, { method, token: made.token, body: body === undefined ? undefined : JSON.stringify(body) });
    await as('admin', '/api/users/karim', 'PATCH', { role: 'analyst' });
    const reset = (await (await as('admin', '/api/users/karim', 'PATCH', { resetPassword: true })).json()) as { password: string };
    expect((await karim('/api/me/password', 'POST', { current: reset.password, password: 'karims-own-password' })).status).toBe(200);
    const second = (await (await karim('/api/users/karim/tokens', 'POST')).json()) as { token: string };
    await karim('/api/users/karim/tokens', 'DELETE');
    await as('admin', '/api/users/karim', 'DELETE');

    const r = await as('admin', '/api/audit?entity=user&limit=1000');
    expect(r.status).toBe(200);
    type Entry = { who: string; entity: string; action: string; before: { name?: string; role?: string } | null; after: { name?: string; role?: string } | null };
    const trail = ((await r.json()) as Entry[]).filter((a) => (a.after ?? a.before)?.name === 'karim').reverse();
    expect(trail.map((a) => [a.who, a.action])).toEqual([
      ['admin-1', 'user_add'],
      ['admin-1', 'token_issue'],
      ['admin-1', 'role_change'],
      ['admin-1', 'password_reset'],
      ['karim', 'password_change'],
      ['karim', 'token_issue'],
      ['karim', 'token_revoke'],
      ['admin-1', 'user_remove'],
    ]);
    expect(trail[2]).toMatchObject({ before: { role: 'viewer' }, after: { role: 'analyst' } });
    const text = JSON.stringify(trail);
    for (const secret of [made.token, made.password, reset.password, 'karims-own-password', second.token, hashSecret(made.token), 'scrypt$'])
      expect(text).not.toContain(secret);

    // analysts and viewers read the trail of events and incidents, never account changes
    for (const role of ['analyst', 'viewer'] as const) {
      expect((await as(role, '/api/audit?entity=user')).status).toBe(403);
      const all = (await (await as(role, '/api/audit?limit=1000')).json()) as Entry[];
      expect(all.filter((a) => a.entity === 'user')).toEqual([]);
    }
    const pub = createApp({ store, rateLimit: 0, public: true });
    expect((await pub.request('/api/audit?entity=user')).status).toBe(401);
    expect(((await (await pub.request('/api/audit')).json()) as Entry[]).filter((a) => a.entity === 'user')).toEqual([]);
  });
});
