// The real server for the browser tests: `rasid serve` (compiled CLI, bin/rasid) on a temporary
// SQLite database filled by `rasid ingest` with the dev reports, read at test time from
// ../shared/eval/dev/*.gold.jsonl (never copied into the repository), and two users made with
// `rasid users add` (their one-time passwords read from its output).
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const run = promisify(execFile);
const ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)));
const RASID = join(ROOT, 'bin', 'rasid');
export const DEV_DIR = process.env.RASID_DEV_DIR ?? resolve(ROOT, '..', 'shared', 'eval', 'dev');

/** Why the real server cannot run here, or null when it can. */
export function realServerUnavailable(): string | null {
  if (!existsSync(join(ROOT, 'dist', 'src', 'cli', 'serve.js'))) return 'real-server browser tests skipped: no compiled `rasid serve` (run npm run build)';
  if (!existsSync(DEV_DIR) || devFiles().length === 0) return `real-server browser tests skipped: no dev reports in ${DEV_DIR}`;
  return null;
}

function devFiles(): string[] {
  return readdirSync(DEV_DIR).filter((f) => f.endsWith('.gold.jsonl')).map((f) => join(DEV_DIR, f));
}

export interface RealServer {
  readonly url: string;
  readonly users: { analyst: { name: string; password: string }; viewer: { name: string; password: string } };
  close(): Promise<void>;
}

async function addUser(db: string, role: string, name: string): Promise<{ name: string; password: string }> {
  const { stdout } = await run(process.execPath, [RASID, 'users', 'add', '--db', db, '--role', role, name]);
  const password = /^password:\s*(\S+)/m.exec(stdout)?.[1];
  if (!password) throw new Error(`rasid users add printed no password: ${stdout}`);
  return { name, password };
}

export async function startRealServer(): Promise<RealServer> {
  const dir = mkdtempSync(join(tmpdir(), 'rasid-web-'));
  const db = join(dir, 'rasid.db');
  await run(process.execPath, [RASID, 'ingest', '--db', db, ...devFiles()], { maxBuffer: 16 * 1024 * 1024 });
  const users = { analyst: await addUser(db, 'analyst', 'web-analyst'), viewer: await addUser(db, 'viewer', 'web-viewer') };
  const child: ChildProcess = spawn(process.execPath, [RASID, 'serve', '--db', db, '--port', '0', '--rate-limit', '0'], { stdio: ['ignore', 'ignore', 'pipe'] });
  const url = await new Promise<string>((ok, fail) => {
    let err = '';
    const timer = setTimeout(() => fail(new Error(`rasid serve did not start in 20 s: ${err}`)), 20_000);
    child.stderr?.on('data', (chunk: Buffer) => {
      err += chunk.toString();
      const m = /at (http:\/\/\S+)/.exec(err);
      if (m?.[1]) {
        clearTimeout(timer);
        ok(m[1]);
      }
    });
    child.on('exit', (code) => fail(new Error(`rasid serve exited with ${code}: ${err}`)));
  });
  return {
    url,
    users,
    close: async () => {
      if (child.exitCode === null) {
        const exited = new Promise((ok) => child.once('exit', ok));
        child.kill('SIGTERM');
        await exited;
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
