// Golden files: whole example reports through the whole pipeline, compared field by field with
// reviewed expectations (test/golden/examples.expected.json; `npm run golden:update` rewrites it).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createExtractor } from '../src/extract/pipeline.js';
import { project } from './golden/project.js';
import { exampleReports, goldenPath } from './golden/reports.js';

const expected = JSON.parse(readFileSync(goldenPath, 'utf8')) as { id: string }[];
const ex = createExtractor();

describe('golden example reports', () => {
  it.each(exampleReports().map((r) => [r.id, r] as const))('%s', (id, report) => {
    const want = expected.find((e) => e.id === id);
    expect(want, `no golden entry for ${id}`).toBeDefined();
    expect(project(ex.extract(report))).toEqual(want);
  });
});
