// First map render time in the browser: from navigation start to the incident markers drawn
// (the app's `rasid:markers-drawn` performance mark), for a signed-in user, median of N loads.
//   npx tsx scripts/bench-map.ts            # against `rasid serve` on the dev reports (needs npm run build)
//   npx tsx scripts/bench-map.ts --mock     # against the mock API (test/web/mock-api.ts)
//   npx tsx scripts/bench-map.ts --runs 9
import { parseArgs } from 'node:util';
import { HAVE_CHROMIUM, NO_CHROMIUM_MESSAGE, launchChromium, login } from '../test/web/browser.js';
import { startMockApi, MOCK_USERS } from '../test/web/mock-api.js';
import { realServerUnavailable, startRealServer } from '../test/web/real-server.js';

const { values } = parseArgs({ options: { mock: { type: 'boolean', default: false }, runs: { type: 'string', default: '7' } } });
if (!HAVE_CHROMIUM) {
  console.error(NO_CHROMIUM_MESSAGE);
  process.exit(4);
}
const unavailable = values.mock ? null : realServerUnavailable();
if (unavailable) {
  console.error(unavailable.replace('browser tests skipped', 'cannot benchmark'));
  process.exit(4);
}

const server = values.mock
  ? { ...(await startMockApi()), users: { analyst: { name: 'analyst', password: MOCK_USERS.analyst!.password } } }
  : await startRealServer();
const browser = await launchChromium();
try {
  const context = await browser.newContext({ viewport: { width: 1366, height: 850 }, locale: 'en-GB' });
  const page = await context.newPage();
  await page.goto(`${server.url}/`);
  await login(page, server.users.analyst.name, server.users.analyst.password); // the session cookie stays for the runs
  const times: number[] = [];
  let markers = 0;
  for (let i = 0; i < Number(values.runs); i++) {
    await page.goto(`${server.url}/?run=${i}#/`);
    await page.locator('#map[data-markers-drawn]').waitFor({ timeout: 60_000 });
    markers = Number(await page.locator('#map').getAttribute('data-markers-drawn'));
    times.push(await page.evaluate(() => performance.getEntriesByName('rasid:markers-drawn')[0]?.startTime ?? Number.NaN));
  }
  const sorted = [...times].sort((a, b) => a - b);
  const median = sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
  console.log(`first map render (navigation → ${markers} incident markers drawn), ${values.mock ? 'mock API' : 'rasid serve, dev reports'}, ${times.length} loads:`);
  console.log(`  median ${median.toFixed(0)} ms, min ${sorted[0]?.toFixed(0)} ms, max ${sorted.at(-1)?.toFixed(0)} ms`);
} finally {
  await browser.close();
  await server.close();
}
