/**
 * Skip rules in real Chromium at 340 px: hide one daily standup (a Join meeting, so a confirm
 * first, accessible in light), it stays hidden across a reload, Undo in settings brings it back.
 */
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { axeViolations, type RunningBrowser } from '../helpers/browser';
import type { RunningApp } from '../helpers/start-app';
import { demoUser, hostContext, withChromiumAndApp } from './host-support';

jest.setTimeout(120_000);

describe('skip rules in Chromium', () => {
  let chrome: RunningBrowser;
  let app: RunningApp;
  if (!withChromiumAndApp((c, a) => ([chrome, app] = [c, a]))) return;

  it('hides a Join meeting after a yes, keeps it hidden after a reload, and Undo in settings brings it back', async () => {
    const jonas = demoUser('Jonas');
    const context = await hostContext(chrome, { width: 340, height: 800 });
    const page = await context.newPage();
    await page.clock.install({ time: app.clock() });
    const standups = page.locator('[data-testid="meeting"]', { hasText: 'Daily standup' });
    try {
      await page.goto(`${app.url}/taskpane.html`);
      await page.getByRole('button', { name: jonas.name }).click();
      await page.waitForURL(`${app.url}/taskpane.html`);
      await standups.first().waitFor();
      expect(await standups.count()).toBeGreaterThanOrEqual(2);

      const count = await standups.count();
      const id = await standups.first().getAttribute('data-meeting-id');
      const gone = page.locator(`[data-testid="meeting"][data-meeting-id="${id}"]`);
      await standups.first().getByTestId('join-more').click();
      await page.getByTestId('hide-once').click();
      const confirm = page.getByTestId('hide-confirm');
      await confirm.waitFor();
      expect(await axeViolations(page)).toEqual([]);
      await page.screenshot({ path: join(tmpdir(), 'upnext-skip-confirm.png') });
      await confirm.getByRole('button', { name: 'Hide' }).click();
      await confirm.waitFor({ state: 'detached' });
      await gone.waitFor({ state: 'detached' });
      await expect(standups.count()).resolves.toBe(count - 1);

      await page.reload();
      await page.locator('[data-testid="meeting"]').first().waitFor();
      await expect(gone.count()).resolves.toBe(0);

      await page.getByTestId('pane-menu').click();
      await page.getByRole('menuitem', { name: 'Settings' }).click();
      const hidden = page.getByTestId('settings-hidden');
      await hidden.getByRole('button', { name: /^Show .+ again$/ }).click();
      await hidden.getByText('Nothing is hidden.').waitFor();
      await page.getByTestId('settings-dialog').getByRole('button', { name: 'Close' }).click();
      await gone.waitFor();
    } finally {
      await context.close();
    }
  });
});
