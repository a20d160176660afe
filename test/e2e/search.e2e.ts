/**
 * Search in real Chromium against the real server, by keyboard only: Ctrl+Shift+E, type, Enter to
 * the first result, Enter joins it, and the join reaches the graph store.
 */
import type { Page } from 'playwright-core';
import type { SqliteStore } from '../../src/server/store/sqlite-store';
import { axeViolations, type RunningBrowser } from '../helpers/browser';
import type { RunningApp } from '../helpers/start-app';
import { demoUser, withChromiumAndApp } from './host-support';

jest.setTimeout(120_000);

describe('search in Chromium', () => {
  let chrome: RunningBrowser;
  let app: RunningApp;
  if (!withChromiumAndApp((c, a) => ([chrome, app] = [c, a]))) return;

  async function signedInPane(): Promise<Page> {
    const context = await chrome.newContext({ timezoneId: 'Europe/Berlin', locale: 'en-US', viewport: { width: 400, height: 900 } });
    await context.route(/^https:\/\/(?!127\.0\.0\.1)[^/]+\//, (route) => route.fulfill({ status: 200, contentType: 'text/html', body: '<!doctype html><title>external</title>' }));
    const page = await context.newPage();
    await page.goto(`${app.url}/taskpane.html`);
    await page.getByRole('button', { name: demoUser('Jonas').name }).click();
    await page.waitForURL(`${app.url}/taskpane.html`);
    await page.locator('[data-testid="meeting"]').first().waitFor();
    return page;
  }

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
});
