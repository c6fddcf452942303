// The API suite (./api-suite.ts) on a SQLite database in a temporary file.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';
import { openStore } from '../src/store/index.js';
import { runApiSuite } from './api-suite.js';

const dir = mkdtempSync(join(tmpdir(), 'rasid-api-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

runApiSuite('api on sqlite', () => openStore(join(dir, 'api.db')));
