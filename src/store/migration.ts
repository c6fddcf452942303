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

/**
 * The steps still to apply, in order, up to `upTo`. Versions rise and each step is named after its
 * number. A number may be missing from the list (a step written beside this one, on another
 * branch): `applied` is the set of versions the database has, not its highest, so that such a step
 * is applied when it arrives even after a higher one. Refuses a database holding a version this
 * code does not know (written by a newer Rasid).
 */
export function checkMigrations(
  list: readonly Migration[],
  applied: ReadonlySet<number>,
  upTo?: number,
): readonly Migration[] {
  list.forEach((m, i) => {
    const after = i === 0 ? 0 : list[i - 1]!.version;
    if (!Number.isInteger(m.version) || m.version <= after || !m.name.startsWith(String(m.version).padStart(3, '0') + '_')) {
      throw new Error(
        `migration #${i + 1}: expected a version above ${after} named after it (${String(after + 1).padStart(3, '0')}_…), found ${m.version} ${m.name}`,
      );
    }
  });
  const known = new Set(list.map((m) => m.version));
  const unknown = [...applied].filter((v) => !known.has(v)).sort((a, b) => a - b);
  if (unknown.length > 0) {
    throw new StoreError(
      'schema',
      `expected a database schema of the versions this Rasid knows (${[...known].join(', ')}), found version ${unknown.join(', ')}: this database was written by a newer Rasid`,
    );
  }
  const last = upTo ?? Infinity;
  return list.filter((m) => !applied.has(m.version) && m.version <= last);
}
