/**
 * The pane by keyboard alone in real Chromium: skip link, the list as one Tab stop walked with
 * arrows, J joins the next meeting (recorded by the server), ? lists the shortcuts, / goes to
 * search; axe stays clean with the dialog open, light and dark.
 */
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { axeViolations, type RunningBrowser } from '../helpers/browser';
import type { RunningApp } from '../helpers/start-app';
import { demoUser, hostContext, withChromiumAndApp } from './host-support';

jest.setTimeout(120_000);

const active = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    const card = el?.closest('[data-testid="meeting"]');
    return { testid: el?.getAttribute('data-testid') ?? '', text: el?.textContent?.trim() ?? '', card: card?.getAttribute('data-meeting-id') ?? '', isCard: el === card };
  });

describe('the pane by keyboard', () => {
  let chrome: RunningBrowser;
  let app: RunningApp;
  if (!withChromiumAndApp((c, a) => ([chrome, app] = [c, a]))) return;

  // One person per run: a second device of the same person would start at reconnecting.
  it.each([['light', 'Jonas'], ['dark', 'Dana']] as const)('walks the list and joins the next meeting without a mouse (%s)', async (scheme, who) => {
    const person = demoUser(who);
    const context = await hostContext(chrome, { width: 340, height: 700 });
    const page = await context.newPage();
    await page.emulateMedia({ colorScheme: scheme });
    try {
      await page.goto(`${app.url}/taskpane.html`);
      await page.getByRole('button', { name: person.name }).focus();
      await page.keyboard.press('Enter');
      await page.waitForURL(`${app.url}/taskpane.html`);
      await page.locator('[data-testid="meeting"]').first().waitFor();
      const ids = await page.locator('[data-testid="meeting"]').evaluateAll((cards) => cards.map((c) => c.getAttribute('data-meeting-id')!));
      expect(ids.length).toBeGreaterThan(5);

      // The first Tab is the skip link; Enter lands on the first meeting.
      await page.locator('body').focus();
      await page.keyboard.press('Tab');
      await expect(active(page)).resolves.toMatchObject({ text: 'Skip to next meeting' });
      await page.screenshot({ path: join(tmpdir(), `upnext-keys-skip-${scheme}.png`) });
      await page.keyboard.press('Enter');
      const first = await active(page);
      expect(first.isCard).toBe(true);

      // The list is one Tab stop: a few Tabs (the card's own buttons) leave it, whatever its length.
      let tabs = 0;
      while ((await active(page)).card && tabs < 10) {
        await page.keyboard.press('Tab');
        tabs++;
      }
      expect(tabs).toBeLessThanOrEqual(4);
      await page.keyboard.press('Shift+Tab');
      for (let i = 0; i < 5 && !(await active(page)).isCard; i++) await page.keyboard.press('Shift+Tab');
      await expect(active(page)).resolves.toMatchObject({ card: first.card, isCard: true });

      // Arrows, End, Home.
      await page.keyboard.press('ArrowDown');
      await expect(active(page)).resolves.toMatchObject({ card: ids[ids.indexOf(first.card) + 1], isCard: true });
      await page.keyboard.press('End');
      await expect(active(page)).resolves.toMatchObject({ card: ids[ids.length - 1], isCard: true });
      await page.screenshot({ path: join(tmpdir(), `upnext-keys-end-${scheme}.png`) });
      // The header stayed in view while the list scrolled under it.
      const header = await page.getByTestId('search').boundingBox();
      expect(header!.y).toBeGreaterThanOrEqual(0);
      expect(header!.y).toBeLessThan(120);
      await page.keyboard.press('Home');
      await expect(active(page)).resolves.toMatchObject({ card: ids[0], isCard: true });

      // ? lists the shortcuts; axe is clean with it open; Escape closes it.
      await page.keyboard.press('Shift+Slash');
      await page.getByTestId('shortcuts-dialog').waitFor();
      // Past the opening animation, so axe and the screenshot see the settled colours.
      await page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== 'running'));
      await page.screenshot({ path: join(tmpdir(), `upnext-keys-dialog-${scheme}.png`) });
      expect(await axeViolations(page)).toEqual([]);
      await page.keyboard.press('Escape');
      await page.getByTestId('shortcuts-dialog').waitFor({ state: 'detached' });
      // Focus is back on the card that had it, not on the page body; axe is clean after the close.
      await page.waitForFunction(() => document.activeElement !== document.body, undefined, { timeout: 5_000 }).catch(() => undefined);
      await expect(active(page)).resolves.toMatchObject({ card: ids[0], isCard: true });
      expect(await axeViolations(page)).toEqual([]);

      // Settings opened from the pane menu: closing it puts focus on the menu button (its item is gone).
      await page.getByTestId('pane-menu').click();
      await page.getByTestId('open-settings').click();
      await page.getByTestId('settings-dialog').waitFor();
      await page.keyboard.press('Escape');
      await page.getByTestId('settings-dialog').waitFor({ state: 'detached' });
      await page.waitForFunction(() => document.activeElement !== document.body, undefined, { timeout: 5_000 }).catch(() => undefined);
      await expect(active(page)).resolves.toMatchObject({ testid: 'pane-menu' });
      await page.locator('[data-testid="meeting"]').first().focus();

      // J joins the next meeting: a new tab with its link, and the join recorded by the server.
      const [joined, opened] = await Promise.all([
        page.waitForRequest((r) => r.method() === 'POST' && /\/api\/meetings\/[^/]+\/joined$/.test(r.url())),
        context.waitForEvent('page'),
        page.keyboard.press('j'),
      ]);
      expect((await joined.response())?.status()).toBe(204);
      const id = decodeURIComponent(new URL(joined.url()).pathname.split('/')[3]!);
      expect(ids).toContain(id);
      await opened.waitForLoadState('domcontentloaded');
      expect(opened.url()).toMatch(/^https:\/\//);
      await opened.close();
      await expect(page.getByTestId('status').textContent()).resolves.toMatch(/^Joining /);

      // / goes to search, and typing there is typing: J does not join again.
      await page.bringToFront();
      await page.keyboard.press('Slash');
      await expect(active(page)).resolves.toMatchObject({ testid: 'search' });
      await page.keyboard.type('j');
      await expect(page.getByTestId('search').inputValue()).resolves.toBe('j');
    } finally {
      await context.close();
    }
  });
});
