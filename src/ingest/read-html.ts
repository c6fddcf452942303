// A saved web page is one report: the main text by Readability (on linkedom), then paragraphs of
// site chrome dropped (the boilerplate list, and paragraphs recurring across the site's pages);
// date, outlet, URL and title from the page's meta tags.
import { readFileSync } from 'node:fs';
import { basename, dirname } from 'node:path';
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import type { ReportInput } from '../codebook/schema.js';
import { isBoilerplate, type Boilerplate } from './boilerplate.js';
import { htmlParagraphs } from './html-to-text.js';
import { pageMeta, type MetaDocument, type PageMeta } from './page-meta.js';
import type { RecurringParagraphs } from './recurring-paragraphs.js';

export interface ParsedPage {
  readonly meta: PageMeta;
  /** the site the page belongs to (og:site_name, else host, else its folder) */
  readonly site: string;
  readonly title: string | null;
  /** main-text paragraphs, the boilerplate list already applied */
  readonly paragraphs: readonly string[];
}

/** Page chrome removed before Readability looks (a page-level header, not an article's). */
const CHROME = 'script, style, noscript, nav, footer, aside, form, iframe, body > header';

/** The headline repeated in the body ("<title>" is often "headline - outlet"). */
const isHeadline = (p: string, title: string | null): boolean =>
  title !== null && (p === title || (title.startsWith(p) && p.split(' ').length >= 3));

export function parsePage(html: string, path: string, boilerplate: Boilerplate): ParsedPage {
  const { document } = parseHTML(html);
  const meta = pageMeta(document as unknown as MetaDocument);
  for (const el of Array.from(document.querySelectorAll(CHROME))) el.remove();
  const body = document.body?.innerHTML ?? '';
  const article = new Readability(document as unknown as Document, { charThreshold: 100 }).parse();
  // Readability found no article: fall back on the body without the obvious chrome
  const paragraphs = htmlParagraphs(article?.content ?? body);
  const title = meta.title ?? article?.title ?? null;
  return {
    meta,
    site: meta.siteName ?? `dir:${dirname(path)}`,
    title,
    paragraphs: paragraphs.filter((p) => !isBoilerplate(p, boilerplate) && !isHeadline(p, title)),
  };
}

export function readHtmlFile(path: string, boilerplate: Boilerplate): ParsedPage {
  return parsePage(readFileSync(path, 'utf8'), path, boilerplate);
}

export function pageReport(page: ParsedPage, path: string, recurring: RecurringParagraphs): ReportInput {
  return {
    id: page.meta.url ?? basename(path),
    source: page.meta.siteName,
    url: page.meta.url,
    published: page.meta.published,
    title: page.title,
    text: page.paragraphs.filter((p) => !recurring.isRecurring(page.site, p)).join('\n'),
  };
}
