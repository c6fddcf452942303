// The store contract on SQLite: a new database file in a temporary directory for every store.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';
import { runStoreContract } from '../contract.js';
import { openStore } from '../index.js';

const dir = mkdtempSync(join(tmpdir(), 'rasid-store-'));
let n = 0;
afterAll(() => rmSync(dir, { recursive: true, force: true }));

runStoreContract('sqlite', (opts) => openStore(join(dir, `t${n++}.db`), opts));
