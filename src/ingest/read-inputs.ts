// Every report of a run, in a stable order: files expanded from the inputs, web pages counted
// first (a paragraph recurring on ≥3 pages of a site is dropped), then each file read by its kind.
import { loadBoilerplate, type Boilerplate } from './boilerplate.js';
import { readFeed } from './read-feed.js';
import { pageReport, readHtmlFile } from './read-html.js';
import { readJsonl } from './read-jsonl.js';
import { readText } from './read-text.js';
import { RecurringParagraphs } from './recurring-paragraphs.js';
import type { IngestItem, ReaderOptions } from './types.js';
import type { InputFile } from './walk.js';

export interface ReadInputsOptions extends ReaderOptions {
  readonly boilerplate?: Boilerplate;
  /** called after each file is read (progress) */
  readonly onFile?: (file: InputFile, index: number) => void;
  /** called with the bytes of input consumed so far (progress) */
  readonly onBytes?: (bytes: number) => void;
}

export async function* readFiles(files: readonly InputFile[], opts: ReadInputsOptions = {}): AsyncGenerator<IngestItem> {
  const boilerplate = opts.boilerplate ?? loadBoilerplate();
  const recurring = new RecurringParagraphs();
  for (const f of files) {
    if (f.kind !== 'html') continue;
    const page = readHtmlFile(f.path, boilerplate);
    recurring.addPage(page.site, page.paragraphs);
  }
  let before = 0; // bytes of the files finished
  for (let i = 0; i < files.length; i++) {
    const f = files[i]!;
    let inFile = 0;
    switch (f.kind) {
      case 'jsonl':
        yield* readJsonl(f.path, (n) => opts.onBytes?.(before + Math.min((inFile += n), f.size)));
        break;
      case 'text':
        yield* readText(f.path, opts);
        break;
      case 'html':
        yield { report: pageReport(readHtmlFile(f.path, boilerplate), f.path, recurring), origin: f.path };
        break;
      case 'feed':
        yield* readFeed(f.path);
        break;
    }
    before += f.size;
    opts.onBytes?.(before);
    opts.onFile?.(f, i);
  }
}
