// `rasid ingest`: files and folders in (JSONL, text, web pages, RSS/Atom feeds), reports and their
// events stored in batches, near-duplicates grouped, incidents recomputed. Re-running the same
// command adds nothing twice; a run killed at any point and run again gives the same database.
import { parseArgs } from 'node:util';
import type { Writable } from 'node:stream';
import { createExtractor } from '../extract/pipeline.js';
import { DEFAULT_BATCH_SIZE, expandInputs, formatSummary, ingest, readFiles, rejectedCount, relinkIncidents } from '../ingest/index.js';
import { DB_HELP, DB_OPTION, toCliError, withStore } from './db.js';
import { CliError, EXIT } from './errors.js';
import { createProgress } from './progress.js';

export const INGEST_HELP = `usage: rasid ingest [options] PATH...

Reads reports and stores them with their events. A PATH is a file or a folder (read
recursively): .jsonl/.ndjson/.json codebook JSON Lines, .txt plain text (date from
--published or <file>.meta.json), .html/.htm web pages, .xml/.rss/.atom feeds.
The same text is stored once; copies of one agency text on several sites share a
syndication group. Re-running adds nothing twice.

options:
${DB_HELP}
  --published YYYY-MM-DD   publication date for plain-text files without a sidecar
  --source NAME            outlet name for plain-text files without a sidecar
  --strict                 stop at the first malformed input line (exit 3)
  --batch-size N           reports per transaction (default ${DEFAULT_BATCH_SIZE})
  --skip-incidents         do not recompute incidents after ingest (the next ingest will)
  --gazetteer PATH         Syria gazetteer TSV (default: $RASID_GAZETTEER or ../shared/data/gazetteer/syria_gazetteer.tsv)
  --quiet                  no progress and no summary on standard error
`;

function positiveInt(name: string, v: string): number {
  if (!/^[1-9]\d*$/.test(v)) throw new CliError(`${name}: expected a positive whole number, found "${v}"`, EXIT.usage);
  return Number(v);
}

export async function runIngest(argv: string[], out: Writable = process.stdout, err: Writable = process.stderr): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      ...DB_OPTION,
      published: { type: 'string' },
      source: { type: 'string' },
      strict: { type: 'boolean', default: false },
      'batch-size': { type: 'string' },
      'skip-incidents': { type: 'boolean', default: false },
      gazetteer: { type: 'string' },
      quiet: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    out.write(INGEST_HELP);
    return EXIT.ok;
  }
  if (positionals.length === 0) throw new CliError(`no input given\n${INGEST_HELP}`, EXIT.usage);
  if (values.published && !/^\d{4}-\d{2}-\d{2}$/.test(values.published)) {
    throw new CliError(`--published: expected YYYY-MM-DD, found "${values.published}"`, EXIT.usage);
  }
  const batchSize = values['batch-size'] ? positiveInt('--batch-size', values['batch-size']) : DEFAULT_BATCH_SIZE;
  let files;
  try {
    files = expandInputs(positionals);
  } catch (e) {
    throw toCliError(e);
  }
  let extractor;
  try {
    extractor = createExtractor({ gazetteer: values.gazetteer ? { syriaPath: values.gazetteer } : {} });
  } catch (e) {
    throw new CliError((e as Error).message, EXIT.config);
  }
  const started = Date.now();
  const progress = createProgress(err, { files: files.length, bytes: files.reduce((a, f) => a + f.size, 0) }, values.quiet);
  let filesDone = 0;
  let bytesDone = 0;
  return withStore(values.db, 'write', async (store) => {
    const items = readFiles(files, { published: values.published, source: values.source, onFile: (_f, i) => (filesDone = i + 1), onBytes: (b) => (bytesDone = b) });
    const summary = await ingest(store, items, {
      extractor,
      batchSize,
      strict: values.strict,
      onProblem: (p) => {
        progress.end();
        err.write(`rasid: skipped ${p.file}${p.line ? `:${p.line}` : ''}: ${p.message}\n`);
      },
      onProgress: (s) => progress.tick(s, filesDone, bytesDone),
      onBatch: (s) => progress.batch(s),
    });
    progress.end();
    let incidents = 'incidents not recomputed';
    if (!values['skip-incidents']) {
      const n = await relinkIncidents(store);
      incidents = n === null ? 'incidents up to date' : `${n} incidents`;
    }
    if (!values.quiet) {
      const secs = (Date.now() - started) / 1000;
      err.write(`rasid: ingest: ${formatSummary(summary)}, ${incidents} in ${secs.toFixed(1)} s (${Math.round(summary.read / Math.max(secs, 0.001))} reports/s)\n`);
    }
    return rejectedCount(summary) ? EXIT.partial : EXIT.ok;
  });
}
