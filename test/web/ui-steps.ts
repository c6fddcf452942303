// The browser steps shared by the mock and the real-server tests. Each step reads what it
// expects from the API in the same session (so it holds for fixtures and for the dev set).
import { expect } from 'vitest';
import type { Page } from 'playwright-core';

export interface ApiIncident {
  id: number | string;
  type: string;
  date: string | null;
  sources: number;
  fatalities: { best: number } | null;
}
export interface ApiReport { id: number | string; text: string; evidence: Array<[number, number]> }
export interface ApiMember { eventId: number | string; event: { fatalities?: { total?: number | null } } }
export interface ApiIncidentDetail extends ApiIncident { reports: ApiReport[]; members: ApiMember[] }

/** GET an /api path with the page's session cookie. */
export async function apiGet<T>(page: Page, path: string): Promise<T> {
  const res = await page.request.get(new URL(path, page.url()).toString());
  expect(res.status(), `GET ${path}`).toBe(200);
  return (await res.json()) as T;
}

/** The ids in the incident list beside the map, after it has settled. */
export async function listedIds(page: Page): Promise<string[]> {
  await page.waitForFunction(() => document.querySelector('#main')?.getAttribute('aria-busy') === 'false');
  await page.waitForTimeout(150);
  return page.locator('#incident-list > li').evaluateAll((lis) => lis.map((li) => (li as HTMLElement).dataset.id ?? ''));
}

/** Every <mark> of every report equals the report text sliced at its offsets and is one of the evidence spans. */
export async function checkEvidenceMarks(page: Page, detail: ApiIncidentDetail): Promise<number> {
  let checked = 0;
  for (const report of detail.reports) {
    const article = page.locator(`article.report[data-report-id="${report.id}"]`);
    const textBox = article.locator('.report-text');
    expect(await textBox.getAttribute('dir')).toBe('rtl');
    expect(await textBox.getAttribute('lang')).toBe('ar');
    expect(await textBox.textContent()).toBe(report.text);
    const marks = await textBox.locator('mark.evidence').evaluateAll((ms) =>
      ms.map((m) => ({ text: m.textContent ?? '', start: Number((m as HTMLElement).dataset.start), end: Number((m as HTMLElement).dataset.end) })));
    for (const m of marks) {
      expect(m.text).toBe(report.text.slice(m.start, m.end));
      checked++;
    }
    const spans = report.evidence.filter(([s, e]) => e > s && s >= 0 && e <= report.text.length);
    if (spans.length > 0) expect(marks.length).toBeGreaterThan(0);
  }
  return checked;
}

/** Opens the correction form of one event and saves a new fatality total. */
export async function correctTotal(page: Page, eventId: string, total: number, comment: string): Promise<void> {
  const card = page.locator(`article.member[data-event-id="${eventId}"]`);
  await card.locator('details.editor > summary').click();
  const form = card.locator('form.event-editor');
  await form.locator('input[name="fatalities.total"]').fill(String(total));
  await form.locator('input[name="comment"]').fill(comment);
  await form.locator('button[type="submit"]').click();
  // the page reloads with the corrected figure
  await page.locator(`article.member[data-event-id="${eventId}"] .member-toll[data-total="${total}"]`).waitFor();
}

/** True when some object in `value` has fatalities.total === total. */
export function hasTotal(value: unknown, total: number): boolean {
  if (!value || typeof value !== 'object') return false;
  const obj = value as Record<string, unknown>;
  const f = obj.fatalities as Record<string, unknown> | undefined;
  if (f && typeof f === 'object' && f.total === total) return true;
  return Object.values(obj).some((v) => hasTotal(v, total));
}

/** The PATCH a viewer is refused: status code from inside the page (same cookie). */
export async function patchStatus(page: Page, eventId: string): Promise<number> {
  return page.evaluate(async (id) => {
    const res = await fetch(`/api/events/${id}`, {
      method: 'PATCH', headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ changes: { fatalities: { total: 1 } }, comment: 'viewer tries' }),
    });
    return res.status;
  }, eventId);
}
