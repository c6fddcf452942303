// Opening a store: a postgres:// or postgresql:// URL gives PostgreSQL, anything else is a SQLite
// file path (default ./rasid.db), created and migrated on first use. Callers see the `Store`
// contract of ./types.ts. The database drivers (better-sqlite3, pg) are imported only inside
// ./sqlite and ./postgres, and those folders only from here and from tests (a lint rule is to
// enforce it); loaded on demand, so that a PostgreSQL user never loads the SQLite native module.
import type { Store } from './types.js';

export type { Store } from './types.js';
import { StoreError } from './store-error.js';

export { StoreError } from './store-error.js';

export const DEFAULT_STORE = './rasid.db';

export interface OpenOptions {
  /** migrate only up to this version (tests of upgrades); default: the latest */
  readonly schemaVersion?: number;
}

export const isPostgresUrl = (url: string): boolean => /^postgres(?:ql)?:\/\//i.test(url);

/** the URL as it may be shown: without a password */
function shown(url: string): string {
  return isPostgresUrl(url) ? url.replace(/\/\/([^:/@]+):[^@]*@/, '//$1:***@') : url;
}

export async function openStore(url: string = DEFAULT_STORE, opts: OpenOptions = {}): Promise<Store> {
  const cannot = (e: unknown): StoreError =>
    e instanceof StoreError
      ? e
      : new StoreError(
          'schema',
          `expected a database at ${shown(url)} that can be opened, found: ${e instanceof Error ? e.message : String(e)}`,
        );
  let store: Store & { migrate(upTo?: number): Promise<void> };
  try {
    store = isPostgresUrl(url)
      ? new (await import('./postgres/store.js')).PostgresStore(url)
      : new (await import('./sqlite/store.js')).SqliteStore(url);
  } catch (e) {
    throw cannot(e);
  }
  try {
    await store.migrate(opts.schemaVersion);
  } catch (e) {
    await store.close().catch(() => undefined);
    throw cannot(e);
  }
  return store;
}
