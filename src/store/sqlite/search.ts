// Full-text search on SQLite: FTS5 over the normalised + stemmed body (../search-text.ts).
// FTS5's unicode61 tokenizer does not fold tashkeel or hamza forms, hence the body is folded
// before it is indexed and the query before it is matched.
import type { TextMatch } from '../event-where.js';

/** FTS5 MATCH syntax: each word as a quoted string, a word's alternatives ORed, words ANDed. */
export function ftsQuery(terms: readonly (readonly string[])[]): string {
  const quote = (t: string): string => `"${t.replaceAll('"', '""')}"`;
  return terms.map((alts) => `(${alts.map(quote).join(' OR ')})`).join(' AND ');
}

export const textMatch: TextMatch = (terms, p) =>
  `e.report_id IN (SELECT rowid FROM report_fts WHERE report_fts MATCH ${p.add(ftsQuery(terms))})`;

export const INDEX_REPORT = 'INSERT INTO report_fts (rowid, body) VALUES (?, ?)';
