// A numbered schema step. Each database folder lists its own (same numbers, same names, its own
// SQL); each is applied once, in a transaction, and recorded in schema_migrations.
import { StoreError } from './store-error.js';

export interface Migration {
  /** 1, 2, 3, …: the order of application and the number recorded */
  readonly version: number;
  /** "001_reports": the version padded, then what it adds */
  readonly name: string;
  readonly sql: string;
}

/** Refuse to run on a list with gaps or on a database newer than the code. */
export function checkMigrations(
  list: readonly Migration[],
  applied: number,
  upTo?: number,
): readonly Migration[] {
  list.forEach((m, i) => {
    if (m.version !== i + 1 || !m.name.startsWith(String(m.version).padStart(3, '0') + '_')) {
      throw new Error(
        `migration #${i + 1}: expected version ${i + 1} named ${String(i + 1).padStart(3, '0')}_…, found ${m.version} ${m.name}`,
      );
    }
  });
  if (applied > list.length) {
    throw new StoreError(
      'schema',
      `expected a database schema at version ${list.length} or lower, found version ${applied}: this database was written by a newer Rasid`,
    );
  }
  const last = upTo ?? list.length;
  return list.filter((m) => m.version > applied && m.version <= last);
}
