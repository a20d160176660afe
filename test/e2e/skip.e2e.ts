/**
 * Skip rules in real Chromium at 340 px: hide the daily standup's whole series from a card with
 * Join (so a confirm first), every occurrence leaves the list and stays gone across a reload, and
 * Undo in settings (naming the standup) brings them back; axe is clean in light and dark with the
 * confirm open and with the settings' hidden list shown.
 *
 * Which cards the list holds depends on the run's instant (a Saturday has no standup today; at a
 * late hour today's is over), so the card is chosen by what it offers at that instant: a card whose
 * title is the standup's (not one that merely mentions it, as an overlap line does) and that has
 * Join. The demo seeds a standup on every working day of the coming seven, so one always does.
 */
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { axeViolations, type RunningBrowser } from '../helpers/browser';
import type { RunningApp } from '../helpers/start-app';
import { demoUser, hostContext, withChromiumAndApp } from './host-support';

jest.setTimeout(120_000);

const STANDUP = 'Daily standup';

/** The cards titled `title` (a card's heading), not those that only mention it. */
function cardsTitled(page: Page, title: string): Locator {
  return page.locator('[data-testid="meeting"]').filter({ has: page.getByRole('heading', { name: title, exact: true }) });
}

async function axeInBothThemes(page: Page, shot: string): Promise<void> {
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    expect({ colorScheme, violations: await axeViolations(page) }).toEqual({ colorScheme, violations: [] });
    await page.screenshot({ path: join(tmpdir(), `upnext-skip-${shot}-${colorScheme}.png`) });
  }
  await page.emulateMedia({ colorScheme: 'light' });
}

describe('skip rules in Chromium', () => {
  let chrome: RunningBrowser;
  let app: RunningApp;
  if (!withChromiumAndApp((c, a) => ([chrome, app] = [c, a]))) return;

  it('hides every standup after a yes, keeps them hidden after a reload, and Undo in settings names and brings them back', async () => {
    const jonas = demoUser('Jonas');
    const context = await hostContext(chrome, { width: 340, height: 800 });
    const page = await context.newPage();
    await page.clock.install({ time: app.clock() });
    const standups = cardsTitled(page, STANDUP);
    try {
      await page.goto(`${app.url}/taskpane.html`);
      await page.getByRole('button', { name: jonas.name }).click();
      await page.waitForURL(`${app.url}/taskpane.html`);
      await page.locator('[data-testid="meeting"]').first().waitFor();
      const before = await page.locator('[data-testid="meeting"]').count();
      const count = await standups.count();
      expect(count).toBeGreaterThanOrEqual(2);

      // The first standup that offers Join at this instant (its menu holds the skip items).
      const card = standups.filter({ has: page.getByTestId('join-more') }).first();
      await card.getByTestId('join-more').click();
      await page.getByTestId('hide-once').waitFor();
      await page.getByTestId('hide-series').click();
      const confirm = page.getByTestId('hide-confirm');
      await confirm.waitFor();
      await expect(confirm.textContent()).resolves.toContain(`Every “${STANDUP}” in this series has a Join link`);
      await axeInBothThemes(page, 'confirm');
      await confirm.getByRole('button', { name: 'Hide' }).click();
      await confirm.waitFor({ state: 'detached' });
      await standups.first().waitFor({ state: 'detached' });
      await expect(page.locator('[data-testid="meeting"]').count()).resolves.toBe(before - count);

      await page.reload();
      await page.locator('[data-testid="meeting"]').first().waitFor();
      await expect(standups.count()).resolves.toBe(0);

      await page.getByTestId('pane-menu').click();
      await page.getByRole('menuitem', { name: 'Settings' }).click();
      const hidden = page.getByTestId('settings-hidden');
      await hidden.getByTestId('hidden-entry').first().waitFor();
      await expect(hidden.getByTestId('hidden-entry').allTextContents()).resolves.toEqual([`${STANDUP} (every event in the series)Undo`]);
      await axeInBothThemes(page, 'settings');
      await hidden.getByRole('button', { name: `Undo hiding ${STANDUP}` }).click();
      await hidden.getByText('Nothing is hidden.').waitFor();
      await page.getByTestId('settings-dialog').getByRole('button', { name: 'Close' }).click();
      await standups.nth(count - 1).waitFor();
      await expect(standups.count()).resolves.toBe(count);
    } finally {
      await context.close();
    }
  });
});
