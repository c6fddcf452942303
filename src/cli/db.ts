// The --db option shared by ingest, search, incidents, show and export: a SQLite file path or a
// postgres:// URL (default ./rasid.db). Opening, migrating and closing happen here, and the
// errors of the store and of ingest become CliErrors with their exit codes here.
import { existsSync } from 'node:fs';
import { IngestError } from '../ingest/ingest-error.js';
import { openStore, StoreError } from '../store/index.js';
import type { Store } from '../store/types.js';
import { CliError, EXIT } from './errors.js';
import { OutputClosed } from './write.js';

export const DEFAULT_DB = './rasid.db';
export const DB_HELP = `  --db PATH|URL            SQLite file or postgres://… URL (default ${DEFAULT_DB})`;
export const DB_OPTION = { db: { type: 'string', default: DEFAULT_DB } } as const;

const isUrl = (db: string): boolean => /^postgres(?:ql)?:\/\//.test(db);

export function toCliError(e: unknown): unknown {
  if (e instanceof IngestError) return new CliError(e.message, EXIT.input);
  if (e instanceof StoreError) return new CliError(e.message, e.kind === 'input' ? EXIT.usage : EXIT.database);
  return e;
}

/**
 * Open the store, run `fn`, close it. A command that only reads needs an existing SQLite file
 * (a typo in --db must not quietly create an empty database).
 */
export async function withStore(db: string, mode: 'read' | 'write', fn: (store: Store) => Promise<number>): Promise<number> {
  if (mode === 'read' && !isUrl(db) && !existsSync(db)) {
    throw new CliError(`--db ${db}: expected a database, found no file (rasid ingest creates it)`, EXIT.database);
  }
  let store: Store;
  try {
    store = await openStore(db); // creates and migrates
  } catch (e) {
    const c = toCliError(e);
    if (c instanceof CliError) throw c;
    throw new CliError(`--db ${db}: cannot open the database: ${(e as Error).message}`, EXIT.database);
  }
  try {
    return await fn(store);
  } catch (e) {
    if (e instanceof OutputClosed) return EXIT.ok; // the reader had enough (`| head`)
    throw toCliError(e);
  } finally {
    await store.close();
  }
}
