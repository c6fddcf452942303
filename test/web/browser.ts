// Headless Debian chromium driven by playwright-core (never `npx playwright install`: no
// browser download is possible). scripts/install-browser.sh installs /usr/bin/chromium.
import { existsSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';

export const CHROMIUM = process.env.RASID_CHROMIUM ?? '/usr/bin/chromium';
export const HAVE_CHROMIUM = existsSync(CHROMIUM);
export const NO_CHROMIUM_MESSAGE = `browser tests skipped: ${CHROMIUM} is missing — run scripts/install-browser.sh (apt-get install chromium fonts-noto-core)`;

export const ARTIFACTS = resolve(fileURLToPath(new URL('../..', import.meta.url)), 'test-artifacts', 'screenshots');

export async function launchChromium(): Promise<Browser> {
  const { chromium } = await import('playwright-core');
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
}

/** What went wrong in the page: uncaught errors, console errors, CSP violations. */
export function watchPageProblems(page: Page): string[] {
  const problems: string[] = [];
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error' && !/status of 40[13]/.test(m.text())) problems.push(`console: ${m.text()}`);
  });
  return problems;
}

export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(ARTIFACTS, { recursive: true });
  const path = join(ARTIFACTS, `${name}.png`);
  await page.screenshot({ path, fullPage: false });
  return path;
}

/** Signs in through the login form. */
export async function login(page: Page, name: string, password: string): Promise<void> {
  await page.locator('#login-name').fill(name);
  await page.locator('#login-password').fill(password);
  await page.locator('#login-submit').click();
  await page.locator('#user-badge').waitFor();
}

/** Waits until the map has drawn its incident markers (data-markers-drawn on #map). */
export async function waitForMarkers(page: Page): Promise<number> {
  await page.locator('#map[data-markers-drawn]').waitFor();
  return Number(await page.locator('#map').getAttribute('data-markers-drawn'));
}
