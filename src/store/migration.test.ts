import { describe, expect, it } from 'vitest';
import { checkMigrations, type Migration } from './migration.js';
import { MIGRATIONS as PG } from './postgres/migrations.js';
import { MIGRATIONS as SQLITE } from './sqlite/migrations.js';

const m = (version: number, name: string): Migration => ({ version, name, sql: '' });
const set = (...v: number[]): ReadonlySet<number> => new Set(v);

describe('checkMigrations', () => {
  const list = [m(1, '001_a'), m(2, '002_b'), m(3, '003_c')];
  it.each<[string, readonly Migration[], ReadonlySet<number>, number | undefined, number[]]>([
    ['all on an empty database', list, set(), undefined, [1, 2, 3]],
    ['the missing ones', list, set(1, 2), undefined, [3]],
    ['none when up to date', list, set(1, 2, 3), undefined, []],
    ['up to a version', list, set(), 1, [1]],
    ['a step numbered below an applied one, when it arrives', list, set(1, 3), undefined, [2]],
    ['a list with a number missing (the step is on another branch)', [m(1, '001_a'), m(3, '003_c')], set(1), undefined, [3]],
  ])('%s', (_what, steps, applied, upTo, expected) => {
    expect(checkMigrations(steps, applied, upTo).map((x) => x.version)).toEqual(expected);
  });

  it('refuses a database holding a version the code does not know', () => {
    expect(() => checkMigrations(list, set(1, 2, 3, 4))).toThrow(
      /expected a database schema of the versions this Rasid knows \(1, 2, 3\), found version 4/,
    );
    expect(() => checkMigrations([m(1, '001_a'), m(3, '003_c')], set(1, 2))).toThrow(/found version 2/);
  });

  it('refuses steps out of order, twice or misnamed', () => {
    expect(() => checkMigrations([m(2, '002_b'), m(1, '001_a')], set())).toThrow(/expected a version above 2/);
    expect(() => checkMigrations([m(1, '001_a'), m(1, '001_a')], set())).toThrow(/above 1/);
    expect(() => checkMigrations([m(1, '1_a')], set())).toThrow(/named after it \(001_…\)/);
  });

  it('both databases have the same numbered steps', () => {
    expect(PG.map((x) => x.name)).toEqual(SQLITE.map((x) => x.name));
    expect(checkMigrations(PG, set())).toHaveLength(PG.length);
  });
});
