// Progress on standard error: a bar redrawn in place on a terminal, plain lines otherwise
// (the first batch, then at most one every 5 s), nothing with --quiet.
import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createProgress } from '../src/cli/progress.js';
import type { IngestSummary } from '../src/ingest/index.js';

function sink(isTTY: boolean): Writable & { text: string; isTTY: boolean } {
  const w = new Writable({
    write(chunk, _enc, done) {
      w.text += String(chunk);
      done();
    },
  }) as Writable & { text: string; isTTY: boolean };
  w.text = '';
  w.isTTY = isTTY;
  return w;
}
const summary = (read: number, batches: number): IngestSummary => ({ read, new: read, duplicate: 0, syndicated: 0, rejected: {}, events: read, batches });
const totals = { files: 2, bytes: 1000 };

describe('ingest progress', () => {
  it('on a terminal: one bar redrawn in place, cleared at the end', () => {
    let t = 0;
    const err = sink(true);
    const p = createProgress(err, totals, false, () => t);
    t = 200;
    p.tick(summary(10, 0), 1, 500);
    expect(err.text).toContain('\r\x1b[K[############............] 50% · 1/2 files · 10 read');
    p.tick(summary(11, 0), 1, 510); // within 100 ms: not redrawn
    expect(err.text.match(/\r/g)).toHaveLength(1);
    p.end();
    expect(err.text.endsWith('\r\x1b[K')).toBe(true);
  });

  it('not on a terminal: a line for the first batch, then at most one every 5 s', () => {
    let t = 0;
    const err = sink(false);
    const p = createProgress(err, totals, false, () => t);
    p.batch(summary(500, 1));
    t = 1000;
    p.batch(summary(1000, 2));
    t = 6000;
    p.batch(summary(1500, 3));
    const lines = err.text.trim().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/^rasid: ingest: batch 1 committed, .*500 read, 500 new/);
    expect(lines[1]).toMatch(/batch 3 committed/);
  });

  it('--quiet: nothing', () => {
    const err = sink(true);
    const p = createProgress(err, totals, true);
    p.tick(summary(1, 0), 0, 10);
    p.batch(summary(1, 1));
    p.end();
    expect(err.text).toBe('');
  });
});
