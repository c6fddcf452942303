// The command line as a user runs it (compiled CLI, real files): streaming JSONL with a bad
// line, --strict, plain text with a sidecar, standard input, and inputs that are not reports.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(__dirname, '..');
const bin = join(root, 'bin', 'rasid');
const run = (args: string[], input?: string | Buffer) =>
  spawnSync(process.execPath, [bin, ...args], { cwd: root, input, encoding: 'utf8', timeout: 170_000, maxBuffer: 64 * 1024 * 1024 });
const tmp = mkdtempSync(join(tmpdir(), 'rasid-cli-'));

const good = (id: string) => JSON.stringify({ id, source: 'test', url: null, published: '2017-01-17', title: null,
  text: 'قصفت قوات النظام بالمدفعية بلدة كفرنبل في ريف إدلب الجنوبي صباح اليوم، ما أدى لمقتل مدنيين اثنين.' });

describe('rasid extract', () => {
  it('skips a malformed JSONL line with its line number and processes the others, exit 1', () => {
    const f = join(tmp, 'mixed.jsonl');
    writeFileSync(f, [good('a'), '{not json', JSON.stringify({ id: 'b' }), good('c')].join('\n') + '\n');
    const r = run(['extract', f]);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('mixed.jsonl:2: not JSON');
    expect(r.stderr).toContain('mixed.jsonl:3: not a report: text');
    const ids = r.stdout.trim().split('\n').map((l) => JSON.parse(l).id);
    expect(ids).toEqual(['a', 'c']);
  });

  it('--strict makes a bad line fatal with exit 3', () => {
    const f = join(tmp, 'strict.jsonl');
    writeFileSync(f, [good('a'), '[]'].join('\n'));
    const r = run(['extract', '--strict', f]);
    expect(r.status).toBe(3);
    expect(r.stderr).toContain('strict.jsonl:2');
  });

  it('reads plain text from standard input with --published and finds the event', () => {
    const r = run(['extract', '--published', '2017-01-17', '-'],
      'قصفت قوات النظام بالمدفعية بلدة كفرنبل في ريف إدلب الجنوبي صباح اليوم، ما أدى لمقتل مدنيين اثنين.');
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.id).toBe('stdin');
    const e = out.events[0];
    expect(e.subtype).toBe('shelling_artillery_missile_attack');
    expect(e.location.name_ar).toBe('كفرنبل');
    expect(e.date).toBe('2017-01-17');
    expect(e.fatalities.total).toBe(2);
  });

  it('reads a text file with a sidecar and prints a readable summary with --pretty', () => {
    const r = run(['extract', '--pretty', 'examples/bulletin.txt']);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('# bulletin.txt');
    expect(r.stdout).toMatch(/air_drone_strike/);
    expect(r.stdout).toContain('موحسن');
  });

  it.each([
    ['empty', ''],
    ['English', 'The quick brown fox jumps over the lazy dog. '.repeat(50)],
    ['binary', Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256))],
  ])('gives a clear warning and no events for %s text', (_name, text) => {
    const f = join(tmp, `odd-${_name}.txt`);
    writeFileSync(f, text);
    const r = run(['extract', '--published', '2020-01-01', f]);
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).events).toEqual([]);
    expect(r.stderr).toMatch(/empty text|no Arabic|binary/);
  });

  it('handles a 10 MB report without hanging', { timeout: 180_000 }, () => {
    const para = 'وقصفت الطائرات الحربية مدينة دوما في الغوطة الشرقية أمس. ';
    const f = join(tmp, 'big.txt');
    writeFileSync(f, para.repeat(Math.ceil((10 * 1024 * 1024) / (para.length * 2))));
    const r = run(['extract', '--published', '2018-02-01', '--quiet', f]);
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).events.length).toBeGreaterThan(0);
  });

  it('reports usage errors with exit 2 and a missing file with exit 3', () => {
    expect(run(['extract']).status).toBe(2);
    expect(run(['extract', '--published', '17/01/2017', '-'], 'x').status).toBe(2);
    expect(run(['frobnicate']).status).toBe(2);
    expect(run(['extract', '--region-events', 'some', '-'], 'x').status).toBe(2);
    const r = run(['extract', join(tmp, 'nope.jsonl')]);
    expect(r.status).toBe(3);
    expect(r.stderr).toContain('no such file');
  });
});
