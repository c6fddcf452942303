// The ingest, search, incidents and show commands as a user runs them (compiled CLI, real SQLite
// files). The crash test kills `rasid ingest` with SIGKILL after its first batch is committed,
// runs it again, and compares everything with an uninterrupted run into another database.
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';

const root = resolve(__dirname, '..');
const bin = join(root, 'bin', 'rasid');
const fx = join(root, 'test', 'fixtures', 'ingest');
const tmp = mkdtempSync(join(tmpdir(), 'rasid-ingest-cli-'));
const run = (args: string[]) =>
  spawnSync(process.execPath, [bin, ...args], { cwd: root, encoding: 'utf8', timeout: 170_000, maxBuffer: 64 * 1024 * 1024 });

// A corpus written for this test: varied reports, some exact duplicates and agency copies.
const PLACES = ['كفرنبل في ريف إدلب الجنوبي', 'موحسن في ريف دير الزور الشرقي', 'دوما في الغوطة الشرقية', 'الباب في ريف حلب الشرقي', 'تلبيسة في ريف حمص الشمالي', 'سراقب في ريف إدلب الشرقي'];
const ACTS = ['قصفت قوات النظام بالمدفعية الثقيلة', 'شن الطيران الحربي غارات جوية على', 'استهدفت طائرة مسيرة سيارة مدنية في', 'سقطت قذائف هاون على الأحياء السكنية في'];
const NUMBERS = ['مدنيين اثنين', 'ثلاثة مدنيين', 'أربعة أشخاص', 'خمسة مدنيين بينهم طفل', 'رجل وامرأة', 'ستة أشخاص'];
const TAILS = ['وفق ما أفاد ناشطون محليون', 'بحسب الدفاع المدني', 'حسب مصادر طبية في المنطقة', 'كما أفاد مراسل محلي', 'وفق شهود عيان', 'بحسب مصادر أهلية'];
function corpus(n: number): string {
  const lines: string[] = [];
  for (let i = 0; i < n; i++) {
    const day = String(1 + (i % 28)).padStart(2, '0');
    const text = `${ACTS[i % 4]} بلدة ${PLACES[i % 6]} يوم ${day} كانون الثاني، ما أدى لمقتل ${NUMBERS[(i * 5) % 6]} وإصابة ${i + 3} آخرين بجروح، ${TAILS[(i * 7) % 6]}. وتأتي هذه الحادثة رقم ${i} ضمن سلسلة من الهجمات التي تشهدها المنطقة منذ مطلع الشهر الجاري.`;
    lines.push(JSON.stringify({ id: `c-${i}`, source: `outlet-${i % 5}`, published: `2017-01-${day}`, text }));
    if (i % 17 === 5) lines.push(JSON.stringify({ id: `dup-${i}`, source: 'mirror', published: `2017-01-${day}`, text })); // exact copy
    if (i % 13 === 7) lines.push(JSON.stringify({ id: `wire-${i}`, source: 'wire-copy', published: `2017-01-${day}`, text: `(وكالات) ${text} تابعونا على تلغرام` })); // agency copy
  }
  return lines.join('\n') + '\n';
}

let big: string;
beforeAll(() => {
  big = join(tmp, 'corpus.jsonl');
  writeFileSync(big, corpus(300));
});

/** What a user sees of a database, ids kept (an interrupted run must give the same ids too). */
function dump(db: string): string {
  const events = run(['search', '--json', '--db', db]);
  const incidents = run(['incidents', '--json', '--db', db]);
  expect(events.status).toBe(0);
  expect(incidents.status).toBe(0);
  return events.stdout + '\n' + incidents.stdout;
}

describe('rasid ingest', () => {
  it('prints a summary; a second run adds nothing', () => {
    const db = join(tmp, 'fixtures.db');
    const first = run(['ingest', '--db', db, fx]);
    expect(first.status).toBe(1); // three bad inputs were skipped
    expect(first.stderr).toContain('reports.jsonl:2: not JSON');
    expect(first.stderr).toMatch(/13 read, 10 new, 0 duplicate, 1 syndicated, 3 rejected \(.*\), \d+ events written, \d+ incidents/);
    const before = dump(db);
    const second = run(['ingest', '--db', db, fx]);
    expect(second.stderr).toMatch(/13 read, 0 new, 10 duplicate, 0 syndicated, 3 rejected.*, incidents up to date/);
    expect(dump(db)).toBe(before);
  });

  it('is crash-safe: killed after its first batch and run again, it gives the database of an uninterrupted run', async () => {
    const clean = join(tmp, 'clean.db');
    const whole = run(['ingest', '--db', clean, '--batch-size', '20', big, fx]);
    expect(whole.stderr).toMatch(/\d+ read, \d+ new, [1-9]\d* duplicate, [1-9]\d* syndicated/);
    const crashed = join(tmp, 'crashed.db');
    const child = spawn(process.execPath, [bin, 'ingest', '--db', crashed, '--batch-size', '20', big, fx], { cwd: root });
    let stderr = '';
    const killed = await new Promise<boolean>((done) => {
      child.stderr.on('data', (b: Buffer) => {
        stderr += b.toString();
        if (stderr.includes('batch 1 committed')) child.kill('SIGKILL');
      });
      child.on('exit', (_code, signal) => done(signal === 'SIGKILL'));
    });
    expect(killed).toBe(true);
    const again = run(['ingest', '--db', crashed, '--batch-size', '20', big, fx]);
    // killed mid-way: the second run finds some reports stored and stores the rest
    expect(again.stderr).toMatch(/ [1-9]\d* new, [1-9]\d* duplicate/);
    expect(dump(crashed)).toBe(dump(clean));
  });
});

