// `rasid users …` on a temporary SQLite database: add, list, role, passwd, token, revoke, remove.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import { hashSecret, verifyPassword } from '../api/index.js';
import { openStore } from '../store/index.js';
import { cliActor, runUsers } from './users.js';

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
    // each change in the audit trail, made by the OS user, without the password or the tokens
    const trail = await inStore((s) => s.audit({ entity: 'user', oldestFirst: true }));
    const maya = trail.filter((a) => ((a.after ?? a.before) as { name: string }).name === 'maya');
    expect(maya.map((a) => a.action)).toEqual(['user_add', 'token_issue', 'role_change', 'password_reset', 'token_issue', 'token_revoke', 'user_remove']);
    expect(new Set(maya.map((a) => a.who))).toEqual(new Set([cliActor('x').who]));
    expect(maya[2]!.comment).toBe('command line: rasid users role');
    const text = JSON.stringify(maya);
    for (const secret of [token, second, password, hashSecret(token), 'scrypt$']) expect(text).not.toContain(secret);
  });

  it.each<[string, () => string, string]>([
    ['the OS user', () => 'amal', 'amal'],
    ['"cli" for a nameless uid', () => { throw new Error('ENOENT'); }, 'cli'],
    ['"cli" for an empty name', () => '', 'cli'],
  ])('audits a command-line change as made by %s', (_what, osUser, who) => {
    expect(cliActor('passwd', osUser)).toEqual({ who, comment: 'command line: rasid users passwd' });
  });

  it('refuses an unknown user, a bad role and a missing name', async () => {
    await expect(users('passwd', 'nobody')).rejects.toThrow(/unknown/);
    await users('add', '--role', 'viewer', 'zaid');
    await expect(users('role', '--role', 'owner', 'zaid')).rejects.toThrow(/--role/);
    await expect(users('revoke')).rejects.toThrow(/one NAME/);
  });
});
