/**
 * The pane as the Outlook add-in, in real Chromium against the real server: outlook.html
 * loads Office.js from Microsoft's CDN, which the test answers with a double (doubles/office.js)
 * that plays Outlook on the web with single sign-on, openBrowserWindow and a dark theme.
 */
import { mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { axeViolations, type RunningBrowser } from '../helpers/browser';
import type { RunningApp } from '../helpers/start-app';
import { brightness, demoUser, double, hostContext, joinableMeeting, OFFICE_JS_URL, paneBackground, withChromiumAndApp } from './host-support';

jest.setTimeout(120_000);

const SCREENSHOTS = process.env.E2E_SCREENSHOTS === '1' ? join(__dirname, '../../docs') : join(tmpdir(), 'upnext-e2e-screens');
interface OfficeCalls {
  isSetSupported: Array<[string, string]>;
  getAccessToken: unknown[];
  openBrowserWindow: string[];
}

describe('Outlook task pane (Office.js double) in Chromium', () => {
  let chrome: RunningBrowser;
  let app: RunningApp;
  if (!withChromiumAndApp((c, a) => ([chrome, app] = [c, a]))) return;

  it('signs in by Office SSO, lists meetings, joins through openBrowserWindow, and renders the dark Office theme', async () => {
    const dana = demoUser('Dana');
    const token = await app.demo!.authority.signUserToken(dana.oid);
    const context = await hostContext(chrome, { width: 340, height: 800 }, { [OFFICE_JS_URL]: double('office.js') });
    await context.addInitScript((config) => {
      (window as unknown as { __OFFICE_DOUBLE__: unknown }).__OFFICE_DOUBLE__ = config;
    }, { token, theme: { bodyBackgroundColor: '#292929', bodyForegroundColor: '#ffffff' } });
    const page = await context.newPage();
    const officeRequests: string[] = [];
    page.on('request', (r) => {
      if (r.url() === OFFICE_JS_URL) officeRequests.push(r.url());
    });

    await page.goto(`${app.url}/outlook.html`);
    await page.locator('[data-testid="meeting"]').first().waitFor();
    // Never left for the authority: the token came from Office.
    expect(new URL(page.url()).pathname).toBe('/outlook.html');
    expect(officeRequests).toHaveLength(1);
    const calls = () => page.evaluate(() => (window as unknown as { __OFFICE_CALLS__: OfficeCalls }).__OFFICE_CALLS__);
    const before = await calls();
    expect(before.isSetSupported).toContainEqual(['NestedAppAuth', '1.1']);
    expect(before.getAccessToken[0]).toEqual({ allowSignInPrompt: true, allowConsentPrompt: true, forMSGraphAccess: false });

    // Dark Office theme → dark pane.
    await expect(page.locator('.fui-FluentProvider').first().getAttribute('data-theme')).resolves.toBe('dark');
    expect(brightness(await paneBackground(page))).toBeLessThan(0.3);

    const { joinUrl, card } = await joinableMeeting(page, app, dana.oid);
    await card.getByTestId('join').click();
    await page.waitForFunction(() => (window as unknown as { __OFFICE_CALLS__: OfficeCalls }).__OFFICE_CALLS__.openBrowserWindow.length > 0);
    expect((await calls()).openBrowserWindow).toEqual([joinUrl]);
    expect(context.pages()).toHaveLength(1);

    // The shortcuts reach the pane inside Outlook: Ctrl+Shift+E focuses search, Ctrl+Shift+J joins.
    await page.getByRole('button', { name: 'Refresh' }).focus();
    await page.keyboard.press('Control+Shift+E');
    await expect(page.getByTestId('search').evaluate((el) => el === document.activeElement)).resolves.toBe(true);
    await page.keyboard.press('Control+Shift+J');
    await page.waitForFunction(() => (window as unknown as { __OFFICE_CALLS__: OfficeCalls }).__OFFICE_CALLS__.openBrowserWindow.length > 1);

    mkdirSync(SCREENSHOTS, { recursive: true });
    await page.locator('[data-testid="join-more"]').first().waitFor();
    await page.screenshot({ path: join(SCREENSHOTS, 'screenshot-outlook.png') });
    expect(await axeViolations(page)).toEqual([]);

    // Outlook switches to a light theme: the pane follows.
    await page.evaluate(() => {
      const handlers = (window as unknown as { __OFFICE_CALLS__: { themeHandlers: Array<(a: unknown) => void> } }).__OFFICE_CALLS__.themeHandlers;
      for (const handler of handlers) handler({ officeTheme: { bodyBackgroundColor: '#ffffff' } });
    });
    await page.locator('.fui-FluentProvider[data-theme="light"]').first().waitFor();
    expect(brightness(await paneBackground(page))).toBeGreaterThan(0.8);
    await context.close();
  });

  it('a plain browser page never asks for Office.js', async () => {
    const context = await hostContext(chrome, { width: 340, height: 600 }, { [OFFICE_JS_URL]: double('office.js') });
    const page = await context.newPage();
    const outside: string[] = [];
    page.on('request', (r) => {
      if (!r.url().startsWith(app.url)) outside.push(r.url());
    });
    await page.goto(`${app.url}/taskpane.html`);
    await page.getByRole('button', { name: demoUser('Priya').name }).waitFor();
    expect(outside).toEqual([]);
    await context.close();
  });
});
