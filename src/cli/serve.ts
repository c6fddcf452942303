// `rasid serve`: the HTTP API at /api and the web UI (web/) at /, until interrupted.
import { parseArgs } from 'node:util';
import type { Writable } from 'node:stream';
import { startServer } from '../api/index.js';
import { DB_HELP, DB_OPTION, withStore } from './db.js';
import { CliError, EXIT } from './errors.js';

export const SERVE_HELP = `usage: rasid serve [options]

Serves the web UI at / and the JSON API at /api (description: /api/openapi.json).
Every route needs a login (POST /api/login, or Authorization: Bearer <token>) unless
--public is given, which allows anonymous reads; writes always need an analyst or admin
(rasid users add --role analyst NAME).

options:
${DB_HELP}
  --port N           port (default 8080; 0 = any free port)
  --host ADDR        address to listen on (default 127.0.0.1; 0.0.0.0 for every interface)
  --public           anonymous reads (GET) allowed
  --rate-limit N     requests per second per client address on /api (default 20; 0 = no limit)
  --web DIR          the web UI folder (default <package>/web)
`;

function whole(name: string, v: string, max: number): number {
  if (!/^\d+$/.test(v) || Number(v) > max) throw new CliError(`${name}: expected a whole number from 0 to ${max}, found "${v}"`, EXIT.usage);
  return Number(v);
}

export async function runServe(argv: string[], out: Writable = process.stdout, err: Writable = process.stderr): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: {
      ...DB_OPTION,
      port: { type: 'string', default: '8080' },
      host: { type: 'string', default: '127.0.0.1' },
      public: { type: 'boolean', default: false },
      'rate-limit': { type: 'string', default: '20' },
      web: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    out.write(SERVE_HELP);
    return EXIT.ok;
  }
  const port = whole('--port', values.port, 65_535);
  const rateLimit = whole('--rate-limit', values['rate-limit'], 1_000_000);
  return withStore(values.db, 'write', async (store) => {
    let server;
    try {
      server = await startServer({ store, public: values.public, rateLimit, ...(values.web && { webDir: values.web }) }, { port, host: values.host });
    } catch (e) {
      throw new CliError(`cannot listen on ${values.host}:${port}: ${(e as Error).message}`, EXIT.config);
    }
    err.write(`rasid: serving ${values.db} at ${server.url} (${values.public ? 'public reads' : 'login required'}); Ctrl-C stops\n`);
    await new Promise<void>((resolve) => {
      process.once('SIGINT', resolve);
      process.once('SIGTERM', resolve);
    });
    await server.close();
    return EXIT.ok;
  });
}
