// The boilerplate list (data/ingest/boilerplate.tsv): phrases and regular expressions that mark
// a paragraph as site chrome. Rules in data/ingest/README.md.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from '../root.js';
import { IngestError } from './ingest-error.js';
import { wordKey } from './word-key.js';

/** A phrase drops a paragraph only when the paragraph has at most this many words. */
export const PHRASE_MAX_WORDS = 20;

export interface Boilerplate {
  readonly phrases: readonly string[];
  readonly patterns: readonly RegExp[];
}

export const defaultBoilerplatePath = (): string => join(repoRoot(), 'data', 'ingest', 'boilerplate.tsv');

export function loadBoilerplate(file: string = defaultBoilerplatePath()): Boilerplate {
  if (!existsSync(file)) throw new IngestError(`${file}: expected the boilerplate list (pattern<TAB>note), found no file`);
  const phrases: string[] = [];
  const patterns: RegExp[] = [];
  let header = false;
  readFileSync(file, 'utf8')
    .replace(/^\uFEFF/, '')
    .split('\n')
    .forEach((raw, i) => {
      const line = raw.replace(/\r$/, '');
      if (line.trim() === '' || line.trimStart().startsWith('#')) return;
      const pattern = line.split('\t')[0]!.trim();
      const at = `${file}:${i + 1}`;
      if (!header) {
        if (pattern !== 'pattern') throw new IngestError(`${at}: expected the header "pattern<TAB>note", found "${line}"`);
        header = true;
        return;
      }
      if (pattern.length > 2 && pattern.startsWith('/') && pattern.endsWith('/')) {
        try {
          patterns.push(new RegExp(pattern.slice(1, -1), 'u'));
        } catch (e) {
          throw new IngestError(`${at}: expected a regular expression, found "${pattern}": ${(e as Error).message}`);
        }
        return;
      }
      const key = wordKey(pattern);
      if (!key) throw new IngestError(`${at}: expected a phrase or /regex/, found an empty pattern`);
      phrases.push(key);
    });
  if (!header) throw new IngestError(`${file}:1: expected the header "pattern<TAB>note", found an empty file`);
  return { phrases, patterns };
}

/** Whether a paragraph is site chrome by the list. */
export function isBoilerplate(paragraph: string, list: Boilerplate): boolean {
  const key = wordKey(paragraph);
  if (key === '') return true;
  if (list.patterns.some((re) => re.test(key))) return true;
  if (key.split(' ').length > PHRASE_MAX_WORDS) return false;
  const padded = ` ${key} `;
  // a phrase starts at a word boundary; its last word may carry a suffix (رد → ردا)
  return list.phrases.some((p) => padded.includes(` ${p}`));
}
