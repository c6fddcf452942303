// The browser app against the real server (`rasid serve` on the dev reports): the map with the
// dev-set incidents, type and date filters, an incident's highlighted evidence, an analyst's
// correction in the audit trail and the JSONL export, a viewer refused, the Arabic interface.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { HAVE_CHROMIUM, NO_CHROMIUM_MESSAGE, launchChromium, login, screenshot, waitForMarkers, watchPageProblems } from './browser.js';
import { realServerUnavailable, startRealServer, type RealServer } from './real-server.js';
import { apiGet, checkEvidenceMarks, correctTotal, hasTotal, listedIds, patchStatus, type ApiIncident, type ApiIncidentDetail } from './ui-steps.js';

const unavailable = HAVE_CHROMIUM ? realServerUnavailable() : NO_CHROMIUM_MESSAGE;
if (unavailable) console.warn(unavailable);

/** A fatality total no dev report gives, so the export line is the corrected one. */
const CORRECTED_TOTAL = 9137;

describe.skipIf(unavailable !== null)('web UI on the real server with the dev reports', () => {
  let server: RealServer;
  let browser: Browser;
  let page: Page;
  let problems: string[];

  beforeAll(async () => {
    server = await startRealServer();
    browser = await launchChromium();
    page = await (await browser.newContext({ viewport: { width: 1366, height: 850 }, locale: 'en-GB' })).newPage();
    problems = watchPageProblems(page);
    await page.goto(`${server.url}/`);
    await login(page, server.users.analyst.name, server.users.analyst.password);
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('draws the dev-set incidents on the map', async () => {
    const drawn = await waitForMarkers(page);
    const { total } = await apiGet<{ total: number }>(page, '/api/incidents?limit=1');
    expect(total).toBeGreaterThan(20);
    expect(drawn).toBeGreaterThan(total / 2); // every incident with coordinates
    expect(drawn).toBeLessThanOrEqual(total);
    await page.waitForTimeout(300);
    await screenshot(page, 'real-map');
  });

  it('filters by type and by date range', async () => {
    await page.selectOption('#filter-type', 'battle');
    const battles = await apiGet<{ items: ApiIncident[]; total: number }>(page, '/api/incidents?type=battle&limit=1000');
    await expect.poll(async () => (await listedIds(page)).length).toBe(Math.min(battles.total, 300));
    expect(new Set(await page.locator('#incident-list > li').evaluateAll((lis) => lis.map((li) => (li as HTMLElement).dataset.type)))).toEqual(new Set(['battle']));
    await page.selectOption('#filter-type', '');
    await page.fill('#filter-from', '2017-01-01');
    await page.fill('#filter-to', '2017-12-31');
    await page.locator('#filter-to').dispatchEvent('change');
    const in2017 = await apiGet<{ items: ApiIncident[]; total: number }>(page, '/api/incidents?from=2017-01-01&to=2017-12-31&limit=1000');
    expect(in2017.total).toBeGreaterThan(0);
    await expect.poll(async () => (await listedIds(page)).sort()).toEqual(in2017.items.slice(0, 300).map((i) => String(i.id)).sort());
    await page.click('#filter-reset');
  });

  it('opens an incident reported by several sources, the evidence highlighted', async () => {
    const multi = await apiGet<{ items: ApiIncident[] }>(page, '/api/incidents?minSources=2&limit=50');
    let chosen: ApiIncidentDetail | null = null;
    for (const i of multi.items) {
      const d = await apiGet<ApiIncidentDetail>(page, `/api/incidents/${i.id}`);
      if (d.reports.length >= 2 && d.reports.every((r) => r.evidence.length > 0)) {
        chosen = d;
        break;
      }
    }
    expect(chosen, 'an incident with two reports and evidence').not.toBeNull();
    await page.goto(`${server.url}/#/incident/${chosen!.id}`);
    // a hash change re-renders in place: wait for this incident's page, not the last one's
    await page.locator(`article.incident-page[data-incident-id="${chosen!.id}"] article.report`).nth(1).waitFor();
    expect(await checkEvidenceMarks(page, chosen!)).toBeGreaterThan(1);
    await page.waitForTimeout(300);
    await screenshot(page, 'real-incident');
  });

  it('lets an analyst correct a fatality figure: in the audit trail and the JSONL export', async () => {
    const { items } = await apiGet<{ items: ApiIncident[] }>(page, '/api/incidents?minSources=2&limit=1');
    const detail = await apiGet<ApiIncidentDetail>(page, `/api/incidents/${items[0]!.id}`);
    const eventId = String(detail.members[0]!.eventId);
    await page.goto(`${server.url}/#/incident/${detail.id}`);
    await page.locator(`article.incident-page[data-incident-id="${detail.id}"] article.member`).first().waitFor();
    await correctTotal(page, eventId, CORRECTED_TOTAL, 'browser test correction');
    const audit = page.locator(`article.member[data-event-id="${eventId}"] table.audit`);
    await audit.waitFor();
    expect(await audit.textContent()).toContain('fatalities.total');
    expect(await audit.textContent()).toContain(String(CORRECTED_TOTAL));
    expect(await audit.textContent()).toContain('browser test correction');
    const res = await page.request.get(`${server.url}/api/export?format=jsonl`);
    expect(res.status()).toBe(200);
    const lines = (await res.text()).trim().split('\n').map((l) => JSON.parse(l) as unknown);
    expect(lines.some((l) => hasTotal(l, CORRECTED_TOTAL))).toBe(true);
  });

  it('shows a viewer no forms, and the server refuses the viewer\'s PATCH with 403', async () => {
    const { items } = await apiGet<{ items: ApiIncident[] }>(page, '/api/incidents?minSources=2&limit=1');
    const detail = await apiGet<ApiIncidentDetail>(page, `/api/incidents/${items[0]!.id}`);
    const context = await browser.newContext({ viewport: { width: 1366, height: 850 } });
    const viewer = await context.newPage();
    await viewer.goto(`${server.url}/#/incident/${detail.id}`);
    await login(viewer, server.users.viewer.name, server.users.viewer.password);
    await viewer.locator('article.report').first().waitFor();
    expect(await viewer.locator('form').count()).toBe(0);
    expect(await viewer.locator('#review-button, #split-button, .split-choice').count()).toBe(0);
    expect(await patchStatus(viewer, String(detail.members[0]!.eventId))).toBe(403);
    await context.close();
  });

  it('switches to Arabic (html dir=rtl)', async () => {
    await page.goto(`${server.url}/#/`);
    await waitForMarkers(page);
    await page.click('#lang-switch');
    await expect.poll(() => page.evaluate(() => [document.documentElement.lang, document.documentElement.dir].join(' '))).toBe('ar rtl');
    await waitForMarkers(page);
    await page.waitForTimeout(300);
    await screenshot(page, 'real-map-arabic');
    await page.click('#lang-switch');
  });

  it('met no page errors, console errors or CSP violations', () => {
    expect(problems).toEqual([]);
  });
});
