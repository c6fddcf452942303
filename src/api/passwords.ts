// Passwords (scrypt, node:crypto) and secrets (API tokens, session ids): random 32 bytes,
// stored as sha256 hashes only, compared in constant time.
import { createHash, randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto';

const N = 16_384;
const R = 8;
const P = 1;
const KEYLEN = 32;

function scryptAsync(password: string, salt: Buffer, opts: ScryptOptions): Promise<Buffer> {
  return new Promise((resolve, reject) =>
    scrypt(password, salt, KEYLEN, opts, (err, key) => (err ? reject(err) : resolve(key))),
  );
}

/** `scrypt$N$r$p$salt$key` (base64url) */
export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16);
  const key = await scryptAsync(password, salt, { N, r: R, p: P });
  return ['scrypt', N, R, P, salt.toString('base64url'), key.toString('base64url')].join('$');
}

const DUMMY = 'scrypt$16384$8$1$AAAAAAAAAAAAAAAAAAAAAA$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA';

/** false for a wrong password or a malformed hash; pass null (unknown user) to spend the same time */
export async function verifyPassword(password: string, stored: string | null): Promise<boolean> {
  const parts = (stored ?? DUMMY).split('$');
  if (parts.length !== 6 || parts[0] !== 'scrypt') return false;
  const [, n, r, p, salt, key] = parts as [string, string, string, string, string, string];
  const want = Buffer.from(key, 'base64url');
  const got = await scryptAsync(password, Buffer.from(salt, 'base64url'), { N: Number(n), r: Number(r), p: Number(p) });
  return stored !== null && want.length === got.length && timingSafeEqual(want, got);
}

/** a new secret: 32 random bytes, base64url (43 characters) */
export const newSecret = (): string => randomBytes(32).toString('base64url');

/** a one-time password to print: 18 random bytes, base64url (24 characters) */
export const newPassword = (): string => randomBytes(18).toString('base64url');

/** what the store keeps of a token or session id */
export const hashSecret = (secret: string): string => createHash('sha256').update(secret).digest('hex');
