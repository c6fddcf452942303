// npm run golden:update — rewrite the golden file from the current engine. Review the diff by
// hand before committing: a golden file is a claim that every line in it is right.
import { writeFileSync } from 'node:fs';
import { createExtractor } from '../../src/extract/pipeline.js';
import { project } from './project.js';
import { exampleReports, goldenPath } from './reports.js';

const ex = createExtractor();
writeFileSync(goldenPath, JSON.stringify(exampleReports().map((r) => project(ex.extract(r))), null, 2) + '\n');
console.log(`wrote ${goldenPath}`);
