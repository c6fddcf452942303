// The API suite, run on a real store by test/api.test.ts (SQLite) and test/api-postgres.test.ts
// (PostgreSQL, when RASID_TEST_PG is set). Requests go through app.request (no socket); reports
// are our own small Arabic texts plus a few dev reports read from ../shared at test time.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, hashPassword, hashSecret } from '../src/api/index.js';
import { repoRoot } from '../src/root.js';
import type { Store } from '../src/store/types.js';

type App = ReturnType<typeof createApp>;

const OWN = [
  {
    id: 'api-muhasan-1',
    source: 'TestWire One',
    published: '2017-01-17',
    text: 'شنّ الطيران الحربي الروسي صباح اليوم غارات جوية على بلدة موحسن في ريف دير الزور الشرقي، ما أدى لمقتل ٥ مدنيين بينهم امرأة وطفلان.',
  },
  {
    id: 'api-idlib-1',
    source: 'TestWire Two',
    published: '2017-02-03',
    text: 'قتل ثلاثة مدنيين وأصيب آخرون جراء قصف مدفعي لقوات النظام على مدينة معرة النعمان في ريف إدلب الجنوبي.',
  },
];

function devReports(n: number): unknown[] {
  const file = join(repoRoot(), '..', 'shared', 'eval', 'dev', 'corpus.gold.jsonl');
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .slice(0, n)
    .map((l) => {
      const r = JSON.parse(l) as Record<string, unknown>;
      return { id: r.id, source: r.source, url: r.url, published: r.published, title: r.title, text: r.text };
    });
}

/** RFC 4180 records (quoted fields may hold commas, quotes and line breaks) */
function csvRecords(text: string): string[][] {
  const out: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(field);
      field = '';
    }
    else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      out.push(row);
      row = [];
      field = '';
    } else field += ch;
  }
  if (field || row.length) out.push([...row, field]);
  return out;
}

const TOKENS = { viewer: 'viewer-token-0123456789abcdef', analyst: 'analyst-token-0123456789abcdef' };
const PASSWORD = 'correct horse battery staple';

