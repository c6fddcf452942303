// Users, API tokens and sessions on PostgreSQL (AccountStore of ../types.ts).
import type pg from 'pg';
import { toStoredUser, USER_COLUMNS, type UserRow } from '../rows.js';
import { StoreError } from '../store-error.js';
import type { NewUser, Role, StoredUser } from '../types.js';

const one = (r: pg.QueryResult<UserRow>): StoredUser | null => (r.rows[0] ? toStoredUser(r.rows[0]) : null);

export async function putUser(db: pg.Pool, u: NewUser): Promise<StoredUser> {
  const now = new Date().toISOString();
  try {
    const r = await db.query<{ id: number }>(
      'INSERT INTO users (name, role, password_hash, created_at) VALUES ($1, $2, $3, $4) RETURNING id',
      [u.name, u.role, u.passwordHash, now],
    );
    return { id: r.rows[0]!.id, ...u, createdAt: now };
  } catch (e) {
    throw new StoreError('input', `expected a new user (name unique, role viewer|analyst|admin), found: ${(e as Error).message}`);
  }
}

export const userByName = async (db: pg.Pool, name: string): Promise<StoredUser | null> =>
  one(await db.query<UserRow>(`SELECT ${USER_COLUMNS} FROM users u WHERE u.name = $1`, [name]));

export const users = async (db: pg.Pool): Promise<StoredUser[]> =>
  (await db.query<UserRow>(`SELECT ${USER_COLUMNS} FROM users u ORDER BY u.id`)).rows.map(toStoredUser);

export async function putToken(db: pg.Pool, tokenHash: string, userId: number): Promise<void> {
  await db.query('INSERT INTO api_tokens (token_hash, user_id, created_at) VALUES ($1, $2, $3)', [
    tokenHash,
    userId,
    new Date().toISOString(),
  ]);
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
export async function updateUser(db: pg.Pool, userId: number, change: { role?: Role; passwordHash?: string }): Promise<void> {
  try {
    if (change.role !== undefined) await db.query('UPDATE users SET role = $1 WHERE id = $2', [change.role, userId]);
    if (change.passwordHash !== undefined) await db.query('UPDATE users SET password_hash = $1 WHERE id = $2', [change.passwordHash, userId]);
  } catch (e) {
    throw new StoreError('input', `expected a role viewer|analyst|admin, found: ${(e as Error).message}`);
  }
}

/** Deletes the user's API tokens; returns how many there were. */
export const revokeTokens = async (db: pg.Pool, userId: number): Promise<number> =>
  (await db.query('DELETE FROM api_tokens WHERE user_id = $1', [userId])).rowCount ?? 0;

/** Ends the user's sessions (logged out everywhere); returns how many there were. */
export const deleteSessions = async (db: pg.Pool, userId: number): Promise<number> =>
  (await db.query('DELETE FROM sessions WHERE user_id = $1', [userId])).rowCount ?? 0;

/** Removes the user with its tokens and sessions; the audit trail keeps the name. */
export async function deleteUser(db: pg.Pool, userId: number): Promise<void> {
  const c = await db.connect();
  try {
    await c.query('BEGIN');
    await c.query('DELETE FROM api_tokens WHERE user_id = $1', [userId]);
    await c.query('DELETE FROM sessions WHERE user_id = $1', [userId]);
    await c.query('DELETE FROM users WHERE id = $1', [userId]);
    await c.query('COMMIT');
  } catch (e) {
    await c.query('ROLLBACK');
    throw e;
  } finally {
    c.release();
  }
}
