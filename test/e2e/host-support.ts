/** What the Office and Teams browser suites share: the app, a pane context, the demo's facts. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, Frame, Page } from 'playwright-core';
import { DEMO_USERS, type DemoUser } from '../../src/demo';
import { browserAvailability, launchBrowser, reportMissingBrowser, type RunningBrowser } from '../helpers/browser';
import { startApp, type RunningApp } from '../helpers/start-app';

export const WEB_ROOT = join(__dirname, '../../dist/web');
export const OFFICE_JS_URL = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';

export function double(name: string): string {
  return readFileSync(join(__dirname, 'doubles', name), 'utf8');
}

export function assertBuilt(): void {
  for (const page of ['taskpane.html', 'auth-end.html', 'auth-start.html']) {
    if (!existsSync(join(WEB_ROOT, page))) throw new Error(`dist/web/${page} is missing: run \`npx webpack --mode production\` first`);
  }
}

/**
 * Inside a describe: a real Chromium and the real app for the suite, handed to `bind` before the
 * tests run and closed after. Without Chromium it registers the one test that says so (and fails
 * under E2E_REQUIRE_BROWSER) and answers false, so the suite stops there.
 */
export function withChromiumAndApp(bind: (chrome: RunningBrowser, app: RunningApp) => void): boolean {
  const availability = browserAvailability();
  if (!availability.available) {
    it('needs Chromium', () => reportMissingBrowser(availability.reason));
    return false;
  }
  let chrome: RunningBrowser | undefined;
  let app: RunningApp | undefined;
  beforeAll(async () => {
    assertBuilt();
    [chrome, app] = await Promise.all([launchBrowser(), startApp({}, { webRoot: WEB_ROOT })]);
    bind(chrome, app);
  });
  afterAll(async () => {
    await chrome?.close();
    await app?.stop();
  });
  return true;
}

export function demoUser(name: string): DemoUser {
  const found = DEMO_USERS.find((u) => u.name.startsWith(name));
  if (!found) throw new Error(`no demo user ${name}`);
  return found;
}

/** A context where every outside https request (Office.js's CDN, meeting services) is answered here. */
export async function hostContext(chrome: RunningBrowser, viewport: { width: number; height: number }, outside: Record<string, string> = {}, locale = 'en-US', timezoneId = 'Europe/Berlin'): Promise<BrowserContext> {
  const context = await chrome.newContext({ timezoneId, locale, viewport });
  await context.route(/^https:\/\/(?!127\.0\.0\.1)[^/]+\//, (route) => {
    const body = outside[route.request().url()];
    if (body !== undefined) return route.fulfill({ status: 200, contentType: 'application/javascript', body });
    return route.fulfill({ status: 200, contentType: 'text/html', body: '<!doctype html><title>external</title>' });
  });
  return context;
}

/**
 * The browser page signed in as a demo person in a new context (a new device), its first card
 * painted.
 */
export async function signedInBrowserPane(
  chrome: RunningBrowser,
  app: RunningApp,
  who: string,
  options: { locale?: string; viewport?: { width: number; height: number }; timezoneId?: string; clock?: number } = {},
): Promise<Page> {
  const context = await hostContext(chrome, options.viewport ?? { width: 400, height: 900 }, {}, options.locale, options.timezoneId);
  const page = await context.newPage();
  if (options.clock !== undefined) await page.clock.install({ time: options.clock });
  await page.goto(`${app.url}/taskpane.html`);
  await page.getByRole('button', { name: demoUser(who).name }).click();
  await page.waitForURL(`${app.url}/taskpane.html`);
  await page.locator('[data-testid="meeting"]').first().waitFor();
  return page;
}

/**
 * The first meeting whose Join is open and whose event carries a structured join URL, with that
 * URL as the demo calendar holds it. (Which meetings are open depends on the hour: one found only
 * in the location or body, like the Zoom call, has no structured URL to compare with.)
 */
export async function joinableMeeting(pane: Page | Frame, app: RunningApp, oid: string): Promise<{ title: string; joinUrl: string; card: ReturnType<Page['locator']> }> {
  const cards = pane.locator('[data-testid="meeting"]', { has: pane.locator('[data-join-state="open"]') });
  await cards.first().waitFor();
  const events = app.demo!.calendar.eventsFor(oid, app.clock());
  for (const card of await cards.all()) {
    const title = (await card.locator('h3').textContent())!.trim();
    const joinUrl = events.find((e) => e.subject.trim() === title)?.onlineMeeting?.joinUrl;
    if (joinUrl) return { title, joinUrl: new URL(joinUrl).href, card };
  }
  throw new Error('no open meeting with a structured join URL');
}

/** The pane's background, as [r, g, b]. */
export async function paneBackground(pane: Page | Frame): Promise<number[]> {
  const color = await pane.locator('.fui-FluentProvider').first().evaluate((el) => getComputedStyle(el).backgroundColor);
  return (color.match(/\d+/g) ?? []).slice(0, 3).map(Number);
}

export const brightness = ([r = 0, g = 0, b = 0]: number[]) => (0.299 * r + 0.587 * g + 0.114 * b) / 255;
