// RSS 2.0 and Atom feed files: each item (entry) is a report — title, link, pubDate / published /
// updated, and the body from content:encoded, content or description, HTML stripped to text.
import { readFileSync } from 'node:fs';
import { DOMParser } from 'linkedom';
import type { ReportInput } from '../codebook/schema.js';
import { toIsoDate } from './dates.js';
import { htmlToText } from './html-to-text.js';
import type { IngestItem } from './types.js';

interface XmlElement {
  readonly tagName: string;
  readonly textContent: string | null;
  readonly children: ArrayLike<XmlElement>;
  getAttribute(name: string): string | null;
  getElementsByTagName(name: string): ArrayLike<XmlElement>;
}

/** The text of the first child element named one of `names` (in that order of preference). */
function childText(el: XmlElement, ...names: string[]): string | null {
  for (const name of names) {
    const found = el.getElementsByTagName(name);
    for (let i = 0; i < found.length; i++) {
      const t = found[i]!.textContent?.trim();
      if (t) return t;
    }
  }
  return null;
}

function atomLink(entry: XmlElement): string | null {
  const links = entry.getElementsByTagName('link');
  let any: string | null = null;
  for (let i = 0; i < links.length; i++) {
    const l = links[i]!;
    const rel = l.getAttribute('rel');
    const href = l.getAttribute('href');
    if (href && (rel === null || rel === 'alternate')) return href;
    any ??= href;
  }
  return any;
}

function rssItem(item: XmlElement, source: string | null, n: number, file: string): ReportInput {
  const link = childText(item, 'link');
  return {
    id: childText(item, 'guid') ?? link ?? `${file}#${n}`,
    source,
    url: link,
    published: toIsoDate(childText(item, 'pubDate', 'dc:date')),
    title: htmlToText(childText(item, 'title') ?? '') || null,
    text: htmlToText(childText(item, 'content:encoded', 'description') ?? ''),
  };
}

function atomEntry(entry: XmlElement, source: string | null, n: number, file: string): ReportInput {
  const link = atomLink(entry);
  return {
    id: childText(entry, 'id') ?? link ?? `${file}#${n}`,
    source,
    url: link,
    published: toIsoDate(childText(entry, 'published', 'updated')),
    title: htmlToText(childText(entry, 'title') ?? '') || null,
    text: htmlToText(childText(entry, 'content', 'summary') ?? ''),
  };
}

export async function* readFeed(file: string): AsyncGenerator<IngestItem> {
  const xml = readFileSync(file, 'utf8');
  let doc: { documentElement: XmlElement | null };
  try {
    doc = new DOMParser().parseFromString(xml, 'text/xml') as unknown as { documentElement: XmlElement | null };
  } catch (e) {
    yield { problem: { file, line: 0, message: `not XML: ${(e as Error).message}` } };
    return;
  }
  const root = doc.documentElement;
  const kind = root?.tagName.toLowerCase().replace(/^.*:/, '');
  if (!root || (kind !== 'rss' && kind !== 'feed' && kind !== 'rdf')) {
    yield { problem: { file, line: 0, message: `expected an RSS 2.0 or Atom feed, found <${root?.tagName ?? 'nothing'}>` } };
    return;
  }
  const atom = kind === 'feed';
  const channel = atom ? root : (root.getElementsByTagName('channel')[0] ?? root);
  // the feed's own title is the outlet; an item's <source> is not used (it names a feed)
  const title = Array.from(channel.children).find((c) => c.tagName.toLowerCase() === 'title');
  const source = htmlToText(title?.textContent ?? '') || null;
  const items = root.getElementsByTagName(atom ? 'entry' : 'item');
  for (let i = 0; i < items.length; i++) {
    const report = atom ? atomEntry(items[i]!, source, i + 1, file) : rssItem(items[i]!, source, i + 1, file);
    if (report.text.trim() === '') yield { problem: { file, line: 0, message: `item ${i + 1} ("${report.title ?? report.id}") has no text` } };
    else yield { report, origin: `${file}#${i + 1}` };
  }
}
