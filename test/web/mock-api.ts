// A small stand-in for `rasid serve` (node:http): serves web/ at /, Leaflet at /vendor/leaflet/
// and the /api contract from fixtures (test/web/fixtures), with sessions, roles and a CSP like
// the real server's. Fast and deterministic: the UI-level browser tests run against it.
//   npx tsx test/web/mock-api.ts [port]     # to click around by hand
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { readFile } from 'node:fs/promises';
import { randomBytes } from 'node:crypto';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { MockState, type Role } from './mock-state.js';
import { MOCK_REPORTS } from './fixtures/mock-reports.js';
import { MOCK_BASEMAP } from './fixtures/mock-basemap.js';

const ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)));
const WEB_DIR = join(ROOT, 'web');
const LEAFLET_DIR = join(ROOT, 'node_modules', 'leaflet', 'dist');

export const MOCK_USERS: Record<string, { password: string; role: Role }> = {
  analyst: { password: 'analyst-pass', role: 'analyst' },
  viewer: { password: 'viewer-pass', role: 'viewer' },
};

export const CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: https:; connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'";

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8', '.png': 'image/png', '.svg': 'image/svg+xml', '.map': 'application/json',
};

class HttpError extends Error {
  constructor(readonly status: number, readonly code: string, message: string) {
    super(message);
  }
}

export interface MockApi {
  readonly url: string;
  readonly state: MockState;
  close(): Promise<void>;
}

export async function startMockApi(port = 0): Promise<MockApi> {
  const state = new MockState();
  const sessions = new Map<string, { name: string; role: Role }>();
  const server = createServer((req, res) => {
    handle(req, res, state, sessions).catch((e: unknown) => {
      const err = e instanceof HttpError ? e : new HttpError(500, 'internal', String(e));
      sendJson(res, err.status, { error: { code: err.code, message: err.message } });
    });
  });
  await new Promise<void>((ok) => server.listen(port, '127.0.0.1', ok));
  const address = server.address();
  const actualPort = typeof address === 'object' && address ? address.port : port;
  return {
    url: `http://127.0.0.1:${actualPort}`,
    state,
    close: () => new Promise<void>((ok) => server.close(() => ok())),
  };
}

function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store', ...headers });
  res.end(JSON.stringify(body));
}

async function readBody(req: IncomingMessage): Promise<Record<string, unknown>> {
  const chunks: Buffer[] = [];
  for await (const c of req) chunks.push(c as Buffer);
  const text = Buffer.concat(chunks).toString('utf8');
  if (!text) return {};
  try {
    return JSON.parse(text) as Record<string, unknown>;
  } catch {
    throw new HttpError(400, 'bad_json', 'the request body is not JSON');
  }
}

async function serveStatic(res: ServerResponse, base: string, rel: string): Promise<void> {
  const file = normalize(join(base, rel));
  if (!file.startsWith(base + sep) && file !== base) throw new HttpError(404, 'not_found', 'no such file');
  const body = await readFile(file).catch(() => null);
  if (!body) throw new HttpError(404, 'not_found', `no such file ${rel}`);
  res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'content-security-policy': CSP, 'x-content-type-options': 'nosniff' });
  res.end(body);
}

