// The command line: one entry, subcommands dispatched here, errors mapped to exit codes here.
import { CliError, EXIT } from './errors.js';
import { runExtract } from './extract.js';
import { runIngest } from './ingest.js';
import { runSearch } from './search.js';
import { runIncidents } from './incidents.js';
import { runShow } from './show.js';
import { runExport } from './export.js';
import { runServe } from './serve.js';
import { runUsers } from './users.js';

const HELP = `rasid — Arabic conflict reports in, codebook events out

usage: rasid <command> [options]

commands:
  extract   extract events from reports (rasid extract --help)
  ingest    store reports (files, folders, web pages, feeds) and their events in a database
  search    stored events by filters and text
  incidents incidents reported by one or more outlets
  show      show incident N | show report N
  export    stored events as ACLED CSV, UCDP CSV, GeoJSON or JSON Lines
  serve     the web UI and the JSON API (rasid serve --help)
  users     add a user (viewer, analyst, admin) with a password and API token; list users

exit codes: 0 ok, 1 some input lines skipped, 2 usage error, 3 input error, 4 configuration error,
  5 database error
`;

export async function main(argv: string[]): Promise<number> {
  const [cmd, ...rest] = argv;
  try {
    switch (cmd) {
      case 'extract':
        return await runExtract(rest);
      case 'ingest':
        return await runIngest(rest);
      case 'search':
        return await runSearch(rest);
      case 'incidents':
        return await runIncidents(rest);
      case 'show':
        return await runShow(rest);
      case 'export':
        return await runExport(rest);
      case 'serve':
        return await runServe(rest);
      case 'users':
        return await runUsers(rest);
      case undefined:
      case '-h':
      case '--help':
      case 'help':
        process.stdout.write(HELP);
        return cmd === undefined ? EXIT.usage : EXIT.ok;
      default:
        throw new CliError(`unknown command "${cmd}"\n${HELP}`, EXIT.usage);
    }
  } catch (e) {
    if (e instanceof CliError) {
      process.stderr.write(`rasid: ${e.message}\n`);
      return e.exitCode;
    }
    if (e instanceof TypeError && 'code' in e && String((e as { code: unknown }).code).startsWith('ERR_PARSE_ARGS')) {
      process.stderr.write(`rasid: ${e.message}\n`);
      return EXIT.usage;
    }
    throw e;
  }
}
