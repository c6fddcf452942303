// Full-text search on PostgreSQL: a tsvector ('simple' configuration: no language stemming, which
// knows no Arabic clitics) over the normalised + stemmed body of ../search-text.ts, GIN-indexed.
import type { TextMatch } from '../event-where.js';

/** tsquery syntax: each word as a quoted lexeme, a word's alternatives ORed, words ANDed. */
export function tsQuery(terms: readonly (readonly string[])[]): string {
  const quote = (t: string): string => `'${t.replaceAll("'", "''")}'`;
  return terms.map((alts) => `(${alts.map(quote).join(' | ')})`).join(' & ');
}

export const textMatch: TextMatch = (terms, p) =>
  `e.report_id IN (SELECT r.id FROM reports r WHERE r.search @@ to_tsquery('simple', ${p.add(tsQuery(terms))}))`;

/** the value written to reports.search for a body placeholder; positions are not needed */
export const searchVector = (placeholder: string): string => `strip(to_tsvector('simple', ${placeholder}))`;