async function handle(req: IncomingMessage, res: ServerResponse, state: MockState, sessions: Map<string, { name: string; role: Role }>): Promise<void> {
  const url = new URL(req.url ?? '/', 'http://localhost');
  const path = url.pathname;
  if (!path.startsWith('/api/')) {
    if (path.startsWith('/vendor/leaflet/')) return serveStatic(res, LEAFLET_DIR, path.slice('/vendor/leaflet/'.length));
    return serveStatic(res, WEB_DIR, path === '/' ? 'index.html' : decodeURIComponent(path.slice(1)));
  }
  const method = req.method ?? 'GET';
  const token = /(?:^|;\s*)rasid_session=([^;]+)/.exec(req.headers.cookie ?? '')?.[1];
  const user = token ? (sessions.get(token) ?? null) : null;

  if (path === '/api/login' && method === 'POST') {
    const body = await readBody(req);
    const known = MOCK_USERS[String(body.name)];
    if (!known || known.password !== body.password) throw new HttpError(401, 'bad_credentials', 'wrong user name or password');
    const session = randomBytes(16).toString('hex');
    sessions.set(session, { name: String(body.name), role: known.role });
    return sendJson(res, 200, { user: { name: body.name, role: known.role } }, { 'set-cookie': `rasid_session=${session}; HttpOnly; SameSite=Strict; Path=/` });
  }
  if (!user) throw new HttpError(401, 'unauthenticated', 'login required');
  const who = user.name;
  const write = () => {
    if (user.role === 'viewer') throw new HttpError(403, 'forbidden', 'analysts and admins only');
  };
  const q = url.searchParams;
  let m: RegExpExecArray | null;

  if (path === '/api/logout' && method === 'POST') {
    if (token) sessions.delete(token);
    return sendJson(res, 200, { ok: true }, { 'set-cookie': 'rasid_session=; Max-Age=0; Path=/' });
  }
  if (path === '/api/me') return sendJson(res, 200, { user });
  if (path === '/api/basemap') return sendJson(res, 200, MOCK_BASEMAP);
  if (path === '/api/incidents' && method === 'GET') {
    const items = filtered(state, q);
    const offset = Number(q.get('offset') ?? 0);
    const limit = Number(q.get('limit') ?? 100);
    return sendJson(res, 200, { items: items.slice(offset, offset + limit).map(({ sides: _s, fighters: _f, ...i }) => i), total: items.length });
  }
  if (path === '/api/incidents/merge' && method === 'POST') {
    write();
    const ids = ((await readBody(req)).ids as unknown[] | undefined)?.map(Number) ?? [];
    const merged = state.merge(ids, who);
    if (!merged) throw new HttpError(400, 'bad_request', 'ids must name two or more incidents');
    return sendJson(res, 200, { incident: merged });
  }
  if ((m = /^\/api\/incidents\/(\d+)$/.exec(path)) && method === 'GET') {
    const detail = state.detail(Number(m[1]));
    if (!detail) throw new HttpError(404, 'not_found', `no incident ${m[1]}`);
    return sendJson(res, 200, detail);
  }
  if ((m = /^\/api\/incidents\/(\d+)\/review$/.exec(path)) && method === 'POST') {
    write();
    const detail = state.review(Number(m[1]), who);
    if (!detail) throw new HttpError(404, 'not_found', `no incident ${m[1]}`);
    return sendJson(res, 200, { incident: detail });
  }
  if ((m = /^\/api\/incidents\/(\d+)\/split$/.exec(path)) && method === 'POST') {
    write();
    const eventIds = ((await readBody(req)).eventIds as unknown[] | undefined)?.map(Number) ?? [];
    const created = state.split(Number(m[1]), eventIds, who);
    if (!created) throw new HttpError(400, 'bad_request', 'eventIds must be some, not all, of the incident\'s events');
    return sendJson(res, 200, { incident: created });
  }
  if ((m = /^\/api\/events\/(\d+)$/.exec(path))) {
    const id = Number(m[1]);
    if (method === 'PATCH') {
      write();
      const body = await readBody(req);
      if (!body.changes || typeof body.changes !== 'object') throw new HttpError(400, 'bad_request', 'expected {changes, comment}');
      let updated;
      try {
        updated = state.correct(id, body.changes as Record<string, unknown>, typeof body.comment === 'string' ? body.comment : null, who);
      } catch (e) {
        throw new HttpError(400, 'bad_request', (e as Error).message);
      }
      if (!updated) throw new HttpError(404, 'not_found', `no event ${id}`);
      return sendJson(res, 200, updated);
    }
    const detail = state.eventDetail(id);
    if (!detail) throw new HttpError(404, 'not_found', `no event ${id}`);
    return sendJson(res, 200, detail);
  }
  if (path === '/api/audit') {
    const id = Number(q.get('id'));
    const entries = q.get('entity') === 'event' ? state.events.get(id)?.audit : state.incidents.get(id)?.audit;
    return sendJson(res, 200, entries ?? []);
  }
  if (path === '/api/stats') return sendJson(res, 200, stats(filtered(state, q), q.get('by') ?? 'day'));
  if (path === '/api/export') {
    if (q.get('format') !== 'jsonl') throw new HttpError(400, 'bad_format', 'the mock exports jsonl only');
    const lines = filtered(state, q).flatMap((i) => state.membersOf(i.id).map((e) =>
      JSON.stringify({ id: e.id, incident: i.id, report: MOCK_REPORTS.find((r) => r.id === e.reportId)?.url, ...e.event })));
    res.writeHead(200, { 'content-type': 'application/x-ndjson; charset=utf-8', 'content-disposition': 'attachment; filename="rasid-events.jsonl"' });
    res.end(lines.map((l) => `${l}\n`).join(''));
    return;
  }
  throw new HttpError(404, 'not_found', `no route ${method} ${path}`);
}

type Summary = NonNullable<ReturnType<MockState['summary']>>;

function filtered(state: MockState, q: URLSearchParams): Summary[] {
  const text = (q.get('q') ?? '').trim();
  return state.allSummaries().filter((i) => {
    if (q.get('from') && (i.date ?? '') < (q.get('from') ?? '')) return false;
    if (q.get('to') && (i.date ?? '') > (q.get('to') ?? '')) return false;
    if (q.get('type') && i.type !== q.get('type')) return false;
    if (q.get('subtype') && i.subtype !== q.get('subtype')) return false;
    if (q.get('side') && !i.sides.includes(q.get('side') ?? '')) return false;
    if (q.get('admin1') && i.location.admin1 !== q.get('admin1')) return false;
    if (q.get('grade') && i.grade !== q.get('grade')) return false;
    if (q.get('minSources') && i.sources < Number(q.get('minSources'))) return false;
    if (text) {
      const reports = state.membersOf(i.id).map((e) => MOCK_REPORTS.find((r) => r.id === e.reportId)?.text ?? '');
      if (![i.location.name, i.location.name_ar, ...reports].some((s) => s.includes(text))) return false;
    }
    return true;
  });
}

function stats(items: Summary[], by: string) {
  const rows = new Map<string, { key: string; events: number; fatalities: number; civilians: number; children: number; women: number; fighters: number }>();
  const add = (key: string, i: Summary) => {
    const row = rows.get(key) ?? { key, events: 0, fatalities: 0, civilians: 0, children: 0, women: 0, fighters: 0 };
    row.events += 1;
    row.fatalities += i.fatalities?.best ?? 0;
    row.civilians += i.civilians ?? 0;
    row.fighters += i.fighters;
    rows.set(key, row);
  };
  for (const i of items) {
    if (by === 'governorate') add(i.location.admin1, i);
    else if (by === 'side') for (const s of i.sides) add(s, i);
    else if (i.date) add(i.date, i);
  }
  return [...rows.values()].sort((a, b) => a.key.localeCompare(b.key));
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const api = await startMockApi(Number(process.argv[2] ?? 8090));
  console.log(`mock API and web UI at ${api.url} (users: analyst/analyst-pass, viewer/viewer-pass)`);
}
