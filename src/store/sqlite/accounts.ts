// Users, API tokens and sessions on SQLite (AccountStore of ../types.ts). A change made by a
// person (`by` given) and its audit entry are written in one transaction.
import type Database from 'better-sqlite3';
import { passwordSet, roleChanged, tokenIssued, tokensRevoked, userAdded, userRemoved } from '../account-audit.js';
import { toStoredUser, USER_COLUMNS, type UserRow } from '../rows.js';
import { StoreError } from '../store-error.js';
import type { AccountChangeBy, NewAuditEntry, NewUser, Role, StoredUser } from '../types.js';
import { putAudit } from './review.js';

const one = (r: unknown): StoredUser | null => (r ? toStoredUser(r as UserRow) : null);

const userById = (db: Database.Database, id: number): StoredUser | null =>
  one(db.prepare(`SELECT ${USER_COLUMNS} FROM users u WHERE u.id = ?`).get(id));

const tokenHashes = (db: Database.Database, userId: number): string[] =>
  (db.prepare('SELECT token_hash FROM api_tokens WHERE user_id = ? ORDER BY token_hash').all(userId) as { token_hash: string }[]).map((r) => r.token_hash);

/** run `change` in a write transaction; with `by`, audit what it returns */
function audited<T>(db: Database.Database, by: AccountChangeBy | undefined, change: () => { out: T; entries: NewAuditEntry[] }): T {
  return db
    .transaction((): T => {
      const { out, entries } = change();
      if (by) putAudit(db, entries);
      return out;
    })
    .immediate();
}

export function putUser(db: Database.Database, u: NewUser, by?: AccountChangeBy): StoredUser {
  const now = new Date().toISOString();
  return audited(db, by, () => {
    let id: number;
    try {
      id = Number(
        db
          .prepare('INSERT INTO users (name, role, password_hash, created_at) VALUES (?, ?, ?, ?)')
          .run(u.name, u.role, u.passwordHash, now).lastInsertRowid,
      );
    } catch (e) {
      throw new StoreError('input', `expected a new user (name unique, role viewer|analyst|admin), found: ${(e as Error).message}`);
    }
    const user = { id, ...u, createdAt: now };
    return { out: user, entries: by ? [userAdded(by, user)] : [] };
  });
}

export const userByName = (db: Database.Database, name: string): StoredUser | null =>
  one(db.prepare(`SELECT ${USER_COLUMNS} FROM users u WHERE u.name = ?`).get(name));

export const users = (db: Database.Database): StoredUser[] =>
  (db.prepare(`SELECT ${USER_COLUMNS} FROM users u ORDER BY u.id`).all() as UserRow[]).map(toStoredUser);

export function putToken(db: Database.Database, tokenHash: string, userId: number, by?: AccountChangeBy): void {
  audited(db, by, () => {
    db.prepare('INSERT INTO api_tokens (token_hash, user_id, created_at) VALUES (?, ?, ?)').run(
      tokenHash,
      userId,
      new Date().toISOString(),
    );
    const u = by ? userById(db, userId) : null;
    return { out: undefined, entries: by && u ? [tokenIssued(by, u, tokenHash)] : [] };
  });
}

export const userByToken = (db: Database.Database, tokenHash: string): StoredUser | null =>
  one(
    db
      .prepare(`SELECT ${USER_COLUMNS} FROM api_tokens t JOIN users u ON u.id = t.user_id WHERE t.token_hash = ?`)
      .get(tokenHash),
  );

export function putSession(db: Database.Database, idHash: string, userId: number, expiresAt: string): void {
  db.prepare('DELETE FROM sessions WHERE expires_at < ?').run(new Date().toISOString());
  db.prepare('INSERT INTO sessions (id_hash, user_id, expires_at) VALUES (?, ?, ?)').run(idHash, userId, expiresAt);
}

export const userBySession = (db: Database.Database, idHash: string, now: string): StoredUser | null =>
  one(
    db
      .prepare(
        `SELECT ${USER_COLUMNS} FROM sessions s JOIN users u ON u.id = s.user_id WHERE s.id_hash = ? AND s.expires_at > ?`,
      )
      .get(idHash, now),
  );

export function deleteSession(db: Database.Database, idHash: string): void {
  db.prepare('DELETE FROM sessions WHERE id_hash = ?').run(idHash);
}

/** A new role and/or password hash; the other fields stay. */
export function updateUser(db: Database.Database, userId: number, change: { role?: Role; passwordHash?: string }, by?: AccountChangeBy): void {
  audited(db, by, () => {
    const before = by ? userById(db, userId) : null;
    try {
      if (change.role !== undefined) db.prepare('UPDATE users SET role = ? WHERE id = ?').run(change.role, userId);
      if (change.passwordHash !== undefined) db.prepare('UPDATE users SET password_hash = ? WHERE id = ?').run(change.passwordHash, userId);
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
export function revokeTokens(db: Database.Database, userId: number, by?: AccountChangeBy): number {
  return audited(db, by, () => {
    const u = by ? userById(db, userId) : null;
    const hashes = u ? tokenHashes(db, userId) : [];
    const n = db.prepare('DELETE FROM api_tokens WHERE user_id = ?').run(userId).changes;
    return { out: n, entries: by && u ? [tokensRevoked(by, u, hashes)] : [] };
  });
}

/** Ends the user's sessions (logged out everywhere); returns how many there were. */
export const deleteSessions = (db: Database.Database, userId: number): number =>
  db.prepare('DELETE FROM sessions WHERE user_id = ?').run(userId).changes;

/** Removes the user with its tokens and sessions; the audit trail keeps the name. */
export function deleteUser(db: Database.Database, userId: number, by?: AccountChangeBy): void {
  audited(db, by, () => {
    const u = by ? userById(db, userId) : null;
    const hashes = u ? tokenHashes(db, userId) : [];
    revokeTokens(db, userId);
    deleteSessions(db, userId);
    db.prepare('DELETE FROM users WHERE id = ?').run(userId);
    return { out: undefined, entries: by && u ? [userRemoved(by, u, hashes)] : [] };
  });
}
