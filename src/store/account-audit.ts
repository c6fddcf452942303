// The audit entries of account changes, built once for both stores (entity 'user', entity id the
// user's id). They give the user's name and role and name tokens by id, never a password hash or
// a token: admins read the trail, and a hash there would outlive the password it guards. The name
// is in every entry because a removed user's id may be given again (SQLite).
import type { AccountChangeBy, NewAuditEntry, Role, StoredUser } from './types.js';

type Account = Pick<StoredUser, 'id' | 'name' | 'role'>;

/** a token as the trail names it: the first 8 hex digits of its sha256 (the token is not in them) */
export const tokenId = (tokenHash: string): string => tokenHash.slice(0, 8);

const entry = (by: AccountChangeBy, u: Account, action: string, before: unknown, after: unknown): NewAuditEntry => ({
  who: by.who,
  entity: 'user',
  entityId: u.id,
  action,
  before,
  after,
  comment: by.comment ?? null,
});

const shown = (u: Account): { name: string; role: Role } => ({ name: u.name, role: u.role });

export const userAdded = (by: AccountChangeBy, u: Account): NewAuditEntry => entry(by, u, 'user_add', null, shown(u));

export const roleChanged = (by: AccountChangeBy, u: Account, role: Role): NewAuditEntry =>
  entry(by, u, 'role_change', shown(u), { ...shown(u), role });

/** the same name and role before and after: the action says what changed */
export const passwordSet = (by: AccountChangeBy, u: Account): NewAuditEntry =>
  entry(by, u, by.self ? 'password_change' : 'password_reset', shown(u), shown(u));

export const tokenIssued = (by: AccountChangeBy, u: Account, tokenHash: string): NewAuditEntry =>
  entry(by, u, 'token_issue', null, { name: u.name, token: tokenId(tokenHash) });

export const tokensRevoked = (by: AccountChangeBy, u: Account, tokenHashes: readonly string[]): NewAuditEntry =>
  entry(by, u, 'token_revoke', { name: u.name, tokens: tokenHashes.map(tokenId) }, { name: u.name, tokens: [] });

export const userRemoved = (by: AccountChangeBy, u: Account, tokenHashes: readonly string[]): NewAuditEntry =>
  entry(by, u, 'user_remove', { ...shown(u), tokens: tokenHashes.map(tokenId) }, null);
