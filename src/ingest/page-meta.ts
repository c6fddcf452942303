// What a web page says about itself: publication date (article:published_time and kin,
// datePublished in JSON-LD, <time datetime>), outlet (og:site_name, else host), canonical URL.
import { toIsoDate } from './dates.js';

/** The few DOM calls used here (linkedom's document provides them). */
export interface MetaDocument {
  querySelector(selector: string): { getAttribute(name: string): string | null; textContent: string | null } | null;
  querySelectorAll(selector: string): ArrayLike<{ getAttribute(name: string): string | null; textContent: string | null }>;
}

export interface PageMeta {
  readonly published: string | null;
  readonly siteName: string | null;
  readonly url: string | null;
  readonly title: string | null;
}

const attr = (doc: MetaDocument, selector: string, name = 'content'): string | null =>
  doc.querySelector(selector)?.getAttribute(name)?.trim() || null;

const DATE_META = [
  'meta[property="article:published_time"]',
  'meta[name="article:published_time"]',
  'meta[itemprop="datePublished"]',
  'meta[name="pubdate"]',
  'meta[name="publish-date"]',
  'meta[name="date"]',
  'meta[name="dc.date"]',
  'meta[name="DC.date.issued"]',
];

/** datePublished from JSON-LD blocks (an object, an array, or an @graph). */
function jsonLdDate(doc: MetaDocument): string | null {
  const blocks = doc.querySelectorAll('script[type="application/ld+json"]');
  for (let i = 0; i < blocks.length; i++) {
    let json: unknown;
    try {
      json = JSON.parse(blocks[i]!.textContent ?? '');
    } catch {
      continue;
    }
    const stack: unknown[] = [json];
    while (stack.length) {
      const v = stack.pop();
      if (Array.isArray(v)) stack.push(...(v as unknown[]));
      else if (v && typeof v === 'object') {
        const o = v as Record<string, unknown>;
        const d = typeof o.datePublished === 'string' ? toIsoDate(o.datePublished) : null;
        if (d) return d;
        if (o['@graph']) stack.push(o['@graph']);
      }
    }
  }
  return null;
}

function hostOf(url: string | null): string | null {
  if (!url) return null;
  try {
    return new URL(url).host.replace(/^www\./, '') || null;
  } catch {
    return null;
  }
}

export function pageMeta(doc: MetaDocument): PageMeta {
  let published: string | null = null;
  for (const sel of DATE_META) if (!published) published = toIsoDate(attr(doc, sel));
  published ??= jsonLdDate(doc);
  published ??= toIsoDate(attr(doc, 'time[datetime]', 'datetime'));
  const url = attr(doc, 'link[rel="canonical"]', 'href') ?? attr(doc, 'meta[property="og:url"]');
  const siteName = attr(doc, 'meta[property="og:site_name"]') ?? hostOf(url);
  const title = attr(doc, 'meta[property="og:title"]') ?? (doc.querySelector('title')?.textContent?.trim() || null);
  return { published, siteName, url, title };
}
