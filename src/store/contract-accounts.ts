// Part of the contract suite (see ./contract.ts): what an admin does to accounts — change a role or
// a password, revoke tokens, end sessions, remove a user — and the audit entries of those changes.
import { afterEach, describe, expect, it } from 'vitest';
import { storeOpener } from './fixtures.js';
import { StoreError } from './store-error.js';
import type { Store } from './types.js';

type Open = () => Promise<Store>;

export function runAccountAdminContract(name: string, open: Open): void {
  const { fresh, closeAll } = storeOpener(open);
  afterEach(closeAll);

  describe(`${name}: account administration`, () => {
    it('changes a role and a password, and refuses an unknown role', async () => {
      const s = await fresh();
      const u = await s.putUser({ name: 'samir', role: 'viewer', passwordHash: 'scrypt$a' });
      await s.updateUser(u.id, { role: 'analyst' });
      expect(await s.userByName('samir')).toMatchObject({ role: 'analyst', passwordHash: 'scrypt$a' });
      await s.updateUser(u.id, { passwordHash: 'scrypt$b' });
      expect(await s.userByName('samir')).toMatchObject({ role: 'analyst', passwordHash: 'scrypt$b' });
      await expect(s.updateUser(u.id, { role: 'owner' as 'admin' })).rejects.toThrow(StoreError);
    });

    it('revokes tokens and ends sessions of one user only', async () => {
      const s = await fresh();
      const a = await s.putUser({ name: 'a', role: 'analyst', passwordHash: 'x' });
      const b = await s.putUser({ name: 'b', role: 'viewer', passwordHash: 'y' });
      await s.putToken('ta1', a.id);
      await s.putToken('ta2', a.id);
      await s.putToken('tb', b.id);
      await s.putSession('sa', a.id, '2099-01-01T00:00:00.000Z');
      expect(await s.revokeTokens(a.id)).toBe(2);
      expect(await s.userByToken('ta1')).toBeNull();
      expect((await s.userByToken('tb'))?.name).toBe('b');
      expect(await s.deleteSessions(a.id)).toBe(1);
      expect(await s.userBySession('sa', new Date().toISOString())).toBeNull();
    });

    it('removes a user with its tokens and sessions', async () => {
      const s = await fresh();
      const a = await s.putUser({ name: 'gone', role: 'analyst', passwordHash: 'x' });
      await s.putToken('tg', a.id);
      await s.putSession('sg', a.id, '2099-01-01T00:00:00.000Z');
      await s.deleteUser(a.id);
      expect(await s.userByName('gone')).toBeNull();
      expect(await s.userByToken('tg')).toBeNull();
      expect((await s.users()).map((u) => u.name)).toEqual([]);
      // the name is free again
      expect((await s.putUser({ name: 'gone', role: 'viewer', passwordHash: 'z' })).name).toBe('gone');
    });
  });

  describe(`${name}: account changes in the audit trail`, () => {
    const admin = { who: 'root-admin', comment: 'ticket 12' };
    const tok1 = 'ab12cd34'.repeat(8);
    const tok2 = 'ef56ab78'.repeat(8);

    it('audits each change made by a person: who, action, before and after, never a hash', async () => {
      const s = await fresh();
      const u = await s.putUser({ name: 'samir', role: 'viewer', passwordHash: 'scrypt$secret-hash' }, admin);
      await s.putToken(tok1, u.id, admin);
      await s.putToken(tok2, u.id, { who: 'samir' });
      await s.updateUser(u.id, { role: 'analyst' }, admin);
      await s.updateUser(u.id, { role: 'analyst' }, admin); // no change, no entry
      await s.updateUser(u.id, { passwordHash: 'scrypt$reset-hash' }, admin);
      await s.updateUser(u.id, { passwordHash: 'scrypt$own-hash' }, { who: 'samir', self: true });
      expect(await s.revokeTokens(u.id, { who: 'samir' })).toBe(2);
      await s.putToken(tok1, u.id, admin);
      await s.deleteUser(u.id, admin);
      const trail = await s.audit({ entity: 'user', entityId: u.id, oldestFirst: true });
      expect(trail.map((a) => [a.who, a.action, a.before, a.after])).toEqual([
        ['root-admin', 'user_add', null, { name: 'samir', role: 'viewer' }],
        ['root-admin', 'token_issue', null, { name: 'samir', token: 'ab12cd34' }],
        ['samir', 'token_issue', null, { name: 'samir', token: 'ef56ab78' }],
        ['root-admin', 'role_change', { name: 'samir', role: 'viewer' }, { name: 'samir', role: 'analyst' }],
        ['root-admin', 'password_reset', { name: 'samir', role: 'analyst' }, { name: 'samir', role: 'analyst' }],
        ['samir', 'password_change', { name: 'samir', role: 'analyst' }, { name: 'samir', role: 'analyst' }],
        ['samir', 'token_revoke', { name: 'samir', tokens: ['ab12cd34', 'ef56ab78'] }, { name: 'samir', tokens: [] }],
        ['root-admin', 'token_issue', null, { name: 'samir', token: 'ab12cd34' }],
        ['root-admin', 'user_remove', { name: 'samir', role: 'analyst', tokens: ['ab12cd34'] }, null],
      ]);
      expect(trail.every((a) => a.entity === 'user' && a.entityId === u.id)).toBe(true);
      expect(trail[0]!.comment).toBe('ticket 12');
      expect(trail[0]!.when).toMatch(/^\d{4}-\d{2}-\d{2}T/);
      const text = JSON.stringify(trail);
      for (const secret of ['scrypt$', tok1, tok2]) expect(text).not.toContain(secret);
    });

    it('writes nothing without `by`, and nothing when the change fails', async () => {
      const s = await fresh();
      const u = await s.putUser({ name: 'nadia', role: 'viewer', passwordHash: 'x' });
      await s.putToken(tok1, u.id);
      await s.updateUser(u.id, { role: 'admin' });
      await s.revokeTokens(u.id);
      expect(await s.audit({ entity: 'user' })).toEqual([]);
      await expect(s.putUser({ name: 'nadia', role: 'viewer', passwordHash: 'y' }, admin)).rejects.toThrow(StoreError);
      await expect(s.updateUser(u.id, { role: 'owner' as 'admin' }, admin)).rejects.toThrow(StoreError);
      expect(await s.audit({ entity: 'user' })).toEqual([]);
      expect((await s.userByName('nadia'))?.role).toBe('admin');
    });

    it('filters the trail by entity, so that account changes can be kept from non-admins', async () => {
      const s = await fresh();
      await s.putUser({ name: 'huda', role: 'analyst', passwordHash: 'x' }, admin);
      expect((await s.audit({ entities: ['event', 'incident'] })).length).toBe(0);
      expect((await s.audit({ entities: ['user'] })).map((a) => a.action)).toEqual(['user_add']);
      expect(await s.audit({ entities: [] })).toEqual([]);
    });
  });
}
