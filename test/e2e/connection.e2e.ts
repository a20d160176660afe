/**
 * The connection in real Chromium: Disconnect sticks across a reload until Connect, a second device
 * connects silently (or says "on this device" when a consent window is needed), and a new tab of a
 * signed-in browser does not sign in again. Screens of each state at 340 px, light and dark, with axe.
 */
import { mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { DEMO_GOOGLE_ACCOUNTS, type DemoUser } from '../../src/demo';
import { axeViolations, type RunningBrowser } from '../helpers/browser';
import type { RunningApp } from '../helpers/start-app';
import { demoUser as user, withChromiumAndApp } from './host-support';

jest.setTimeout(120_000);

const SCREENS = join(tmpdir(), 'upnext-e2e-connection');

const meetingsShown = (page: Page) => page.locator('[data-testid="meeting"]').first().waitFor();
const card = (page: Page, provider = 'outlook-calendar') => page.locator(`[data-testid="connect-card"][data-provider="${provider}"]`);

describe('connection in Chromium', () => {
  let chrome: RunningBrowser;
  let app: RunningApp;
  if (!withChromiumAndApp((c, a) => ([chrome, app] = [c, a]))) return;

  async function device(colorScheme: 'light' | 'dark' = 'light', viewport = { width: 340, height: 720 }): Promise<BrowserContext> {
    const context = await chrome.newContext({ timezoneId: 'Europe/Berlin', locale: 'en-US', viewport, colorScheme });
    await context.route(/^https:\/\/(?!127\.0\.0\.1)[^/]+\//, (route) => route.fulfill({ status: 200, contentType: 'text/html', body: '<!doctype html><title>external</title>' }));
    return context;
  }

  async function signIn(page: Page, who: DemoUser): Promise<void> {
    await page.goto(`${app.url}/taskpane.html`);
    await page.getByRole('button', { name: who.name }).click();
    await page.waitForURL(`${app.url}/taskpane.html`);
  }

  async function shoot(page: Page, name: string): Promise<void> {
    mkdirSync(SCREENS, { recursive: true });
    await page.screenshot({ path: join(SCREENS, `${name}.png`) });
    expect(await axeViolations(page)).toEqual([]);
  }

  it('Disconnect asks, sticks across a reload (no silent reconnect), and Connect brings the meetings back', async () => {
    const priya = user('Priya');
    for (const scheme of ['light', 'dark'] as const) {
      const context = await device(scheme);
      const page = await context.newPage();
      await signIn(page, priya);
      await meetingsShown(page);
      await shoot(page, `connected-${scheme}`);

      await page.getByTestId('pane-menu').click();
      await page.getByRole('menuitem', { name: 'Disconnect Outlook Calendar' }).click();
      const dialog = page.getByRole('alertdialog', { name: 'Disconnect Outlook Calendar?' });
      await dialog.waitFor();
      // The surface fades in; look at it once it has.
      await page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== 'running'));
      await shoot(page, `disconnect-dialog-${scheme}`);
      await dialog.getByRole('radio', { name: /All your devices/ }).check();
      await dialog.getByRole('button', { name: 'Disconnect', exact: true }).click();
      await card(page).waitFor();
      // Focus lands on the card, not the page body.
      await page.waitForFunction(() => document.activeElement?.id === 'connect-title-outlook-calendar');
      await expect(card(page).getAttribute('data-reason')).resolves.toBe('disconnected');

      await page.reload();
      await card(page).waitFor();
      await page.locator('[data-testid="connect-card"][data-state="not_connected"]').waitFor();
      await expect(card(page).getAttribute('data-reason')).resolves.toBe('disconnected');
      await expect(page.locator('[data-testid="meeting"]').count()).resolves.toBe(0);
      await shoot(page, `not-connected-${scheme}`);

      await card(page).getByRole('button', { name: 'Connect', exact: true }).click();
      await meetingsShown(page);
      await context.close();
    }
  });

  it('a second browser (a new device key) connects silently; Google, which needs a consent window, says "on this device"', async () => {
    const dana = user('Dana');
    const account = DEMO_GOOGLE_ACCOUNTS.find((a) => a.person.oid === dana.oid)!;
    const first = await device('light', { width: 1200, height: 900 });
    const a = await first.newPage();
    await signIn(a, dana);
    await meetingsShown(a);
    const googleCard = card(a, 'google-calendar');
    await googleCard.waitFor();
    const [popup] = await Promise.all([first.waitForEvent('page'), googleCard.getByRole('button', { name: 'Connect', exact: true }).click()]);
    await popup.getByRole('button', { name: new RegExp(account.email.replace(/\./g, '\\.')) }).click();
    await popup.getByRole('button', { name: 'Continue' }).click();
    await popup.waitForEvent('close');
    await googleCard.waitFor({ state: 'detached' });

    for (const scheme of ['light', 'dark'] as const) {
      const second = await device(scheme);
      const b = await second.newPage();
      await signIn(b, dana);
      await meetingsShown(b);
      await expect(card(b).count()).resolves.toBe(0); // Outlook: connected on this device without a word
      await expect(b.getByText(/key is not the one/).count()).resolves.toBe(0);
      const google = card(b, 'google-calendar');
      await google.getByRole('heading', { name: 'Connect Google Calendar on this device' }).waitFor();
      await expect(google.getAttribute('data-this-device')).resolves.toBe('true');
      await shoot(b, `this-device-${scheme}`);
      await second.close();
    }
    await first.close();
  });

  it('the error banner says from when the meetings are, retries by itself and goes when the server is back (Playwright clock)', async () => {
    const sam = user('Sam');
    for (const scheme of ['light', 'dark'] as const) {
      const context = await device(scheme);
      const page = await context.newPage();
      await signIn(page, sam);
      await meetingsShown(page);
      const down = (route: import('playwright-core').Route) =>
        route.fulfill({ status: 503, contentType: 'application/json', headers: { 'retry-after': '5' }, body: JSON.stringify({ error: { code: 'provider_unavailable', message: 'down', requestId: 'r-1' } }) });
      await page.route('**/api/meetings?*', down);
      await page.evaluate(() => window.dispatchEvent(new Event('focus')));
      const banner = page.getByTestId('error');
      await banner.waitFor();
      await expect(banner.getByTestId('error-as-of').textContent()).resolves.toMatch(/^Showing meetings from \d{1,2}:\d{2}/);
      await expect(banner.textContent()).resolves.toContain('Trying again by itself');
      await shoot(page, `error-banner-${scheme}`);
      await page.unroute('**/api/meetings?*', down);
      await page.clock.fastForward(6_000);
      await banner.waitFor({ state: 'detached' });
      await meetingsShown(page);
      await context.close();
    }
  });

  it('a new tab of a signed-in browser opens without signing in again; signing out there signs out every tab', async () => {
    const jonas = user('Jonas');
    const context = await device('light', { width: 1200, height: 800 });
    const first = await context.newPage();
    await signIn(first, jonas);
    await meetingsShown(first);

    const second = await context.newPage();
    const visited: string[] = [];
    second.on('framenavigated', (frame) => frame === second.mainFrame() && visited.push(frame.url()));
    await second.goto(`${app.url}/taskpane.html`);
    await meetingsShown(second);
    expect(visited.filter((u) => u.includes('/demo/login'))).toEqual([]);
    await context.close();
  });
});
