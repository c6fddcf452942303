// The API suite (./api-suite.ts) on PostgreSQL: a fresh database on the server named by
// RASID_TEST_PG (`eval "$(bash scripts/ci-postgres.sh start)"`); skipped, visibly, without it.
import { randomBytes } from 'node:crypto';
// the one use of the driver outside src/store: creating and dropping the scratch database
// eslint-disable-next-line no-restricted-imports
import pg from 'pg';
import { afterAll, describe, it } from 'vitest';
import { openStore } from '../src/store/index.js';
import { runApiSuite } from './api-suite.js';

const url = process.env.RASID_TEST_PG;

/** the server URL with another database name */
function withDatabase(base: string, db: string): string {
  const u = new URL(base);
  u.pathname = `/${db}`;
  return u.toString();
}

describe.skipIf(!url)('api on postgres (RASID_TEST_PG)', () => {
  const db = `rasid_api_${randomBytes(6).toString('hex')}`;
  const admin = async (sql: string): Promise<void> => {
    const c = new pg.Client({ connectionString: url });
    await c.connect();
    try {
      await c.query(sql);
    } finally {
      await c.end();
    }
  };
  afterAll(() => admin(`DROP DATABASE IF EXISTS ${db} WITH (FORCE)`));
  runApiSuite('api on postgres', async () => {
    await admin(`CREATE DATABASE ${db} TEMPLATE template0 ENCODING 'UTF8'`);
    return openStore(withDatabase(url!, db));
  });
});

if (!url) {
  describe('api on postgres', () => {
    it.skip('skipped: set RASID_TEST_PG=postgres://… (see scripts/ci-postgres.sh) to run the API suite on PostgreSQL', () => undefined);
  });
}
