// The store contract on PostgreSQL: a new database for every store, on the server named by
// RASID_TEST_PG (a postgres:// URL; `eval "$(scripts/ci-postgres.sh start)"` starts a throw-away
// cluster and prints it). Without RASID_TEST_PG the suite is skipped, and says so.
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterAll, describe, it } from 'vitest';
import { runStoreContract } from '../contract.js';
import { openStore } from '../index.js';

const url = process.env.RASID_TEST_PG;
const created: string[] = [];

/** the server URL with another database name */
function withDatabase(base: string, db: string): string {
  const u = new URL(base);
  u.pathname = `/${db}`;
  return u.toString();
}

async function admin<T>(fn: (c: pg.Client) => Promise<T>): Promise<T> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    return await fn(c);
  } finally {
    await c.end();
  }
}

describe.skipIf(!url)('postgres store (RASID_TEST_PG)', () => {
  afterAll(async () => {
    await admin(async (c) => {
      for (const db of created) await c.query(`DROP DATABASE IF EXISTS ${db} WITH (FORCE)`);
    });
  });

  runStoreContract('postgres', async (opts) => {
    const db = `rasid_t_${randomBytes(6).toString('hex')}`;
    await admin((c) => c.query(`CREATE DATABASE ${db} TEMPLATE template0 ENCODING 'UTF8'`));
    created.push(db);
    return openStore(withDatabase(url!, db), opts);
  });
});

// a visible line in the report rather than a silently missing suite
if (!url) {
  describe('postgres store', () => {
    it.skip('skipped: set RASID_TEST_PG=postgres://… (see scripts/ci-postgres.sh) to run the contract on PostgreSQL', () =>
      undefined);
  });
}
