// Part of the contract suite (see ./contract.ts): what an admin does to accounts — change a role or
// a password, revoke tokens, end sessions, remove a user.
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
}
