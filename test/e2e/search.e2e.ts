/**
 * Search in real Chromium against the real server, by keyboard only: Ctrl+Shift+E, type, Enter to
 * the first result, Enter joins it, and the join reaches the graph store.
 */
import type { Page } from 'playwright-core';
import type { SqliteStore } from '../../src/server/store/sqlite-store';
import { axeViolations, type RunningBrowser } from '../helpers/browser';
import type { RunningApp } from '../helpers/start-app';
import { demoUser, signedInBrowserPane, withChromiumAndApp } from './host-support';

jest.setTimeout(120_000);

describe('search in Chromium', () => {
  let chrome: RunningBrowser;
  let app: RunningApp;
  if (!withChromiumAndApp((c, a) => ([chrome, app] = [c, a]))) return;

  /** A new context is a new device: each test signs in a person of its own (a device key per connection). */
  const signedInPane = (who = 'Jonas'): Promise<Page> => signedInBrowserPane(chrome, app, who);

  it('types a query, sees results and chips, Enter on the first joins it, and the join is recorded', async () => {
    const jonas = demoUser('Jonas');
    const page = await signedInPane();
    await page.keyboard.press('Control+Shift+E');
    await expect(page.getByTestId('search').evaluate((el) => el === document.activeElement)).resolves.toBe(true);
    // An upcoming Teams meeting of the seeded calendar, whatever day it is.
    const events = app.demo!.calendar.eventsFor(jonas.oid, app.clock());
    const target = events.find(
      (e) => Date.parse(`${e.start.dateTime}Z`) > app.clock() + 3600_000 && !e.isCancelled && e.responseStatus.response !== 'declined' && e.onlineMeeting?.joinUrl && events.filter((o) => o.subject === e.subject).length === 1,
    )!;
    expect(target).toBeDefined();
    await page.keyboard.type(target.subject.split(/[:—(]/)[0]!.trim());
    const first = page.getByTestId('results').locator('[data-testid="meeting"]').first();
    await first.waitFor({ timeout: 8000 }).catch(async (e) => {
      throw new Error(`${target.subject}: ${await page.locator('main').innerText()} ${String(e)}`);
    });
    await expect(first.locator('h3').textContent()).resolves.toBe(target.subject);
    expect(await axeViolations(page)).toEqual([]);
    // Beyond WCAG's tags: the results' card titles (h3) sit under a heading of their own (h2).
    const headingOrder = await page.evaluate(async () => {
      const axe = (window as unknown as { axe: { run(ctx: unknown, opts: unknown): Promise<{ violations: Array<{ id: string }> }> } }).axe;
      return (await axe.run(document, { runOnly: { type: 'rule', values: ['heading-order'] } })).violations.map((v) => v.id);
    });
    expect(headingOrder).toEqual([]);

    await page.keyboard.press('Enter');
    await expect(first.getByTestId('join').evaluate((el) => el === document.activeElement)).resolves.toBe(true);
    const [opened] = await Promise.all([page.context().waitForEvent('page'), page.keyboard.press('Enter')]);
    await opened.waitForLoadState('domcontentloaded');
    expect(opened.url()).toMatch(/^https:\/\/teams\.microsoft\.com\//);
    await opened.close();

    const id = await first.getAttribute('data-meeting-id');
    const db = (app.store as SqliteStore).db;
    const joins = async () => {
      await app.activity.flush();
      return db.prepare("SELECT count FROM graph_edges WHERE oid = ? AND kind = 'joined' AND target = ?").pluck().get(jonas.oid, id);
    };
    for (let i = 0; i < 50 && (await joins()) === undefined; i++) await page.waitForTimeout(100);
    expect(await joins()).toBe(1);

    // Dates understood show as a chip that removes them; Escape clears back to the list.
    await page.getByTestId('search').fill('zoom tomorrow');
    await page.getByTestId('chip').first().waitFor();
    const chips = await page.getByTestId('chip').allTextContents();
    expect(chips.some((c) => c === 'Zoom' || c === 'zoom')).toBe(true);
    await page.getByTestId('search').focus();
    await page.keyboard.press('Escape');
    await expect(page.getByTestId('search').inputValue()).resolves.toBe('');
    await page.locator('[data-testid="meeting"]').first().waitFor();
    await page.context().close();
  });
  /** Screenshots of every state go to SEARCH_SCREENSHOTS (a directory) when it is set, for a person to look at. */
  const shot = async (page: Page, name: string) => {
    if (process.env.SEARCH_SCREENSHOTS) await page.screenshot({ path: `${process.env.SEARCH_SCREENSHOTS}/search-${name}.png`, fullPage: true });
  };

  it('shows every state: a calendar that could not be searched (by name, Retry) above the others, all failed, and empty with examples', async () => {
    const page = await signedInPane('Priya');
    // The real answer, with Google's part turned into a failure the first time: what the server says when Google is down.
    let googleDown = true;
    await page.route(/\/api\/search\?/, async (route) => {
      const res = await route.fetch();
      const body = (await res.json()) as { providers: Array<{ id: string; status: string }> };
      if (googleDown) body.providers = [{ id: 'outlook-calendar', status: 'ok' }, { id: 'google-calendar', status: 'error' }];
      await route.fulfill({ response: res, json: body });
    });
    await page.getByTestId('search').fill('standup');
    const partial = page.getByTestId('partial');
    await partial.waitFor();
    await expect(partial.innerText()).resolves.toContain('Google Calendar could not be searched. Results from your other calendars are shown.');
    await page.getByTestId('results').locator('[data-testid="meeting"]').first().waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await shot(page, 'partial');
    googleDown = false;
    await page.getByRole('button', { name: 'Retry' }).click();
    await partial.waitFor({ state: 'detached' });
    await page.unroute(/\/api\/search\?/);

    // Outlook, the only calendar connected, failing: said by name, Retry, and no "no meetings match".
    app.demo!.calendar.failNext(503, 60, 10);
    await page.getByTestId('search').fill('sprint review');
    await partial.waitFor();
    await expect(partial.innerText()).resolves.toContain('Outlook Calendar could not be searched.');
    await expect(page.getByTestId('no-results').count()).resolves.toBe(0);
    await shot(page, 'failed');
    while (app.demo!.calendar.takeFailure()) {
      // drain what the retries left
    }

    await page.getByTestId('search').fill('zeppelin');
    const empty = page.getByTestId('no-results');
    await empty.waitFor();
    await expect(empty.innerText()).resolves.toContain('No meetings match “zeppelin”.');
    await expect(empty.locator('li').allTextContents()).resolves.toEqual(['standup tomorrow', 'with Dana next week', 'zoom friday', '1:1 yesterday']);
    expect(await axeViolations(page)).toEqual([]);
    await shot(page, 'empty');

    await page.getByTestId('search').fill('1:1 yesterday');
    await page.getByTestId('results').locator('[data-testid="meeting"]').first().waitFor();
    await expect(page.getByTestId('results').locator('h3').allTextContents()).resolves.toEqual(['1:1 with Priya']);
    await shot(page, 'past');
    await page.context().close();
  });
});
