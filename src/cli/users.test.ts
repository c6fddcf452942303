// `rasid users …` on a temporary SQLite database: add, list, role, passwd, token, revoke, remove.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import { hashSecret, verifyPassword } from '../api/index.js';
import { openStore } from '../store/index.js';
import { runUsers } from './users.js';

const dir = mkdtempSync(join(tmpdir(), 'rasid-users-'));
const db = join(dir, 'u.db');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function users(...args: string[]): Promise<{ code: number; out: string }> {
  let out = '';
  const sink = new Writable({ write(chunk, _enc, done) { out += String(chunk); done(); } });
  const code = await runUsers([...args, '--db', db], sink);
  return { code, out };
}
const field = (out: string, name: string): string => new RegExp(`${name}:\\s+(\\S+)`).exec(out)![1]!;
const inStore = async <T>(fn: (s: Awaited<ReturnType<typeof openStore>>) => Promise<T>): Promise<T> => {
  const s = await openStore(db);
  try { return await fn(s); } finally { await s.close(); }
};

describe('rasid users', () => {
  it('adds a user, changes the role, resets the password, issues and revokes tokens, removes the user', async () => {
    const added = await users('add', '--role', 'viewer', 'maya');
    expect(added.code).toBe(0);
    const token = field(added.out, 'token');
    expect((await users('role', '--role', 'analyst', 'maya')).out).toBe('maya\tanalyst\n');
    expect((await users('list')).out).toMatch(/^maya\tanalyst\t/);
    const passwd = await users('passwd', 'maya');
    const password = field(passwd.out, 'password');
    expect(await inStore(async (s) => verifyPassword(password, (await s.userByName('maya'))!.passwordHash))).toBe(true);
    const second = field((await users('token', 'maya')).out, 'token');
    expect(await inStore(async (s) => (await s.userByToken(hashSecret(second)))?.name)).toBe('maya');
    expect((await users('revoke', 'maya')).out).toBe('maya: 2 tokens revoked, sessions ended\n');
    expect(await inStore((s) => s.userByToken(hashSecret(token)))).toBeNull();
    expect((await users('remove', 'maya')).out).toBe('maya: removed\n');
    expect(await inStore((s) => s.userByName('maya'))).toBeNull();
  });

  it('refuses an unknown user, a bad role and a missing name', async () => {
    await expect(users('passwd', 'nobody')).rejects.toThrow(/unknown/);
    await users('add', '--role', 'viewer', 'zaid');
    await expect(users('role', '--role', 'owner', 'zaid')).rejects.toThrow(/--role/);
    await expect(users('revoke')).rejects.toThrow(/one NAME/);
  });
});
