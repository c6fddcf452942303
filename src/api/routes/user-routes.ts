// Accounts: admins list, add, change and remove users and their API tokens; every user changes
// their own password and tokens. Passwords and tokens are shown once and stored as hashes only.
//   GET    /api/users                      admin: the users and their roles
//   POST   /api/users                      admin: {name, role} → a one-time password and a token
//   PATCH  /api/users/:name                admin: {role} or {resetPassword: true} (a new one-time password)
//   DELETE /api/users/:name                admin: the user, its tokens and sessions
//   POST   /api/users/:name/tokens         admin or the user: a new API token
//   DELETE /api/users/:name/tokens         admin or the user: every token revoked
//   POST   /api/me/password                the user: {current, password} → sessions elsewhere end
// Every change is audited by the store (entity 'user', GET /api/audit?entity=user, admins only).
import type { Context, Hono } from 'hono';
import { z } from 'zod';
import type { AccountChangeBy, StoredUser } from '../../store/types.js';
import { ApiError } from '../api-error.js';
import { requireRole } from '../middleware.js';
import { hashPassword, hashSecret, newPassword, newSecret, verifyPassword } from '../passwords.js';
import { jsonBody, userOf } from '../request.js';
import { publicUser, ROLES, USER_NAME, type ApiDeps, type ApiEnv } from '../types.js';

const Name = z.string().regex(USER_NAME, 'expected a name of letters, digits, . _ @ - (up to 64)');
const RoleSchema = z.enum(ROLES as unknown as ['viewer', 'analyst', 'admin']);
const NewUserBody = z.object({ name: Name, role: RoleSchema }).strict();
const UserPatch = z
  .object({ role: RoleSchema.optional(), resetPassword: z.literal(true).optional() })
  .strict()
  .refine((p) => p.role !== undefined || p.resetPassword !== undefined, 'expected role or resetPassword');
const PasswordChange = z
  .object({ current: z.string().min(1).max(1000), password: z.string().min(12, 'expected a password of 12 characters or more').max(1000) })
  .strict();


export function userRoutes(app: Hono<ApiEnv>, deps: ApiDeps): void {
  const store = deps.store;
  const named = async (c: Context<ApiEnv>): Promise<StoredUser> => {
    const name = Name.safeParse(c.req.param('name'));
    const u = name.success ? await store.userByName(name.data) : null;
    if (!u) throw new ApiError(404, 'not_found', `expected a user name, found "${c.req.param('name')}" unknown`);
    return u;
  };
  /** who makes the change, for its audit entry */
  const by = (c: Context<ApiEnv>): AccountChangeBy => ({ who: userOf(c).name });
  /** the admin, or the user named in the path acting on themselves */
  const selfOrAdmin = (c: Context<ApiEnv>, target: StoredUser): void => {
    const me = userOf(c);
    if (me.role !== 'admin' && me.id !== target.id)
      throw new ApiError(403, 'forbidden', `expected the role admin or the user ${target.name}, found ${me.role} (${me.name})`);
  };

  app.get('/api/users', requireRole('admin'), async (c) => c.json({ users: (await store.users()).map((u) => ({ ...publicUser(u), createdAt: u.createdAt })) }));

  app.post('/api/users', requireRole('admin'), async (c) => {
    const { name, role } = await jsonBody(c, NewUserBody);
    if (await store.userByName(name)) throw new ApiError(409, 'conflict', `expected a new user name, found "${name}" already a user`);
    const password = newPassword();
    const token = newSecret();
    const user = await store.putUser({ name, role, passwordHash: await hashPassword(password) }, by(c));
    await store.putToken(hashSecret(token), user.id, by(c));
    return c.json({ user: publicUser(user), password, token }, 201);
  });

  app.patch('/api/users/:name', requireRole('admin'), async (c) => {
    const target = await named(c);
    const patch = await jsonBody(c, UserPatch);
    if (patch.role && target.id === userOf(c).id && patch.role !== 'admin')
      throw new ApiError(409, 'conflict', 'expected another admin to change your own role, found you');
    let password: string | undefined;
    if (patch.resetPassword) {
      password = newPassword();
      await store.updateUser(target.id, { passwordHash: await hashPassword(password) }, by(c));
      await store.deleteSessions(target.id);
    }
    if (patch.role) await store.updateUser(target.id, { role: patch.role }, by(c));
    const user = (await store.userByName(target.name))!;
    return c.json(password ? { user: publicUser(user), password } : { user: publicUser(user) });
  });

  app.delete('/api/users/:name', requireRole('admin'), async (c) => {
    const target = await named(c);
    if (target.id === userOf(c).id) throw new ApiError(409, 'conflict', 'expected another admin to remove you, found you');
    await store.deleteUser(target.id, by(c));
    return c.json({ ok: true });
  });

  app.post('/api/users/:name/tokens', async (c) => {
    const target = await named(c);
    selfOrAdmin(c, target);
    const token = newSecret();
    await store.putToken(hashSecret(token), target.id, by(c));
    return c.json({ token }, 201);
  });

  app.delete('/api/users/:name/tokens', async (c) => {
    const target = await named(c);
    selfOrAdmin(c, target);
    return c.json({ revoked: await store.revokeTokens(target.id, by(c)) });
  });

  app.post('/api/me/password', async (c) => {
    const me = userOf(c);
    const { current, password } = await jsonBody(c, PasswordChange);
    if (!(await verifyPassword(current, me.passwordHash))) throw new ApiError(403, 'forbidden', 'expected your current password, found another');
    await store.updateUser(me.id, { passwordHash: await hashPassword(password) }, { who: me.name, self: true });
    await store.deleteSessions(me.id); // other browsers logged in with the old password are logged out
    return c.json({ ok: true });
  });
}
