// `rasid extract`: reports in (JSONL, text files, stdin), one output line per report, in input
// order, streamed with back-pressure so that a large input never sits in memory.
import { parseArgs } from 'node:util';
import type { Writable } from 'node:stream';
import { createExtractor } from '../extract/pipeline.js';
import { CliError, EXIT } from './errors.js';
import { readInputs } from './input.js';
import { pretty } from './pretty.js';

export const EXTRACT_HELP = `usage: rasid extract [options] FILE... (- for standard input)

Reads codebook JSON Lines (.jsonl/.ndjson/.json) or plain-text reports and writes one JSON
line per report ({"id","events","tallies"}) to standard output, in input order.

options:
  --published YYYY-MM-DD   publication date for plain-text input (relative dates need it)
  --source NAME            outlet name for plain-text input
  --pretty                 human-readable blocks instead of JSON Lines
  --strict                 stop at the first malformed input line (exit 3)
  --gazetteer PATH         Syria gazetteer TSV (default: $RASID_GAZETTEER or ../shared/data/gazetteer/syria_gazetteer.tsv)
  --region-events all      also write events located only at a region with neither a toll
                           nor a named actor (default "evidenced": only with one of them)
  --quiet                  no summary on standard error
`;

function write(out: Writable, s: string): Promise<void> | void {
  if (!out.write(s)) return new Promise((resolve) => out.once('drain', () => resolve()));
}

export async function runExtract(argv: string[], out: Writable = process.stdout, err: Writable = process.stderr): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      published: { type: 'string' },
      source: { type: 'string' },
      pretty: { type: 'boolean', default: false },
      strict: { type: 'boolean', default: false },
      gazetteer: { type: 'string' },
      quiet: { type: 'boolean', default: false },
      'region-events': { type: 'string', default: 'evidenced' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) { out.write(EXTRACT_HELP); return EXIT.ok; }
  if (positionals.length === 0) throw new CliError(`no input given\n${EXTRACT_HELP}`, EXIT.usage);
  if (values.published && !/^\d{4}-\d{2}-\d{2}$/.test(values.published)) {
    throw new CliError(`--published: expected YYYY-MM-DD, found "${values.published}"`, EXIT.usage);
  }
  const regionEvents = values['region-events'];
  if (regionEvents !== 'all' && regionEvents !== 'evidenced') {
    throw new CliError(`--region-events: expected all or evidenced, found "${regionEvents}"`, EXIT.usage);
  }
  let extractor;
  try {
    extractor = createExtractor({ gazetteer: values.gazetteer ? { syriaPath: values.gazetteer } : {}, regionEvents });
  } catch (e) {
    throw new CliError((e as Error).message, EXIT.config);
  }
  let reports = 0;
  let events = 0;
  let rejected = 0;
  for await (const item of readInputs(positionals, { published: values.published, source: values.source })) {
    if ('problem' in item) {
      const p = item.problem;
      const msg = `${p.file}:${p.line}: ${p.message}`;
      if (values.strict) throw new CliError(`${msg} (--strict)`, EXIT.input);
      rejected++;
      err.write(`rasid: skipped ${msg}\n`);
      continue;
    }
    const result = extractor.extract(item.report);
    reports++;
    events += result.events.length;
    for (const w of result.warnings ?? []) if (!values.quiet) err.write(`rasid: ${item.report.id}: ${w}\n`);
    await write(out, values.pretty ? pretty(item.report, result) + '\n' : JSON.stringify(result) + '\n');
  }
  if (!values.quiet) err.write(`rasid: ${reports} reports, ${events} events${rejected ? `, ${rejected} lines skipped` : ''}\n`);
  return rejected ? EXIT.partial : EXIT.ok;
}
