/**
 * Reminders on Playwright's clock in real Chromium: the card shows two minutes before the next
 * meeting, Snooze hides it for five minutes, it comes back, Join from it ends it for good.
 */
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { axeViolations, type RunningBrowser } from '../helpers/browser';
import type { RunningApp } from '../helpers/start-app';
import { demoUser, hostContext, withChromiumAndApp } from './host-support';

jest.setTimeout(120_000);

const MIN = 60_000;

describe('reminders in Chromium', () => {
  let chrome: RunningBrowser;
  let app: RunningApp;
  if (!withChromiumAndApp((c, a) => ([chrome, app] = [c, a]))) return;

  it('fires two minutes before, snoozes for five, fires again, and stops once joined', async () => {
    const jonas = demoUser('Jonas');
    const start = app.clock();
    const events = app.demo!.calendar.eventsFor(jonas.oid, start);
    const timed = events.filter((e) => !e.isAllDay && !e.isCancelled && e.responseStatus.response !== 'declined');
    // The first meeting whose reminder is still ahead, named once in the calendar (found by its title).
    const next = timed
      .map((e) => ({ e, at: Date.parse(`${e.start.dateTime}Z`) }))
      .filter(({ e, at }) => at - 2 * MIN > start + MIN && e.onlineMeeting?.joinUrl && timed.filter((o) => o.subject === e.subject).length === 1)
      .sort((a, b) => a.at - b.at)[0]!;
    const title = next.e.subject.trim();

    const context = await hostContext(chrome, { width: 340, height: 800 });
    const page = await context.newPage();
    await page.clock.install({ time: start });
    try {
      await page.goto(`${app.url}/taskpane.html`);
      await page.getByRole('button', { name: jonas.name }).click();
      await page.waitForURL(`${app.url}/taskpane.html`);
      await page.locator('[data-testid="meeting"]').first().waitFor();
      const reminder = page.locator('[data-testid="reminder"]', { has: page.getByRole('heading', { name: title, exact: true }) });
      await expect(reminder.count()).resolves.toBe(0);

      // Two minutes before: the card, announced.
      const toReminder = next.at - 2 * MIN - (await page.evaluate(() => Date.now()));
      await page.clock.fastForward(toReminder - 5_000);
      await expect(reminder.count()).resolves.toBe(0);
      await page.clock.fastForward(6_000);
      await reminder.waitFor();
      await expect(reminder.textContent()).resolves.toContain('Starts in 2 minutes');
      await expect(page.getByTestId('status').textContent()).resolves.toContain(`Reminder: ${title}`);
      await page.screenshot({ path: join(tmpdir(), 'upnext-reminder-light.png') });
      expect(await axeViolations(page)).toEqual([]);
      await page.emulateMedia({ colorScheme: 'dark' });
      await page.screenshot({ path: join(tmpdir(), 'upnext-reminder-dark.png') });
      expect(await axeViolations(page)).toEqual([]);
      await page.emulateMedia({ colorScheme: 'light' });

      // Snooze: gone, and back five minutes later (the meeting started meanwhile).
      await reminder.getByTestId('reminder-snooze').click();
      await reminder.waitFor({ state: 'detached' });
      await page.clock.fastForward(4 * MIN);
      await expect(reminder.count()).resolves.toBe(0);
      await page.clock.fastForward(MIN + 1_000);
      await reminder.waitFor();
      await expect(reminder.textContent()).resolves.toContain('Started 3 minutes ago');

      // Join from the card: the link opens, and no reminder comes back for it.
      const [opened] = await Promise.all([context.waitForEvent('page'), reminder.getByTestId('reminder-join').click()]);
      expect(opened.url()).toBe(new URL(next.e.onlineMeeting!.joinUrl).href);
      await opened.close();
      await reminder.waitFor({ state: 'detached' });
      await page.clock.fastForward(2 * MIN);
      await expect(reminder.count()).resolves.toBe(0);
    } finally {
      await context.close();
    }
  });
});
