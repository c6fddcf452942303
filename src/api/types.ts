// The API's contracts: what the app is built from (ApiDeps), what a request carries (ApiEnv).
// Everything reads and writes through the Store contract; the app never knows the database.
import type { Store, StoredUser, Role } from '../store/types.js';

export interface ApiOptions {
  /** anonymous reads (GET) allowed; writes always need a login */
  readonly public?: boolean;
  /** requests per second per IP on /api (token bucket; burst = 2 s worth); 0 = no limit. Default 20 */
  readonly rateLimit?: number;
  /** the web UI folder served at / (default <repo>/web) */
  readonly webDir?: string;
  /** session lifetime in seconds (default 12 h) */
  readonly sessionSeconds?: number;
}

export interface ApiDeps extends ApiOptions {
  readonly store: Store;
}

export interface ApiEnv {
  Variables: {
    /** the logged-in user (session cookie or bearer token), null when anonymous */
    user: StoredUser | null;
  };
}

export const ROLES: readonly Role[] = ['viewer', 'analyst', 'admin'];

/** a user name: letters, digits, . _ @ - (up to 64), the same for the CLI and the API */
export const USER_NAME = /^[\p{L}\p{N}._@-]{1,64}$/u;

/** viewer < analyst < admin */
export const roleAtLeast = (role: Role, min: Role): boolean => ROLES.indexOf(role) >= ROLES.indexOf(min);

/** the user as the API shows it: never the password hash */
export const publicUser = (u: StoredUser): { name: string; role: Role } => ({ name: u.name, role: u.role });
