/**
 * The task pane in real Chromium against the real server (demo IdP and calendar included):
 * sign-in, the meetings in the user's zone, Join, the consent popup, a lost device key, looks.
 */
import { mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { DEMO_GOOGLE_ACCOUNTS, DEMO_TENANT_ID, type DemoUser, type GraphEvent } from '../../src/demo';
import { axeViolations, type RunningBrowser } from '../helpers/browser';
import { startApp, type RunningApp } from '../helpers/start-app';
import { demoUser as user, WEB_ROOT, withChromiumAndApp } from './host-support';

jest.setTimeout(120_000);

const TIME_ZONE = 'Europe/Berlin';
const LOCALE = 'en-US';
const DAY_MS = 86_400_000;
const SCREENSHOTS = process.env.E2E_SCREENSHOTS === '1' ? join(__dirname, '../../docs') : join(tmpdir(), 'upnext-e2e-screens');

/** Spaces as Intl writes them differ between ICU builds (U+202F, U+2009); compare words, not spaces. */
const squash = (text: string) => text.replace(/[\s\u00a0\u2009\u202f]+/g, ' ').trim();

interface ExpectedMeeting {
  title: string;
  time: string;
  joinUrl?: string;
}

/** What the pane must list, computed from the demo calendar and Intl, not from the pane's code. */
function expectedMeetings(events: GraphEvent[], now: number): ExpectedMeeting[] {
  const day = new Intl.DateTimeFormat('en-CA', { timeZone: TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit' });
  const sameDay = new Intl.DateTimeFormat(LOCALE, { timeZone: TIME_ZONE, hour: 'numeric', minute: '2-digit' });
  const otherDay = new Intl.DateTimeFormat(LOCALE, { timeZone: TIME_ZONE, month: 'short', day: 'numeric', hour: 'numeric', minute: '2-digit' });
  return events
    .filter((e) => !e.isAllDay && !e.isCancelled && e.responseStatus.response !== 'declined')
    .map((e) => ({ e, start: Date.parse(`${e.start.dateTime}Z`), end: Date.parse(`${e.end.dateTime}Z`) }))
    .filter(({ start, end }) => end > now && start < now + 7 * DAY_MS)
    .sort((a, b) => a.start - b.start || a.end - b.end || a.e.subject.localeCompare(b.e.subject))
    .map(({ e, start, end }) => ({
      title: e.subject.trim(),
      time: squash((day.format(start) === day.format(end) ? sameDay : otherDay).formatRange(start, end)),
      ...(e.onlineMeeting?.joinUrl !== undefined && { joinUrl: e.onlineMeeting.joinUrl }),
    }));
}

async function shownMeetings(page: Page): Promise<Array<{ title: string; time: string }>> {
  return page.locator('[data-testid="meeting"]:not([data-all-day])').evaluateAll((cards) =>
    cards.map((card) => ({ title: card.querySelector('h3')?.textContent ?? '', time: card.querySelector('time')?.textContent ?? '' })),
  );
}

/** Opens the pane and signs in on the demo authority's account picker. */
async function signIn(page: Page, app: RunningApp, who: DemoUser): Promise<void> {
  await page.goto(`${app.url}/taskpane.html`);
  await page.getByRole('button', { name: who.name }).click();
  await page.waitForURL(`${app.url}/taskpane.html`);
}

const meetingsShown = (page: Page) => page.locator('[data-testid="meeting"]').first().waitFor();
const card = (page: Page, provider = 'outlook-calendar') => page.locator(`[data-testid="connect-card"][data-provider="${provider}"]`);

describe('task pane in Chromium', () => {
  let chrome: RunningBrowser;
  let app: RunningApp;
  if (!withChromiumAndApp((c, a) => ([chrome, app] = [c, a]))) return;

  async function paneContext(viewport = { width: 1200, height: 800 }): Promise<BrowserContext> {
    const context = await chrome.newContext({ timezoneId: TIME_ZONE, locale: LOCALE, viewport });
    // Meeting services are outside; answer for them so nothing leaves the machine.
    await context.route(/^https:\/\/(?!127\.0\.0\.1)[^/]+\//, (route) =>
      route.fulfill({ status: 200, contentType: 'text/html', body: '<!doctype html><title>external</title>' }),
    );
    return context;
  }

  it('lists the seeded meetings in order, in the user zone, and Join opens the Teams link', async () => {
    const jonas = user('Jonas');
    const context = await paneContext();
    const page = await context.newPage();
    await signIn(page, app, jonas);
    await meetingsShown(page);

    const at = app.clock();
    const expected = expectedMeetings(app.demo!.calendar.eventsFor(jonas.oid, at), at);
    expect(expected.length).toBeGreaterThan(5);
    const shown = (await shownMeetings(page)).map((m) => ({ title: m.title, time: squash(m.time) }));
    expect(shown).toEqual(expected.map(({ title, time }) => ({ title, time })));

    const teams = page.locator('[data-testid="meeting"]', { has: page.locator('[data-service-id="teams"]') }).filter({ has: page.locator('[data-join-state="open"]') }).first();
    const title = (await teams.locator('h3').textContent())!.trim();
    const joinUrl = expected.find((m) => m.title === title)?.joinUrl;
    expect(joinUrl).toMatch(/^https:\/\/teams\.microsoft\.com\/l\/meetup-join\//);
    const [opened] = await Promise.all([context.waitForEvent('page'), teams.getByTestId('join').click()]);
    await opened.waitForLoadState('domcontentloaded');
    expect(opened.url()).toBe(new URL(joinUrl!).href);
    await opened.close();

    // The join menu works from the keyboard: open, walk, close, focus back on its button.
    const more = teams.getByRole('button', { name: `More ways to join ${title}` });
    await more.focus();
    await page.keyboard.press('Enter');
    await page.getByRole('menu').waitFor();
    await expect(page.getByRole('menuitem', { name: 'Copy link' }).count()).resolves.toBe(1);
    await page.keyboard.press('Escape');
    await page.getByRole('menu').waitFor({ state: 'detached' });
    await expect(more.evaluate((el) => el === document.activeElement)).resolves.toBe(true);
    await context.close();
  });

  it('opens the join menu from the keyboard while its code is still loading, and keeps focus when it arrives', async () => {
    // A server of its own, so Jonas connects this device afresh; the menu's chunk waits at a gate.
    const own = await startApp({}, { webRoot: WEB_ROOT });
    const jonas = user('Jonas');
    const context = await paneContext();
    const held: Array<() => void> = [];
    let requested = 0;
    await context.route(/\/join-menu\.[0-9a-f]+\.js$/, async (route) => {
      requested++;
      await new Promise<void>((r) => held.push(r));
      await route.continue();
    });
    const release = async () => {
      while (held.length === 0) await new Promise((r) => setTimeout(r, 20));
      held.shift()!();
    };
    const page = await context.newPage();
    const focused = (locator: ReturnType<Page['locator']>) => locator.evaluate((el) => el === document.activeElement);
    try {
      await signIn(page, own, jonas);
      const running = page.locator('[data-testid="meeting"]', { has: page.locator('[data-join-state="open"]') }).first();
      const title = (await running.locator('h3').textContent())!.trim();
      const more = running.getByRole('button', { name: `More ways to join ${title}` });
      // The menu's code is fetched on intent (pointer, focus, click), not with the first paint.
      const menuLoaded = async () => requested;
      const requestedSoon = async () => {
        for (let i = 0; i < 100 && requested === 0; i++) await new Promise((r) => setTimeout(r, 20));
        return requested > 0;
      };
      await more.waitFor();
      await expect(menuLoaded()).resolves.toBe(0);

      // Enter on the stand-in: the menu opens once its code is there, with focus inside it.
      await more.focus();
      await expect(focused(more)).resolves.toBe(true);
      await page.keyboard.press('Enter');
      await release();
      await page.getByRole('menu').waitFor();
      await expect(page.getByRole('menuitem', { name: 'Copy link' }).count()).resolves.toBe(1);
      await expect(page.evaluate(() => document.activeElement?.getAttribute('role'))).resolves.toBe('menuitem');
      await page.keyboard.press('Escape');
      await page.getByRole('menu').waitFor({ state: 'detached' });
      await expect(focused(more)).resolves.toBe(true);

      // Only focused on the stand-in: the real trigger takes the focus over, closed, and opens on Enter.
      await page.reload();
      await more.waitFor();
      requested = 0;
      await more.focus();
      await release();
      // The real trigger replaces the stand-in (both are join-more) and keeps the focus it had.
      await expect(requestedSoon()).resolves.toBe(true);
      await page.waitForFunction(() => document.activeElement?.getAttribute('data-testid') === 'join-more' && !!document.activeElement.closest('[data-testid="meeting"]'), undefined, { timeout: 10_000 });
      await expect(focused(running.getByTestId('join-more'))).resolves.toBe(true);
      await expect(page.getByRole('menu').count()).resolves.toBe(0);
      await page.keyboard.press('Enter');
      await page.getByRole('menu').waitFor();
    } finally {
      await context.close();
      await own.stop();
    }
  });

  it('connects through the consent popup when consent is missing, then shows meetings', async () => {
    const priya = user('Priya');
    app.demo!.authority.setConsent(DEMO_TENANT_ID, priya.oid, false);
    const context = await paneContext({ width: 340, height: 800 });
    const page = await context.newPage();
    await signIn(page, app, priya);
    await card(page).waitFor();
    await expect(card(page).getAttribute('data-state')).resolves.toBe('consent_required');
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: join(tmpdir(), 'upnext-e2e-connect-card.png') });

    const [popup] = await Promise.all([context.waitForEvent('page'), card(page).getByRole('button', { name: 'Connect', exact: true }).click()]);
    await popup.getByRole('button', { name: priya.name }).waitFor();
    const consentUrl = popup.url();
    await popup.getByRole('button', { name: priya.name }).click();
    await popup.getByRole('button', { name: 'Accept' }).click();
    await popup.waitForEvent('close');
    await meetingsShown(page);
    expect((await shownMeetings(page)).length).toBeGreaterThan(3);

    // Office dialogs and Teams auth windows start at auth-start.html: the server's own consent URL
    // goes on to the authority; the same request for another client is refused there.
    const start = await context.newPage();
    await start.goto(`${app.url}/auth-start.html?host=office&url=${encodeURIComponent(consentUrl)}`);
    await start.getByRole('button', { name: priya.name }).waitFor();
    expect(start.url()).toBe(consentUrl);
    const foreign = new URL(consentUrl);
    foreign.searchParams.set('client_id', 'another-app');
    await start.goto(`${app.url}/auth-start.html?host=office&url=${encodeURIComponent(foreign.href)}`);
    await start.getByText('This sign-in link is not one Upnext opens.').waitFor();
    expect(new URL(start.url()).pathname).toBe('/auth-start.html');
    await start.close();

    // Opened on its own (an admin's link), auth-end says so and leaves no code in the address bar.
    const standalone = await context.newPage();
    await standalone.goto(`${app.url}/auth-end.html?code=not-a-real-code&state=s`);
    await standalone.getByText('You can close this window.').waitFor();
    expect(standalone.url()).toBe(`${app.url}/auth-end.html`);
    await context.close();
  });

  it('when the consent window says only an admin can approve, shows the admin steps and the admin-consent link', async () => {
    // A server of its own: this test changes the tenant's consent policy.
    const strict = await startApp({}, { webRoot: WEB_ROOT });
    const jonas = user('Jonas');
    strict.demo!.authority.setConsent(DEMO_TENANT_ID, jonas.oid, false);
    const context = await paneContext({ width: 340, height: 800 });
    const page = await context.newPage();
    try {
      await signIn(page, strict, jonas);
      await card(page).waitFor();
      await expect(card(page).getAttribute('data-state')).resolves.toBe('consent_required');
      // Like a tenant where user consent is turned off: the silent exchange says 65001, the window says 90094.
      strict.demo!.authority.requireAdminConsent(DEMO_TENANT_ID, true);
      const [popup] = await Promise.all([context.waitForEvent('page'), card(page).getByRole('button', { name: 'Connect', exact: true }).click()]);
      await popup.getByRole('button', { name: jonas.name }).click();
      await popup.getByRole('button', { name: /Return to the application/ }).click();
      await popup.waitForEvent('close');
      await page.locator('[data-state="admin_consent_required"]').waitFor();
      const link = await page.locator('[data-state="admin_consent_required"] a[href*="/adminconsent"]').getAttribute('href');
      expect(new URL(link!).pathname).toBe(`/demo/login/${DEMO_TENANT_ID}/v2.0/adminconsent`);
      expect(await axeViolations(page)).toEqual([]);
      await page.screenshot({ path: join(tmpdir(), 'upnext-e2e-admin-card.png') });
    } finally {
      await context.close();
      await strict.stop();
    }
  });

  it('after the device key is wiped, connects this device again silently (the organisation consented) with a new key', async () => {
    const dana = user('Dana');
    const context = await paneContext();
    const page = await context.newPage();
    await signIn(page, app, dana);
    await meetingsShown(page);
    const keyName = `upnext.userKey.v1.${DEMO_TENANT_ID}.${dana.oid}`;
    const before = await page.evaluate((name) => localStorage.getItem(name), keyName);
    expect(before).toMatch(/^[A-Za-z0-9_-]{43}$/);

    await page.evaluate((name) => localStorage.removeItem(name), keyName);
    await page.reload();
    await meetingsShown(page);
    const after = await page.evaluate((name) => localStorage.getItem(name), keyName);
    expect(after).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(after).not.toBe(before);
    await context.close();
  });

  it('connects Outlook and Google, lists both in one list, joins a Meet call from Google, and disconnects Google (revoked at Google)', async () => {
    const dana = user('Dana');
    const google = app.demo!.google!;
    const account = DEMO_GOOGLE_ACCOUNTS.find((a) => a.person.oid === dana.oid)!;
    const context = await paneContext({ width: 1200, height: 900 });
    const page = await context.newPage();
    await signIn(page, app, dana);
    // Another browser context is another device: Outlook connects it silently (earlier tests connected
    // Dana elsewhere); Google offers its card.
    await meetingsShown(page);
    const googleCard = card(page, 'google-calendar');
    await googleCard.waitFor();
    await expect(googleCard.getAttribute('data-state')).resolves.toBe('consent_required');

    const [popup] = await Promise.all([context.waitForEvent('page'), googleCard.getByRole('button', { name: 'Connect', exact: true }).click()]);
    expect(new URL(popup.url()).pathname).toBe('/demo/google/o/oauth2/v2/auth');
    await popup.getByRole('button', { name: new RegExp(account.email.replace(/\./g, '\\.')) }).click();
    await popup.getByRole('button', { name: 'Continue' }).click();
    await popup.waitForEvent('close');
    await googleCard.waitFor({ state: 'detached' });

    // One list: Google's meetings among Outlook's, in start order.
    // By its title: overlapping cards name it in their conflict note too.
    const meet = page.locator('[data-testid="meeting"]', { has: page.locator('h3', { hasText: 'Roadmap sync with Ana' }) });
    await meet.waitFor();
    const titles = await page.locator('[data-testid="meeting"]:not([data-all-day]) h3').allTextContents();
    expect(titles).toContain('Roadmap sync with Ana');
    expect(titles.some((t) => app.demo!.calendar.eventsFor(dana.oid, Date.now()).some((e) => e.subject.trim() === t.trim()))).toBe(true);

    const roadmap = google.calendar.events(account).find((s) => s.event.summary === 'Roadmap sync with Ana')!;
    await expect(meet.locator('[data-service-id="google-meet"]').count()).resolves.toBeGreaterThan(0);
    const [opened] = await Promise.all([context.waitForEvent('page'), meet.getByTestId('join').click()]);
    await opened.waitForLoadState('domcontentloaded');
    expect(opened.url()).toBe(roadmap.event.hangoutLink);
    await opened.close();
    expect(await axeViolations(page)).toEqual([]);

    const revocations = google.oauth.counts.revocations;
    await page.getByTestId('pane-menu').click();
    await page.getByRole('menuitem', { name: 'Disconnect Google Calendar' }).click();
    const dialog = page.getByRole('alertdialog', { name: 'Disconnect Google Calendar?' });
    await dialog.getByRole('radio', { name: /All your devices/ }).check();
    await dialog.getByRole('button', { name: 'Disconnect', exact: true }).click();
    await card(page, 'google-calendar').waitFor();
    expect(google.oauth.counts.revocations).toBe(revocations + 1);
    expect(google.oauth.liveGrants(account.sub)).toBe(0);
    // Outlook's meetings stay.
    await meetingsShown(page);
    await context.close();
  });

  it('looks right in a browser tab and in a 340 px task pane, and passes axe', async () => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    // Another browser context is another device: use a user this run has not connected yet.
    const jonas = user('Jonas');
    const context = await paneContext({ width: 1200, height: 800 });
    const page = await context.newPage();
    await signIn(page, app, jonas);
    // Maybe a second device for Jonas: it connects silently.
    await meetingsShown(page);
    for (const [name, viewport] of [
      ['screenshot-browser.png', { width: 1200, height: 800 }],
      ['screenshot-taskpane.png', { width: 340, height: 800 }],
    ] as const) {
      await page.setViewportSize(viewport);
      // Lazy menus have loaded (their buttons are enabled) before the picture and the audit.
      await page.locator('[data-testid="join-more"]').first().waitFor();
      await page.screenshot({ path: join(SCREENSHOTS, name) });
      expect(await axeViolations(page)).toEqual([]);
    }
    await context.close();
  });
});
