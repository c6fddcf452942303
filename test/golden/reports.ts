// The example reports of the repository (written for the project), read as the CLI reads them.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from '../../src/root.js';
import type { ReportInput } from '../../src/codebook/schema.js';

const root = repoRoot();

export function exampleReports(): ReportInput[] {
  const meta = JSON.parse(readFileSync(join(root, 'examples', 'bulletin.txt.meta.json'), 'utf8')) as { published: string; source: string };
  const bulletin: ReportInput = { id: 'bulletin.txt', source: meta.source, url: null, published: meta.published, title: null,
    text: readFileSync(join(root, 'examples', 'bulletin.txt'), 'utf8') };
  const lines = readFileSync(join(root, 'examples', 'reports.jsonl'), 'utf8').split('\n').filter((l) => l.trim());
  // more reports of other countries and kinds, written for the golden tests only
  const more = readFileSync(join(root, 'test', 'golden', 'reports.jsonl'), 'utf8').split('\n').filter((l) => l.trim());
  return [bulletin, ...[...lines, ...more].map((l) => JSON.parse(l) as ReportInput)];
}

export const goldenPath = join(root, 'test', 'golden', 'examples.expected.json');
