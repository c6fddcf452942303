// Paragraphs that recur verbatim across pages of one site within a run (an outlet's about-us
// paragraph, its disclaimer): counted in a first pass over the run's pages, dropped in the second.
import { createHash } from 'node:crypto';
import { wordKey } from './word-key.js';

/** A paragraph on this many pages of one site or more is the site's, not the article's. */
export const RECURRING_MIN_PAGES = 3;

const keyOf = (p: string): string => createHash('sha1').update(wordKey(p)).digest('base64');

export class RecurringParagraphs {
  private readonly counts = new Map<string, Map<string, number>>();

  /** Count the distinct paragraphs of one page of `site`. */
  addPage(site: string, paragraphs: readonly string[]): void {
    let m = this.counts.get(site);
    if (!m) this.counts.set(site, (m = new Map()));
    for (const k of new Set(paragraphs.map(keyOf))) m.set(k, (m.get(k) ?? 0) + 1);
  }

  isRecurring(site: string, paragraph: string): boolean {
    return (this.counts.get(site)?.get(keyOf(paragraph)) ?? 0) >= RECURRING_MIN_PAGES;
  }
}
