import { describe, expect, it } from 'vitest';
import { checkMigrations, type Migration } from './migration.js';
import { MIGRATIONS as PG } from './postgres/migrations.js';
import { MIGRATIONS as SQLITE } from './sqlite/migrations.js';

const m = (version: number, name: string): Migration => ({ version, name, sql: '' });

describe('checkMigrations', () => {
  const list = [m(1, '001_a'), m(2, '002_b'), m(3, '003_c')];
  it.each<[string, number, number | undefined, number[]]>([
    ['all on an empty database', 0, undefined, [1, 2, 3]],
    ['the missing ones', 2, undefined, [3]],
    ['none when up to date', 3, undefined, []],
    ['up to a version', 0, 1, [1]],
  ])('%s', (_what, applied, upTo, expected) => {
    expect(checkMigrations(list, applied, upTo).map((x) => x.version)).toEqual(expected);
  });

  it('refuses a database newer than the code', () => {
    expect(() => checkMigrations(list, 4)).toThrow(
      /expected a database schema at version 3 or lower, found version 4/,
    );
  });

  it('refuses a list with a gap or a misnamed step', () => {
    expect(() => checkMigrations([m(1, '001_a'), m(3, '003_c')], 0)).toThrow(/expected version 2/);
    expect(() => checkMigrations([m(1, '1_a')], 0)).toThrow(/named 001_/);
  });

  it('both databases have the same numbered steps', () => {
    expect(PG.map((x) => x.name)).toEqual(SQLITE.map((x) => x.name));
    expect(checkMigrations(PG, 0)).toHaveLength(PG.length);
  });
});
