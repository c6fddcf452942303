import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { LexiconError, defaultLexiconDir, loadLexicon } from './index.js';

const temps: string[] = [];
afterAll(() => { for (const d of temps) rmSync(d, { recursive: true, force: true }); });

/** A copy of the real lexicon with some files replaced. */
function lexiconWith(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'rasid-lexicon-'));
  temps.push(dir);
  cpSync(defaultLexiconDir(), dir, { recursive: true });
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

function problemsOf(dir: string): string[] {
  try {
    loadLexicon(dir);
  } catch (e) {
    expect(e).toBeInstanceOf(LexiconError);
    return [...(e as LexiconError).problems];
  }
  throw new Error('expected a LexiconError');
}

describe('loadLexicon', () => {
  it('loads the package lexicon once, quickly', () => {
    const a = loadLexicon();
    expect(a.actors.size).toBeGreaterThan(1000);
    expect(a.triggers.size).toBeGreaterThan(500);
    expect(loadLexicon()).toBe(a);
    expect(loadLexicon(defaultLexiconDir())).toBe(a);
  });

  const bad: [string, Record<string, string>, string[]][] = [
    ['wrong column count', { 'weapons.tsv': 'phrase\tweapon\nهاون\tmortar\nمدفعية\n# comment\nدبابة\ttank\textra\n' },
      ['weapons.tsv:3: expected 2 tab-separated columns', 'weapons.tsv:5: expected 2']],
    ['unknown weapon', { 'weapons.tsv': 'phrase\tweapon\nهاون\tmortars\n' }, ['weapons.tsv:2: expected a weapon', 'found "mortars"']],
    ['bad header', { 'cues.tsv': 'phrase\tkind\nقال\tattribution\n' }, ['cues.tsv:1: expected the header']],
    ['unknown cue', { 'cues.tsv': '# c\nphrase\tcue\nقال\tattribution\nسوف\tsoon\n' }, ['cues.tsv:4: expected a cue']],
    ['unknown type and subtype', { 'triggers.tsv': 'phrase\ttype\tsubtype\tweapons\tstrength\tnote\nقصف\tbombing\tremote\t-\tstrong\t\nغارة\texplosion_remote_violence\tair\taircraft\tstrong\t\nاشتباك\tbattle\tremote\t-\tstrong\t\nسيطرة\tbattle\tterritory\t-\tstrong\t\n' },
      ['triggers.tsv:2: expected an event type', 'triggers.tsv:3: expected a subtype of explosion_remote_violence', 'triggers.tsv:4: expected a subtype of battle']],
    ['unknown trigger weapon', { 'triggers.tsv': 'phrase\ttype\tsubtype\tweapons\tstrength\tnote\nغارة\texplosion_remote_violence\tair_drone_strike\taircraft,jets\tstrong\t\n' }, ['triggers.tsv:2: expected weapons', '"jets"']],
    ['unknown trigger strength', { 'triggers.tsv': 'phrase\ttype\tsubtype\tweapons\tstrength\tnote\nغارة\texplosion_remote_violence\tair_drone_strike\taircraft\tmaybe\t\n' }, ['triggers.tsv:2: expected strength strong or weak', '"maybe"']],
    ['unknown category and count', { 'casualty-nouns.tsv': 'phrase\tcategory\tcount\nطفل\tkid\t1\nطفلة\tchild\t3\n' },
      ['casualty-nouns.tsv:2: expected a category', 'casualty-nouns.tsv:3: expected a count']],
    ['unknown casualty verb', { 'casualty-verbs.tsv': 'phrase\twhat\nقتل\tdead\n' }, ['casualty-verbs.tsv:2: expected one of']],
    ['actor key without a name row', { 'actors.tsv': 'phrase\tkey\tcountry\tnote\nداعش\tislamic_state\t-\t\nالفرسان\tknights\t-\t\nالجيش المغربي\tstate_military\tMA\t\n' },
      ['actors.tsv:3: expected an actor key', 'found "knights"', 'actors.tsv:4: expected a country that actor-names.tsv has']],
    ['duplicates after normalisation', { 'actors.tsv': 'phrase\tkey\tcountry\tnote\nالقوات التركية\tstate_military\tTR\t\nقوات تركية\tstate_military\tTR\tsame\nداعش\tislamic_state\t-\t\n' },
      ['actors.tsv:3: expected a new entry, found a duplicate of line 2']],
    ['bad actor-names rows', { 'actor-names.tsv': 'name\tinter\tside\tkey\tcountry\nHamas\t2\thamas\thamas\tPS\nHamas\t2\thamas\thamas\tPS\nX\t9\tx\tX-y\tPal\n' },
      ['actor-names.tsv:3: expected a new actor name', 'actor-names.tsv:4: expected an interaction code', 'actor-names.tsv:4: expected a group key', 'actor-names.tsv:4: expected an ISO-3166']],
    ['missing file', { 'cues.tsv': '' }, ['cues.tsv:1: expected the header']],
  ];
  it.each(bad)('rejects %s with file and line numbers', (_name, files, expected) => {
    const problems = problemsOf(lexiconWith(files)).join('\n');
    for (const e of expected) expect(problems).toContain(e);
  });

  it('collects the problems of several files before throwing', () => {
    const dir = lexiconWith({
      'weapons.tsv': 'phrase\tweapon\nهاون\tmortarz\n',
      'cues.tsv': 'phrase\tcue\nقال\tsaid\n',
    });
    expect(() => loadLexicon(dir)).toThrow(/weapons\.tsv:2[\s\S]*cues\.tsv:2/);
  });
});