describe('rasid search, incidents, show', () => {
  const db = join(tmp, 'query.db');
  beforeAll(() => {
    run(['ingest', '--quiet', '--db', db, fx]);
  });

  it('search: filters, text query and --json', () => {
    const all = run(['search', '--db', db]).stdout.trim().split('\n');
    expect(all.length).toBeGreaterThanOrEqual(10);
    const dez = run(['search', '--db', db, 'غارات', '--from', '2017-01-01', '--to', '2017-01-31', '--type', 'explosion_remote_violence', '--admin1', 'دير الزور']);
    expect(dez.status).toBe(0);
    const lines = dez.stdout.trim().split('\n');
    expect(lines).toHaveLength(2); // the agency text and its copy
    for (const l of lines) expect(l).toMatch(/^2017-01-17\texplosion_remote_violence\/air_drone_strike\tموحسن/);
    const json = run(['search', '--db', db, '--json', '--min-fatalities', '5']).stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(json.length).toBeGreaterThan(0);
    for (const j of json) expect(j.event.fatalities.total).toBeGreaterThanOrEqual(5);
  });

  it('search: a bad filter is a usage error', () => {
    const r = run(['search', '--db', db, '--from', '17/01/2017']);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('--from: expected YYYY-MM-DD, found "17/01/2017"');
  });

  it('incidents: syndicated copies are one source', () => {
    const r = run(['incidents', '--db', db, '--place', 'موحسن', '--json']);
    const [inc] = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(inc.incident.members).toHaveLength(2);
    expect(inc.incident.sources).toBe(1);
    expect(run(['incidents', '--db', db, '--place', 'موحسن', '--min-sources', '2']).stdout).toBe('');
  });

  it('show incident N: every report side by side with its evidence sentence; show report N', () => {
    const id = JSON.parse(run(['incidents', '--db', db, '--place', 'موحسن', '--json']).stdout.trim()).id;
    const r = run(['show', 'incident', String(id), '--db', db]);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('2 reports, 1 independent source');
    expect(r.stdout).toContain('صدى الشرق');
    expect(r.stdout).toContain('nabd-alfurat.example');
    expect(r.stdout.match(/« قُتل أربعة مدنيين/g)).toHaveLength(2);
    const rep = run(['show', 'report', '1', '--db', db]);
    expect(rep.stdout).toMatch(/^Report #1 /);
    expect(run(['show', 'report', '999', '--db', db]).status).toBe(3);
    expect(run(['show', 'thing', '1', '--db', db]).status).toBe(2);
  });

  it.each([
    ['acled-csv', /^event_id_cnty,event_date,/],
    ['ucdp-csv', /^id,relid,year,/],
    ['geojson', /^\{"type":"FeatureCollection"/],
    ['jsonl', /^\{"event_id":/],
  ])('export --format %s streams the filtered events', (format, head) => {
    const r = run(['export', '--db', db, '--format', format, '--from', '2017-01-17', '--to', '2017-01-17']);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(head);
    expect(r.stdout).toContain('2017-01-17');
    expect(r.stdout).not.toContain('2017-01-22');
    if (format === 'geojson') expect(JSON.parse(r.stdout).features.length).toBe(3);
    if (format === 'jsonl') expect(r.stdout.trim().split('\n')).toHaveLength(3);
  });

  it('export without a known --format is a usage error', () => {
    expect(run(['export', '--db', db, '--format', 'xlsx']).status).toBe(2);
  });

  it('a read command on a missing database is a database error, not an empty result', () => {
    const r = run(['search', '--db', join(tmp, 'missing.db')]);
    expect(r.status).toBe(5);
    expect(r.stderr).toContain('found no file');
  });
});
