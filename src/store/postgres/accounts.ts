// Users, API tokens and sessions on PostgreSQL (AccountStore of ../types.ts). A change made by a
// person (`by` given) and its audit entry are written in one transaction.
import type pg from 'pg';
import { passwordSet, roleChanged, tokenIssued, tokensRevoked, userAdded, userRemoved } from '../account-audit.js';
import { toStoredUser, USER_COLUMNS, type UserRow } from '../rows.js';
import { StoreError } from '../store-error.js';
import type { AccountChangeBy, NewAuditEntry, NewUser, Role, StoredUser } from '../types.js';
import { putAudit, type Tx } from './review.js';

const one = (r: pg.QueryResult<UserRow>): StoredUser | null => (r.rows[0] ? toStoredUser(r.rows[0]) : null);

/** the user, locked until the transaction ends (a concurrent change waits) */
const lockedUser = async (c: pg.ClientBase, id: number): Promise<StoredUser | null> =>
  one(await c.query<UserRow>(`SELECT ${USER_COLUMNS} FROM users u WHERE u.id = $1 FOR UPDATE`, [id]));

const tokenHashes = async (c: pg.ClientBase, userId: number): Promise<string[]> =>
  (await c.query<{ token_hash: string }>('SELECT token_hash FROM api_tokens WHERE user_id = $1 ORDER BY token_hash', [userId])).rows.map((r) => r.token_hash);

/** run `change` in a transaction; with `by`, audit what it returns */
function audited<T>(tx: Tx, by: AccountChangeBy | undefined, change: (c: pg.PoolClient) => Promise<{ out: T; entries: NewAuditEntry[] }>): Promise<T> {
  return tx(async (c) => {
    const { out, entries } = await change(c);
    if (by) await putAudit(c, entries);
    return out;
  });
}

export async function putUser(tx: Tx, u: NewUser, by?: AccountChangeBy): Promise<StoredUser> {
  const now = new Date().toISOString();
  return audited(tx, by, async (c) => {
    let id: number;
    try {
      const r = await c.query<{ id: number }>(
        'INSERT INTO users (name, role, password_hash, created_at) VALUES ($1, $2, $3, $4) RETURNING id',
        [u.name, u.role, u.passwordHash, now],
      );
      id = r.rows[0]!.id;
    } catch (e) {
      throw new StoreError('input', `expected a new user (name unique, role viewer|analyst|admin), found: ${(e as Error).message}`);
    }
    const user = { id, ...u, createdAt: now };
    return { out: user, entries: by ? [userAdded(by, user)] : [] };
  });
}

export const userByName = async (db: pg.Pool, name: string): Promise<StoredUser | null> =>
  one(await db.query<UserRow>(`SELECT ${USER_COLUMNS} FROM users u WHERE u.name = $1`, [name]));

export const users = async (db: pg.Pool): Promise<StoredUser[]> =>
  (await db.query<UserRow>(`SELECT ${USER_COLUMNS} FROM users u ORDER BY u.id`)).rows.map(toStoredUser);

export async function putToken(tx: Tx, tokenHash: string, userId: number, by?: AccountChangeBy): Promise<void> {
  await audited(tx, by, async (c) => {
    const u = by ? await lockedUser(c, userId) : null;
    await c.query('INSERT INTO api_tokens (token_hash, user_id, created_at) VALUES ($1, $2, $3)', [
      tokenHash,
      userId,
      new Date().toISOString(),
    ]);
    return { out: undefined, entries: by && u ? [tokenIssued(by, u, tokenHash)] : [] };
  });
}

export const userByToken = async (db: pg.Pool, tokenHash: string): Promise<StoredUser | null> =>
  one(
    await db.query<UserRow>(
      `SELECT ${USER_COLUMNS} FROM api_tokens t JOIN users u ON u.id = t.user_id WHERE t.token_hash = $1`,
      [tokenHash],
    ),
  );

export async function putSession(db: pg.Pool, idHash: string, userId: number, expiresAt: string): Promise<void> {
  await db.query('DELETE FROM sessions WHERE expires_at < $1', [new Date().toISOString()]);
  await db.query('INSERT INTO sessions (id_hash, user_id, expires_at) VALUES ($1, $2, $3)', [idHash, userId, expiresAt]);
}

export const userBySession = async (db: pg.Pool, idHash: string, now: string): Promise<StoredUser | null> =>
  one(
    await db.query<UserRow>(
      `SELECT ${USER_COLUMNS} FROM sessions s JOIN users u ON u.id = s.user_id WHERE s.id_hash = $1 AND s.expires_at > $2`,
      [idHash, now],
    ),
  );

export async function deleteSession(db: pg.Pool, idHash: string): Promise<void> {
  await db.query('DELETE FROM sessions WHERE id_hash = $1', [idHash]);
}

/** A new role and/or password hash; the other fields stay. */
export async function updateUser(tx: Tx, userId: number, change: { role?: Role; passwordHash?: string }, by?: AccountChangeBy): Promise<void> {
  await audited(tx, by, async (c) => {
    const before = by ? await lockedUser(c, userId) : null;
    try {
      if (change.role !== undefined) await c.query('UPDATE users SET role = $1 WHERE id = $2', [change.role, userId]);
      if (change.passwordHash !== undefined) await c.query('UPDATE users SET password_hash = $1 WHERE id = $2', [change.passwordHash, userId]);
    } catch (e) {
      throw new StoreError('input', `expected a role viewer|analyst|admin, found: ${(e as Error).message}`);
    }
    const entries: NewAuditEntry[] = [];
    if (by && before) {
      if (change.role !== undefined && change.role !== before.role) entries.push(roleChanged(by, before, change.role));
      if (change.passwordHash !== undefined) entries.push(passwordSet(by, before));
    }
    return { out: undefined, entries };
  });
}

/** Deletes the user's API tokens; returns how many there were. */
export async function revokeTokens(tx: Tx, userId: number, by?: AccountChangeBy): Promise<number> {
  return audited(tx, by, async (c) => {
    const u = by ? await lockedUser(c, userId) : null;
    const hashes = u ? await tokenHashes(c, userId) : [];
    const n = (await c.query('DELETE FROM api_tokens WHERE user_id = $1', [userId])).rowCount ?? 0;
    return { out: n, entries: by && u ? [tokensRevoked(by, u, hashes)] : [] };
  });
}

/** Ends the user's sessions (logged out everywhere); returns how many there were. */
export const deleteSessions = async (db: pg.Pool, userId: number): Promise<number> =>
  (await db.query('DELETE FROM sessions WHERE user_id = $1', [userId])).rowCount ?? 0;

/** Removes the user with its tokens and sessions; the audit trail keeps the name. */
export async function deleteUser(tx: Tx, userId: number, by?: AccountChangeBy): Promise<void> {
  await audited(tx, by, async (c) => {
    const u = by ? await lockedUser(c, userId) : null;
    const hashes = u ? await tokenHashes(c, userId) : [];
    await c.query('DELETE FROM api_tokens WHERE user_id = $1', [userId]);
    await c.query('DELETE FROM sessions WHERE user_id = $1', [userId]);
    await c.query('DELETE FROM users WHERE id = $1', [userId]);
    return { out: undefined, entries: by && u ? [userRemoved(by, u, hashes)] : [] };
  });
}
