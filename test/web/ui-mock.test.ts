// The browser app against the mock API (fast, deterministic fixtures): map, filters, timeline
// brush, clustering, incident page with highlighted evidence, hostile report text, analyst
// corrections with audit trail and export, the viewer's read-only page, Arabic, phone width.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { HAVE_CHROMIUM, NO_CHROMIUM_MESSAGE, launchChromium, login, screenshot, waitForMarkers, watchPageProblems } from './browser.js';
import { startMockApi, MOCK_USERS, type MockApi } from './mock-api.js';
import { MOCK_REPORTS, HOSTILE_TITLE, HOSTILE_SOURCE } from './fixtures/mock-reports.js';
import { apiGet, checkEvidenceMarks, correctTotal, hasTotal, listedIds, patchStatus, type ApiIncidentDetail } from './ui-steps.js';

if (!HAVE_CHROMIUM) console.warn(NO_CHROMIUM_MESSAGE);

describe.skipIf(!HAVE_CHROMIUM)('web UI on the mock API', () => {
  let api: MockApi;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let problems: string[];

  beforeAll(async () => {
    api = await startMockApi();
    browser = await launchChromium();
    context = await browser.newContext({ viewport: { width: 1366, height: 850 }, locale: 'en-GB' });
    page = await context.newPage();
    problems = watchPageProblems(page);
    await page.goto(`${api.url}/`);
    await login(page, 'analyst', MOCK_USERS.analyst!.password);
  });
  afterAll(async () => {
    await browser?.close();
    await api?.close();
  });

  it('draws every incident on the map over the offline basemap, with the list beside it', async () => {
    expect(await waitForMarkers(page)).toBe(7);
    expect(await page.locator('.leaflet-overlay-pane path').count()).toBeGreaterThan(5); // country outlines + markers
    expect(await page.locator('.governorate-label').count()).toBe(14);
    expect(await listedIds(page)).toHaveLength(7);
    expect(await page.locator('.timeline-svg rect.bar-civilians').count()).toBeGreaterThan(0);
    await screenshot(page, 'map');
  });

  it('clusters incidents when zoomed out', async () => {
    await page.evaluate(() => (document.querySelector('.leaflet-control-zoom-out') as HTMLElement).click());
    await page.evaluate(() => (document.querySelector('.leaflet-control-zoom-out') as HTMLElement).click());
    await page.locator('.cluster-count').first().waitFor();
    const counts = await page.locator('.cluster-count').allTextContents();
    expect(counts.map(Number).reduce((a, b) => a + b, 0)).toBeGreaterThan(1);
  });

  it('filters by type and by date range, the timeline brush included', async () => {
    await page.selectOption('#filter-type', 'battle');
    await expect.poll(() => listedIds(page)).toEqual(['2', '6']);
    await page.selectOption('#filter-type', '');
    await page.fill('#filter-from', '2017-01-10');
    await page.fill('#filter-to', '2017-01-31');
    await page.locator('#filter-to').dispatchEvent('change');
    await expect.poll(() => listedIds(page)).toEqual(['1', '7']);
    await page.click('#timeline-clear');
    await expect.poll(() => listedIds(page)).toHaveLength(7);
    // brush the last third of the timeline: only March incidents stay
    const box = (await page.locator('.timeline-svg').boundingBox())!;
    await page.mouse.move(box.x + box.width * 0.7, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width - 2, box.y + box.height / 2, { steps: 5 });
    await page.mouse.up();
    await expect.poll(() => page.inputValue('#filter-from')).toMatch(/^2017-03-/);
    await expect.poll(() => listedIds(page)).toEqual(['3', '4', '5', '6']);
    await page.click('#filter-reset');
    await expect.poll(() => listedIds(page)).toHaveLength(7);
  });

  it('reaches the incident list by keyboard and opens an incident with Enter', async () => {
    await page.locator('#filter-reset').focus();
    let reached = false;
    for (let i = 0; i < 60 && !reached; i++) {
      await page.keyboard.press('Tab');
      reached = await page.evaluate(() => document.activeElement?.classList.contains('incident-link') ?? false);
    }
    expect(reached).toBe(true);
    await page.keyboard.press('Enter');
    await page.locator('article.incident-page').waitFor();
  });

  it('shows every source report with the evidence sentence highlighted', async () => {
    await page.goto(`${api.url}/#/incident/1`);
    // a hash change re-renders in place: wait for this incident's page, not the last one's
    await page.locator('article.incident-page[data-incident-id="1"]').waitFor();
    await page.locator('article.report').nth(1).waitFor();
    const detail = await apiGet<ApiIncidentDetail>(page, '/api/incidents/1');
    expect(await checkEvidenceMarks(page, detail)).toBe(2);
    const marks = await page.locator('mark.evidence').allTextContents();
    expect(marks).toEqual([MOCK_REPORTS[0]!.events[0]!.sentence, MOCK_REPORTS[1]!.events[0]!.sentence]);
    expect(await page.locator('#incident-conflicts .chip').count()).toBe(2);
    expect(await page.locator('#figures-table tbody tr').count()).toBe(2);
    await page.locator('#incident-map .leaflet-overlay-pane path').first().waitFor();
    await screenshot(page, 'incident');
  });

  it('shows hostile report text as text: no markup, no script, no javascript: link', async () => {
    await page.goto(`${api.url}/#/incident/4`);
    // a hash change re-renders in place: wait for this incident's page, not the last one's
    await page.locator('article.incident-page[data-incident-id="4"]').waitFor();
    // a hash change re-renders the page: wait until the previous incident's reports are gone
    await page.waitForFunction(() => document.querySelectorAll('article.report').length === 1);
    expect(await page.locator('article.report h3').textContent()).toBe(HOSTILE_TITLE);
    expect(await page.locator('article.report .report-meta').textContent()).toContain(HOSTILE_SOURCE);
    expect(await page.locator('article.report img, article.report script, article.report b').count()).toBe(0);
    expect(await page.locator('article.report a').count()).toBe(0);
    expect(await page.locator('mark.evidence').textContent()).toContain('<script>window.__xss=3</script>');
    expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
  });

  it('lets an analyst correct a fatality figure, shown in the audit trail and the export', async () => {
    await page.goto(`${api.url}/#/incident/1`);
    // a hash change re-renders in place: wait for this incident's page, not the last one's
    await page.locator('article.incident-page[data-incident-id="1"]').waitFor();
    await page.locator('article.member').first().waitFor();
    await correctTotal(page, '101', 8, 'SOHR updated the toll');
    const audit = page.locator('article.member[data-event-id="101"] table.audit');
    await audit.waitFor();
    expect(await audit.textContent()).toContain('fatalities.total');
    expect(await audit.locator('ins').first().textContent()).toBe('8');
    expect(await audit.textContent()).toContain('SOHR updated the toll');
    const event = await apiGet<{ audit: Array<{ who: string; comment: string }> }>(page, '/api/events/101');
    expect(event.audit).toHaveLength(1);
    expect(event.audit[0]!.who).toBe('analyst');
    const exported = await page.request.get(`${api.url}/api/export?format=jsonl`);
    const lines = (await exported.text()).trim().split('\n').map((l) => JSON.parse(l) as unknown);
    expect(lines.some((l) => hasTotal(l, 8))).toBe(true);
  });

  it('lets an analyst mark reviewed and split, merge incidents', async () => {
    await page.goto(`${api.url}/#/incident/1`);
    // a hash change re-renders in place: wait for this incident's page, not the last one's
    await page.locator('article.incident-page[data-incident-id="1"]').waitFor();
    await page.locator('#review-button').click();
    await expect.poll(() => page.locator('#incident-reviewed').textContent()).toBe('yes');
    await page.locator('article.member[data-event-id="201"] .split-choice input').check();
    await page.locator('#split-button').click();
    await page.waitForURL(/#\/incident\/100$/);
    await page.locator('article.incident-page[data-incident-id="100"] article.member[data-event-id="201"]').waitFor();
    await page.fill('#merge-ids', '1');
    await page.locator('.inline-form button[type="submit"]').click();
    await expect.poll(() => page.locator('article.member').count()).toBe(2);
    // incident 1 was merged into 100: its audit trail lists the merge
    await expect.poll(() => page.locator('section[aria-labelledby="incident-audit-title"] tr.audit-entry').count()).toBe(1);
  });

  it('shows a viewer no forms, and the server refuses the viewer\'s PATCH', async () => {
    const viewerContext = await browser.newContext({ viewport: { width: 1366, height: 850 } });
    const viewer = await viewerContext.newPage();
    await viewer.goto(`${api.url}/#/incident/2`);
    await login(viewer, 'viewer', MOCK_USERS.viewer!.password);
    await viewer.locator('article.incident-page[data-incident-id="2"] article.report').first().waitFor();
    expect(await viewer.locator('form.event-editor, #review-button, #split-button, #merge-ids, .split-choice').count()).toBe(0);
    expect(await viewer.locator('form').count()).toBe(0);
    expect(await patchStatus(viewer, '301')).toBe(403);
    await viewerContext.close();
  });

  it('switches to Arabic: html lang=ar dir=rtl, strings from ar.json', async () => {
    await page.goto(`${api.url}/#/`);
    await waitForMarkers(page);
    await page.click('#lang-switch');
    await expect.poll(() => page.evaluate(() => document.documentElement.dir)).toBe('rtl');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('ar');
    await page.locator('#filter-type').waitFor();
    expect(await page.locator('label:has(#filter-type) .field-label').textContent()).toBe('نوع الحدث');
    await waitForMarkers(page);
    await page.waitForTimeout(300);
    await screenshot(page, 'map-arabic');
    await page.goto(`${api.url}/#/incident/2`);
    // a hash change re-renders in place: wait for this incident's page, not the last one's
    await page.locator('article.incident-page[data-incident-id="2"]').waitFor();
    await page.locator('article.report').first().waitFor();
    await page.waitForTimeout(300);
    await screenshot(page, 'incident-arabic');
    await page.click('#lang-switch');
    await expect.poll(() => page.evaluate(() => document.documentElement.dir)).toBe('ltr');
  });

  it('fits a phone screen', async () => {
    const phone = await browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true });
    const p = await phone.newPage();
    await p.goto(`${api.url}/`);
    await login(p, 'viewer', MOCK_USERS.viewer!.password);
    await waitForMarkers(p);
    const overflow = await p.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(1);
    await p.waitForTimeout(300);
    await screenshot(p, 'map-phone');
    await p.goto(`${api.url}/#/incident/2`);
    // a hash change re-renders in place: wait for this incident's page, not the last one's
    await p.locator('article.incident-page[data-incident-id="2"]').waitFor();
    await p.locator('article.report').first().waitFor();
    await screenshot(p, 'incident-phone');
    await phone.close();
  });

  it('met no page errors, console errors or CSP violations', () => {
    expect(problems).toEqual([]);
  });
});
