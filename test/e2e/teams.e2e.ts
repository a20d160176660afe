/**
 * The pane as a Teams tab, in real Chromium against the real server. The test double sits at the
 * host side of teams-js's postMessage protocol (doubles/teams-host.html frames the tab on the
 * app's own origin and answers initialize, getContext, getAuthToken, executeDeepLink and sends
 * themeChange), so the pane's real teams-js and Teams host code are what run.
 */
import { mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { axeViolations, type RunningBrowser } from '../helpers/browser';
import type { RunningApp } from '../helpers/start-app';
import { brightness, demoUser, double, hostContext, joinableMeeting, paneBackground, withChromiumAndApp } from './host-support';

jest.setTimeout(120_000);

const SCREENSHOTS = process.env.E2E_SCREENSHOTS === '1' ? join(__dirname, '../../docs') : join(tmpdir(), 'upnext-e2e-screens');
const HOST_PAGE = '/__teams-double/host.html';
type TeamsCall = { func: string; args: unknown[] };

describe('Teams tab (Teams host double) in Chromium', () => {
  let chrome: RunningBrowser;
  let app: RunningApp;
  if (!withChromiumAndApp((c, a) => ([chrome, app] = [c, a]))) return;

  it('signs in by Teams SSO, lists meetings, joins through openLink, follows dark and high-contrast themes', async () => {
    const jonas = demoUser('Jonas');
    const token = await app.demo!.authority.signUserToken(jonas.oid);
    const context = await hostContext(chrome, { width: 400, height: 800 });
    await context.route(`${app.url}${HOST_PAGE}`, (route) => route.fulfill({ status: 200, contentType: 'text/html', body: double('teams-host.html') }));
    await context.addInitScript((config) => {
      if (window.top === window) (window as unknown as { __TEAMS_DOUBLE__: unknown }).__TEAMS_DOUBLE__ = config;
    }, { token, theme: 'dark', tabUrl: `${app.url}/taskpane.html?host=teams` });
    const page = await context.newPage();
    await page.goto(`${app.url}${HOST_PAGE}`);
    const tab = page.frameLocator('#tab');
    await tab.locator('[data-testid="meeting"]').first().waitFor();
    const calls = () => page.evaluate(() => (window as unknown as { __TEAMS_CALLS__: TeamsCall[] }).__TEAMS_CALLS__);
    const funcs = (await calls()).map((c) => c.func);
    expect(funcs).toEqual(expect.arrayContaining(['initialize', 'getContext', 'authentication.getAuthToken']));
    const frame = page.frames().find((f) => f.url().includes('/taskpane.html'))!;
    expect(new URL(frame.url()).search).toBe('?host=teams');

    // Teams dark theme from the context.
    await tab.locator('.fui-FluentProvider[data-theme="dark"]').first().waitFor();
    expect(brightness(await paneBackground(frame))).toBeLessThan(0.3);

    const { joinUrl, card } = await joinableMeeting(frame, app, jonas.oid);
    await card.getByTestId('join').click();
    await page.waitForFunction(() => (window as unknown as { __TEAMS_CALLS__: TeamsCall[] }).__TEAMS_CALLS__.some((c) => c.func === 'executeDeepLink'));
    expect((await calls()).filter((c) => c.func === 'executeDeepLink').map((c) => c.args)).toEqual([[joinUrl]]);
    expect(context.pages()).toHaveLength(1);

    // The shortcuts reach the tab inside Teams: Ctrl+Shift+E focuses search, Ctrl+Shift+J joins.
    await tab.getByRole('button', { name: 'Refresh' }).focus();
    await page.keyboard.press('Control+Shift+E');
    await expect(tab.getByTestId('search').evaluate((el) => el === document.activeElement)).resolves.toBe(true);
    await page.keyboard.press('Control+Shift+J');
    await page.waitForFunction(() => (window as unknown as { __TEAMS_CALLS__: TeamsCall[] }).__TEAMS_CALLS__.filter((c) => c.func === 'executeDeepLink').length > 1);

    mkdirSync(SCREENSHOTS, { recursive: true });
    await tab.locator('[data-testid="join-more"]').first().waitFor();
    await page.screenshot({ path: join(SCREENSHOTS, 'screenshot-teams-dark.png') });

    // Teams switches to high contrast: the pane follows.
    await page.evaluate(() => (window as unknown as { setTeamsTheme(name: string): void }).setTeamsTheme('contrast'));
    await tab.locator('.fui-FluentProvider[data-theme="highContrast"]').first().waitFor();
    expect(await paneBackground(frame)).toEqual([0, 0, 0]);
    await page.screenshot({ path: join(SCREENSHOTS, 'screenshot-teams-contrast.png') });
    expect(await axeViolations(frame as unknown as import('playwright-core').Page)).toEqual([]);

    await page.evaluate(() => (window as unknown as { setTeamsTheme(name: string): void }).setTeamsTheme('default'));
    await tab.locator('.fui-FluentProvider[data-theme="light"]').first().waitFor();
    expect(brightness(await paneBackground(frame))).toBeGreaterThan(0.8);
    await context.close();
  });

  it('opened outside Teams with ?host=teams, runs as the browser page instead of waiting', async () => {
    const context = await hostContext(chrome, { width: 400, height: 600 });
    const page = await context.newPage();
    const started = Date.now();
    await page.goto(`${app.url}/taskpane.html?host=teams`);
    // The browser host's sign-in: the demo authority's account picker.
    await page.getByRole('button', { name: demoUser('Priya').name }).waitFor();
    expect(Date.now() - started).toBeLessThan(10_000);
    await context.close();
  });
});
