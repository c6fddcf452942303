import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadLexicon } from './index.js';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const specRows = readFileSync(resolve(repoRoot, '../shared/spec/actors.tsv'), 'utf8')
  .split('\n').slice(1).filter((l) => l.trim() !== '').map((l) => l.split('\t'))
  .map(([name, inter, side]) => [name!, Number(inter), side!] as const);

describe('actor-names.tsv', () => {
  const lex = loadLexicon();
  it('has the spec table', () => expect(specRows.length).toBeGreaterThan(80));
  it.each(specRows)('has %s (inter %i, side %s)', (name, inter, side) => {
    const def = lex.actorByName(name);
    expect(def).toBeDefined();
    expect(def!.inter).toBe(inter);
    expect(def!.side).toBe(side);
  });

  const lookups: [string, string | null, string | null][] = [
    ['state_military', 'SY', 'Military Forces of Syria (2000-2024)'],
    ['state_military', null, 'Military Forces of Syria (2000-2024)'],
    ['state_military', 'IQ', 'Military Forces of Iraq'],
    ['state_military', 'TR', 'Military Forces of Turkey'],
    ['islamic_state', 'LY', 'Islamic State (Libya)'],
    ['islamic_state', 'SD', 'Islamic State (Syria)'],
    ['civilians', 'PS', 'Civilians (Palestine)'],
    ['civilians', null, 'Civilians (Syria)'],
    ['unidentified', 'IQ', 'Unidentified Armed Group (Iraq)'],
    ['houthis', 'SY', 'Ansar Allah (Houthis)'],
    ['saudi_coalition', 'YE', 'Saudi-led Coalition'],
    ['army_generic', 'SD', 'Military Forces of Sudan'],
    ['aircraft_unknown', 'LY', 'Unidentified Military Forces (Libya)'],
    ['coalition_generic', 'SY', 'Operation Inherent Resolve (Global Coalition)'],
    ['anaphor_latter', 'SY', null],
    ['no_such_key', 'SY', null],
  ];
  it.each(lookups)('actorFor(%s, %s) = %s', (key, country, name) => {
    expect(lex.actorFor(key, country)?.name ?? null).toBe(name);
  });
});
