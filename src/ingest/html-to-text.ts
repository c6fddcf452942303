// HTML to plain text with paragraph breaks: block elements and <br> end a line, scripts, styles
// and forms are dropped, runs of spaces collapse. Used for feed item bodies and for the HTML that
// Readability returns.
import { parseHTML } from 'linkedom';

const BLOCK = new Set([
  'P', 'DIV', 'SECTION', 'ARTICLE', 'HEADER', 'FOOTER', 'ASIDE', 'NAV', 'BLOCKQUOTE', 'PRE', 'UL', 'OL', 'LI',
  'DL', 'DT', 'DD', 'TABLE', 'TR', 'TD', 'TH', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'FIGURE', 'FIGCAPTION', 'HR', 'MAIN',
]);
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'IFRAME', 'FORM', 'BUTTON', 'SVG', 'SELECT', 'TEXTAREA']);

interface DomNode {
  readonly nodeType: number;
  readonly nodeName: string;
  readonly textContent: string | null;
  readonly childNodes: ArrayLike<DomNode>;
}

function walk(node: DomNode, out: string[]): void {
  if (node.nodeType === 3) {
    out.push((node.textContent ?? '').replace(/\s+/g, ' '));
    return;
  }
  if (node.nodeType !== 1 && node.nodeType !== 9 && node.nodeType !== 11) return;
  const name = node.nodeName.toUpperCase();
  if (SKIP.has(name)) return;
  if (name === 'BR') {
    out.push('\n');
    return;
  }
  const block = BLOCK.has(name);
  if (block) out.push('\n');
  for (let i = 0; i < node.childNodes.length; i++) walk(node.childNodes[i]!, out);
  if (block) out.push('\n');
}

/** The paragraphs of an HTML fragment or page, trimmed, empty ones dropped. */
export function htmlParagraphs(html: string): string[] {
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  const out: string[] = [];
  walk(document.body as unknown as DomNode, out);
  return out
    .join('')
    .split('\n')
    .map((p) => p.replace(/ {2,}/g, ' ').trim())
    .filter((p) => p !== '');
}

/** HTML (or text that may contain entities and tags) to plain text, one paragraph a line. */
export function htmlToText(html: string): string {
  return htmlParagraphs(html).join('\n');
}