export function runApiSuite(name: string, open: () => Promise<Store>): void {
  let store: Store;
  let app: App;
  const call = (path: string, init: RequestInit & { as?: keyof typeof TOKENS | null } = {}): Promise<Response> => {
    const headers = new Headers(init.headers);
    const as = init.as === undefined ? 'analyst' : init.as;
    if (as) headers.set('Authorization', `Bearer ${TOKENS[as]}`);
    if (init.body !== undefined && !headers.has('Content-Type')) headers.set('Content-Type', 'application/json');
    return Promise.resolve(app.request(path, { ...init, headers }));
  };
  const json = async <T = Record<string, unknown>>(r: Response): Promise<T> => (await r.json()) as T;
  const post = (path: string, body: unknown, as: keyof typeof TOKENS | null = 'analyst'): Promise<Response> =>
    call(path, { method: 'POST', body: JSON.stringify(body), as });

  beforeAll(async () => {
    store = await open();
    for (const role of ['viewer', 'analyst'] as const) {
      const u = await store.putUser({ name: `${role}-1`, role, passwordHash: await hashPassword(PASSWORD) });
      await store.putToken(hashSecret(TOKENS[role]), u.id);
    }
    app = createApp({ store, rateLimit: 0 });
    const r = await post('/api/reports', { reports: [...OWN, ...devReports(6)] });
    expect(r.status).toBe(201);
  }, 120_000);
  afterAll(async () => {
    await store?.close();
  });

  describe(`${name}: sessions, tokens, roles`, () => {
    it('needs a login for everything but /api/login, /api/openapi.json and static files', async () => {
      const r = await call('/api/incidents', { as: null });
      expect(r.status).toBe(401);
      expect(await json(r)).toEqual({ error: { code: 'unauthenticated', message: expect.stringMatching(/logged-in/) } });
      expect((await call('/api/openapi.json', { as: null })).status).toBe(200);
      expect((await call('/api/me', { as: null })).status).toBe(401);
      const bad = await call('/api/incidents', { as: null, headers: { Authorization: 'Bearer not-a-real-token-at-all-000' } });
      expect(bad.status).toBe(401);
    });

    it('--public allows anonymous reads, never writes', async () => {
      const pub = createApp({ store, rateLimit: 0, public: true });
      expect((await pub.request('/api/incidents')).status).toBe(200);
      const w = await pub.request('/api/events/1', { method: 'PATCH', headers: { 'Content-Type': 'application/json' }, body: '{"changes":{"date":null}}' });
      expect(w.status).toBe(401);
    });

    it('logs in with a session cookie (HttpOnly, SameSite=Strict) and out again', async () => {
      expect((await post('/api/login', { name: 'analyst-1', password: 'wrong' }, null)).status).toBe(401);
      const r = await post('/api/login', { name: 'analyst-1', password: PASSWORD }, null);
      expect(r.status).toBe(200);
      expect(await json(r)).toEqual({ user: { name: 'analyst-1', role: 'analyst' } });
      const setCookie = r.headers.get('Set-Cookie')!;
      expect(setCookie).toMatch(/HttpOnly/);
      expect(setCookie).toMatch(/SameSite=Strict/);
      const cookie = setCookie.split(';')[0]!;
      const me = await call('/api/me', { as: null, headers: { Cookie: cookie } });
      expect(await json(me)).toEqual({ user: { name: 'analyst-1', role: 'analyst' } });
      expect((await call('/api/logout', { method: 'POST', as: null, headers: { Cookie: cookie } })).status).toBe(200);
      expect((await call('/api/me', { as: null, headers: { Cookie: cookie } })).status).toBe(401);
    });

    it('a viewer reads but gets 403 on every write', async () => {
      expect((await call('/api/incidents', { as: 'viewer' })).status).toBe(200);
      expect(await json(await call('/api/me', { as: 'viewer' }))).toEqual({ user: { name: 'viewer-1', role: 'viewer' } });
      const writes: [string, string, unknown][] = [
        ['PATCH', '/api/events/1', { changes: { date: '2017-01-01' } }],
        ['POST', '/api/incidents/merge', { ids: [1, 2] }],
        ['POST', '/api/incidents/1/split', { eventIds: [1] }],
        ['POST', '/api/incidents/1/review', {}],
        ['POST', '/api/reports', OWN[0]],
      ];
      for (const [method, path, body] of writes) {
        const r = await call(path, { method, body: JSON.stringify(body), as: 'viewer' });
        expect([path, r.status]).toEqual([path, 403]);
        expect((await json<{ error: { code: string } }>(r)).error.code).toBe('forbidden');
      }
    });
  });

  describe(`${name}: reads`, () => {
    it('lists incidents with the documented fields, filtered and paged', async () => {
      const all = await json<{ items: Record<string, unknown>[]; total: number }>(await call('/api/incidents?limit=1000'));
      expect(all.total).toBeGreaterThan(2);
      expect(all.items).toHaveLength(all.total);
      expect(Object.keys(all.items[0]!)).toEqual(
        expect.arrayContaining(['id', 'type', 'subtype', 'date', 'date_end', 'location', 'fatalities', 'civilians', 'sources', 'grade', 'conflicts', 'reviewed', 'actor1', 'actor2']),
      );
      expect(Object.keys(all.items[0]!.location as object).sort()).toEqual(['admin1', 'geo_precision', 'lat', 'lon', 'name', 'name_ar']);
      const page = await json<{ items: { id: number }[]; total: number }>(await call('/api/incidents?limit=2&offset=1'));
      expect(page.items.map((i) => i.id)).toEqual(all.items.slice(1, 3).map((i) => i.id));
      const dz = await json<{ items: { location: { admin1: string } }[] }>(await call(`/api/incidents?admin1=${encodeURIComponent('دير الزور')}`));
      expect(dz.items.length).toBeGreaterThan(0);
      const q = await json<{ total: number }>(await call(`/api/incidents?q=${encodeURIComponent('موحسن')}`));
      expect(q.total).toBeGreaterThan(0);
    });

    it('gives an incident with members, reports (text and evidence spans) and figures', async () => {
      const { items } = await json<{ items: { id: number }[] }>(await call(`/api/incidents?q=${encodeURIComponent('موحسن')}`));
      const d = await json<{
        members: { eventId: number; event: { evidence: number[][] }; corrected: boolean }[];
        reports: { id: number; text: string; evidence: [number, number][] }[];
        figures: unknown[];
      }>(await call(`/api/incidents/${items[0]!.id}`));
      expect(d.members.length).toBeGreaterThan(0);
      expect(d.reports.length).toBeGreaterThan(0);
      const [s, e] = d.reports[0]!.evidence[0]!;
      expect(d.reports[0]!.text.slice(s, e).length).toBeGreaterThan(0);
      expect(d.figures.length).toBe(d.members.length);
    });

    it('lists events and reports, and answers 404 for unknown ids', async () => {
      const ev = await json<{ items: { id: number; reportId: number; event: unknown; corrected: boolean }[]; total: number }>(await call('/api/events?limit=3'));
      expect(ev.items).toHaveLength(3);
      expect(ev.total).toBeGreaterThan(3);
      const rep = await json<{ id: number; text: string; events: unknown[] }>(await call(`/api/reports/${ev.items[0]!.reportId}`));
      expect(rep.events.length).toBeGreaterThan(0);
      for (const path of ['/api/incidents/999999', '/api/events/999999', '/api/reports/999999', '/api/nothing-here']) {
        const r = await call(path);
        expect([path, r.status]).toEqual([path, 404]);
        expect((await json<{ error: { code: string } }>(r)).error.code).toBe('not_found');
      }
      expect((await call('/api/events/999999', { method: 'PATCH', body: JSON.stringify({ changes: { date: null } }) })).status).toBe(404);
    });

    it('gives stats, places, actors and the basemap', async () => {
      for (const by of ['day', 'week', 'governorate', 'side']) {
        const rows = await json<Record<string, unknown>[]>(await call(`/api/stats?by=${by}`));
        expect(rows.length).toBeGreaterThan(0);
        expect(Object.keys(rows[0]!).sort()).toEqual(['children', 'civilians', 'events', 'fatalities', 'fighters', 'key', 'women']);
      }
      const places = await json<{ name_ar: string; kind: string }[]>(await call(`/api/places?q=${encodeURIComponent('موحسن')}`));
      expect(places.some((p) => p.name_ar === 'موحسن')).toBe(true);
      const actors = await json<{ name: string; side: string }[]>(await call('/api/actors'));
      expect(actors.some((a) => a.name === 'Military Forces of Syria (2000-2024)')).toBe(true);
      type Country = { properties: { name: string }; geometry: { coordinates: unknown } };
      const plain = await call('/api/basemap');
      const text = await plain.text();
      const map = JSON.parse(text) as { countries: { type: string; features: Country[] }; governorates: unknown[] };
      expect(map.countries.type).toBe('FeatureCollection');
      const names = map.countries.features.map((f) => f.properties.name);
      expect(names).toEqual(expect.arrayContaining(['Syria', 'Iraq', 'Yemen', 'Libya', 'Lebanon', 'Sudan', 'Palestine', 'Turkey']));
      expect(names).not.toContain('Brazil');
      expect(map.governorates).toHaveLength(14);
      // small for the offline map: clipped to the region, rounded, gzipped, revalidated by ETag
      expect(text.length).toBeLessThan(400_000);
      expect(JSON.stringify(map.countries.features.map((f) => f.geometry.coordinates))).not.toMatch(/\.\d{4}/);
      const etag = plain.headers.get('ETag')!;
      expect(etag).toMatch(/^"[\w-]+"$/);
      expect(plain.headers.get('Vary')).toBe('Accept-Encoding');
      const gz = await call('/api/basemap', { headers: { 'Accept-Encoding': 'gzip, deflate, br' } });
      expect(gz.headers.get('Content-Encoding')).toBe('gzip');
      const bytes = Buffer.from(await gz.arrayBuffer());
      expect(bytes.length).toBeLessThan(150_000);
      expect(gunzipSync(bytes).toString('utf8')).toBe(text);
      const again = await call('/api/basemap', { headers: { 'If-None-Match': etag } });
      expect([again.status, await again.text()]).toEqual([304, '']);
      expect((await call('/api/basemap', { headers: { 'If-None-Match': '"stale"' } })).status).toBe(200);
    });
  });

  describe(`${name}: corrections, review, merge, split`, () => {
    it('an analyst corrects a fatality figure: shown corrected, original kept, audited, exported', async () => {
      const list = await json<{ items: { id: number; event: { fatalities: { total: number | null } } }[] }>(
        await call(`/api/events?source=${encodeURIComponent('TestWire One')}`),
      );
      const target = list.items.find((e) => e.event.fatalities.total !== null)!;
      const machine = target.event.fatalities.total;
      const r = await call(`/api/events/${target.id}`, {
        method: 'PATCH',
        body: JSON.stringify({ changes: { fatalities: { total: 7, civilians: 7 } }, comment: 'later report: 7 killed' }),
      });
      expect(r.status).toBe(200);
      const out = await json<{ event: { fatalities: { total: number; civilians: number } }; original: { fatalities: { total: number } }; corrected: boolean }>(r);
      expect([out.event.fatalities.total, out.event.fatalities.civilians, out.corrected]).toEqual([7, 7, true]);
      expect(out.original.fatalities.total).toBe(machine);
      const got = await json<{ corrected: boolean; event: { fatalities: { total: number } }; original: { fatalities: { total: number } }; audit: { before: { fatalities: { total: number } }; after: { fatalities: { total: number } }; who: string; comment: string }[] }>(
        await call(`/api/events/${target.id}`, { as: 'viewer' }),
      );
      expect([got.corrected, got.event.fatalities.total, got.original.fatalities.total]).toEqual([true, 7, machine]);
      expect(got.audit[0]).toMatchObject({ who: 'analyst-1', comment: 'later report: 7 killed' });
      expect([got.audit[0]!.before.fatalities.total, got.audit[0]!.after.fatalities.total]).toEqual([machine, 7]);
      const trail = await json<{ action: string; entityId: number }[]>(await call(`/api/audit?entity=event&id=${target.id}`));
      expect(trail[0]).toMatchObject({ action: 'correct', entityId: target.id });
      const csv = await (await call(`/api/export?format=acled-csv&source=${encodeURIComponent('TestWire One')}`)).text();
      const [head, ...rows] = csvRecords(csv);
      const col = head!.indexOf('fatalities');
      expect(col).toBeGreaterThan(0);
      expect(rows.map((row) => row[col])).toContain('7');
      const jsonl = await (await call(`/api/export?format=jsonl&source=${encodeURIComponent('TestWire One')}`)).text();
      expect(jsonl).toMatch(/"total":7/);
    });

    it('rejects invalid input with 400 and a message naming the field', async () => {
      const cases: [string, RequestInit, RegExp][] = [
        ['/api/incidents?limit=abc', {}, /limit/],
        ['/api/incidents?from=2017-13-45', {}, /from/],
        ['/api/incidents?bogus=1', {}, /bogus/],
        ['/api/events?type=war', {}, /type/],
        ['/api/stats', {}, /by/],
        ['/api/export?format=xlsx', {}, /format/],
        ['/api/events/abc', {}, /id/],
        ['/api/events/1', { method: 'PATCH', body: JSON.stringify({ changes: { fatalities: { total: -1 } } }) }, /fatalities\.total/],
        ['/api/events/1', { method: 'PATCH', body: JSON.stringify({ changes: { colour: 'red' } }) }, /colour/],
        ['/api/events/1', { method: 'PATCH', body: JSON.stringify({ changes: { subtype: 'armed_clash' } }) }, /subtype/],
        ['/api/events/1', { method: 'PATCH', body: '{not json' }, /JSON/],
        ['/api/incidents/merge', { method: 'POST', body: JSON.stringify({ ids: [1] }) }, /two/],
        ['/api/reports', { method: 'POST', body: JSON.stringify({ id: 'x' }) }, /text/],
      ];
      for (const [path, init, message] of cases) {
        const r = await call(path, init);
        const body = await json<{ error: { code: string; message: string } }>(r);
        expect([path, r.status]).toEqual([path, 400]);
        expect(body.error.message).toMatch(message);
      }
    });

    it('reviews, merges and splits incidents, each audited', async () => {
      const { items } = await json<{ items: { id: number; eventIds: number[] }[] }>(await call('/api/incidents?limit=1000'));
      const [a, b] = items.slice(-2) as [{ id: number; eventIds: number[] }, { id: number; eventIds: number[] }];
      const rv = await post(`/api/incidents/${a.id}/review`, { comment: 'checked against SOHR' });
      expect(rv.status).toBe(200);
      expect(await json(rv)).toMatchObject({ id: a.id, reviewed: true, reviewedBy: 'analyst-1' });
      expect((await post('/api/incidents/999999/review', {})).status).toBe(404);

      const m = await post('/api/incidents/merge', { ids: [a.id, b.id] });
      expect(await json(m)).toEqual({ id: a.id });
      expect((await call(`/api/incidents/${b.id}`)).status).toBe(404);
      const merged = await json<{ members: { eventId: number }[] }>(await call(`/api/incidents/${a.id}`));
      expect(merged.members.map((x) => x.eventId).sort()).toEqual([...a.eventIds, ...b.eventIds].sort());
      expect((await post('/api/incidents/merge', { ids: [a.id, 999999] })).status).toBe(404);

      const s = await post(`/api/incidents/${a.id}/split`, { eventIds: b.eventIds, comment: 'two strikes' });
      expect(s.status).toBe(201);
      const { id: created } = await json<{ id: number }>(s);
      expect(created).not.toBe(a.id);
      const split = await json<{ members: { eventId: number }[] }>(await call(`/api/incidents/${created}`));
      expect(split.members.map((x) => x.eventId).sort()).toEqual([...b.eventIds].sort());
      expect((await post(`/api/incidents/${a.id}/split`, { eventIds: a.eventIds })).status).toBe(400);

      // the merge changed a's events: its review no longer holds (the entry keeps it)
      expect(await json(await call(`/api/incidents/${a.id}`))).toMatchObject({ reviewed: false, reviewedBy: null });
      const trail = await json<{ action: string }[]>(await call(`/api/audit?entity=incident&id=${a.id}`));
      expect(trail.map((t) => t.action)).toEqual(['split', 'review_cleared', 'merge', 'review']);
    });

    it('a new report relinks: incident ids, merges, splits and reviews survive', async () => {
      type Inc = { id: number; eventIds: number[]; reviewed: boolean };
      const list = async (): Promise<Inc[]> => (await json<{ items: Inc[] }>(await call('/api/incidents?limit=1000'))).items;
      const first = await list();
      const [c, d, x] = first.slice(0, 3) as [Inc, Inc, Inc];
      expect((await post('/api/incidents/merge', { ids: [c.id, d.id] })).status).toBe(200);
      expect((await post(`/api/incidents/${x.id}/review`, {})).status).toBe(200);
      const before = await list();
      const r = await post('/api/reports', {
        id: 'api-raqqa-relink',
        source: 'TestWire Three',
        published: '2019-06-02',
        text: 'اندلعت اشتباكات عنيفة بين قوات سوريا الديمقراطية وعناصر تنظيم الدولة في مدينة الرقة، ما أدى لمقتل أربعة عناصر.',
      });
      expect(r.status).toBe(201);
      expect((await json<{ incidents: number | null }>(r)).incidents).not.toBeNull();
      const after = new Map((await list()).map((i) => [i.id, i]));
      expect(after.size).toBeGreaterThan(before.length);
      for (const inc of before) expect([inc.id, after.get(inc.id)?.eventIds.sort()]).toEqual([inc.id, inc.eventIds.sort()]);
      expect(after.get(c.id)!.eventIds.sort()).toEqual([...c.eventIds, ...d.eventIds].sort());
      expect(after.has(d.id)).toBe(false);
      expect(after.get(x.id)!.reviewed).toBe(true);
    });

    it('a report joining a reviewed incident clears its review mark, kept in the audit trail', async () => {
      type Inc = { id: number; eventIds: number[]; reviewed: boolean };
      const [m] = (await json<{ items: Inc[] }>(await call(`/api/incidents?q=${encodeURIComponent('موحسن')}`))).items;
      expect((await post(`/api/incidents/${m!.id}/review`, {})).status).toBe(200);
      const r = await post('/api/reports', {
        id: 'api-muhasan-2',
        source: 'TestWire Four',
        published: '2017-01-17',
        text: 'قُتل خمسة مدنيين بينهم امرأة وطفلان صباح اليوم في غارات جوية شنها الطيران الحربي الروسي على بلدة موحسن في ريف دير الزور الشرقي.',
      });
      expect(r.status).toBe(201);
      const now = await json<Inc>(await call(`/api/incidents/${m!.id}`));
      expect(now.eventIds.length).toBeGreaterThan(m!.eventIds.length);
      expect(now.reviewed).toBe(false);
      const [cleared] = await json<{ action: string; who: string | null; before: { review: { by: string } } }[]>(
        await call(`/api/audit?entity=incident&id=${m!.id}`),
      );
      expect(cleared).toMatchObject({ action: 'review_cleared', who: null, before: { review: { by: 'analyst-1' } } });
    });
  });

  describe(`${name}: limits, headers, description`, () => {
    it('rate-limits a client beyond its bucket with 429', async () => {
      const limited = createApp({ store, rateLimit: 2 }); // burst of 4
      const codes: number[] = [];
      for (let i = 0; i < 6; i++) codes.push((await limited.request('/api/openapi.json')).status);
      expect(codes.slice(0, 4)).toEqual([200, 200, 200, 200]);
      expect(codes.slice(4)).toEqual([429, 429]);
      const r = await limited.request('/api/openapi.json');
      expect(r.headers.get('Retry-After')).toMatch(/^\d+$/);
      expect((await json<{ error: { code: string } }>(r)).error.code).toBe('rate_limited');
    });

    it('refuses bodies over 1 MB (10 MB for reports) with 413', async () => {
      const big = JSON.stringify({ changes: { date: null }, comment: 'x'.repeat(1_100_000) });
      const r = await call('/api/events/1', { method: 'PATCH', body: big });
      expect(r.status).toBe(413);
      expect((await json<{ error: { code: string } }>(r)).error.code).toBe('too_large');
      const huge = JSON.stringify({ id: 'big', text: 'ق'.repeat(6_000_000) });
      expect((await call('/api/reports', { method: 'POST', body: huge })).status).toBe(413);
    });

    it('sends security headers and serves the map library under /vendor/leaflet/', async () => {
      const r = await call('/vendor/leaflet/leaflet.js', { as: null });
      expect(r.status).toBe(200);
      expect(r.headers.get('Content-Type')).toMatch(/javascript/);
      expect(r.headers.get('Content-Security-Policy')).toBe(
        "default-src 'self'; img-src 'self' data: https:; style-src 'self' 'unsafe-inline'; frame-ancestors 'none'",
      );
      expect(r.headers.get('X-Content-Type-Options')).toBe('nosniff');
      expect((await call('/vendor/leaflet/../package.json', { as: null })).status).toBe(404);
    });

    it('describes every route in OpenAPI 3.1', async () => {
      const doc = await json<{ openapi: string; paths: Record<string, Record<string, unknown>> }>(await call('/api/openapi.json', { as: null }));
      expect(doc.openapi).toBe('3.1.0');
      const routes = app.routes.filter((r) => r.method !== 'ALL' && r.path.startsWith('/api/'));
      expect(routes.length).toBeGreaterThan(15);
      for (const r of routes) {
        const path = r.path.replace(/:(\w+)/g, '{$1}');
        expect([r.method, path, doc.paths[path]?.[r.method.toLowerCase()] !== undefined]).toEqual([r.method, path, true]);
      }
    });
  });
}
