/**
 * The settings panel in real Chromium at 340 px: opened from the pane menu, accessible in light
 * and dark, a choice applies at once and survives a reload, and another person signing in on the
 * same browser does not get it.
 */
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { axeViolations, type RunningBrowser } from '../helpers/browser';
import type { RunningApp } from '../helpers/start-app';
import { demoUser, hostContext, signedInBrowserPane, withChromiumAndApp } from './host-support';

jest.setTimeout(120_000);

describe('settings in Chromium', () => {
  let chrome: RunningBrowser;
  let app: RunningApp;
  if (!withChromiumAndApp((c, a) => ([chrome, app] = [c, a]))) return;

  it('keeps a person’s choices on the device, for that person only', async () => {
    const jonas = demoUser('Jonas');
    const sam = demoUser('Sam');
    const context = await hostContext(chrome, { width: 340, height: 800 });
    const page = await context.newPage();
    await page.clock.install({ time: app.clock() });
    try {
      await page.goto(`${app.url}/taskpane.html`);
      await page.getByRole('button', { name: jonas.name }).click();
      await page.waitForURL(`${app.url}/taskpane.html`);
      await page.locator('[data-testid="meeting"]').first().waitFor();

      await page.getByTestId('pane-menu').click();
      await page.getByRole('menuitem', { name: 'Settings' }).click();
      const dialog = page.getByTestId('settings-dialog');
      await dialog.waitFor();
      expect(await axeViolations(page)).toEqual([]);
      await page.screenshot({ path: join(tmpdir(), 'upnext-settings-light.png') });
      await page.emulateMedia({ colorScheme: 'dark' });
      expect(await axeViolations(page)).toEqual([]);
      await page.screenshot({ path: join(tmpdir(), 'upnext-settings-dark.png') });
      await page.emulateMedia({ colorScheme: 'light' });

      await dialog.getByLabel('Remind me').selectOption('10');
      await dialog.getByLabel('Language').selectOption('de');
      // German at once, the page's language with it.
      await dialog.getByRole('heading', { name: 'Einstellungen' }).waitFor();
      await expect(page.evaluate(() => document.documentElement.lang)).resolves.toMatch(/^de/);
      await dialog.getByRole('button', { name: 'Schließen' }).click();
      await dialog.waitFor({ state: 'detached' });

      // A reload: still German from the first render, still ten minutes.
      await page.reload();
      await page.locator('[data-testid="meeting"]').first().waitFor();
      await expect(page.evaluate(() => document.documentElement.lang)).resolves.toMatch(/^de/);
      await page.getByTestId('pane-menu').click();
      await page.getByRole('menuitem', { name: 'Einstellungen' }).click();
      await expect(dialog.getByLabel('Erinnern').inputValue()).resolves.toBe('10');
      await dialog.getByRole('button', { name: 'Schließen' }).click();
      await dialog.waitFor({ state: 'detached' });

      // Jonas signs out; Sam signs in on the same browser and sees the defaults.
      await page.getByTestId('pane-menu').click();
      await page.getByRole('menuitem', { name: 'Abmelden' }).click();
      await page.getByRole('button', { name: sam.name }).click();
      await page.waitForURL(`${app.url}/taskpane.html`);
      await page.locator('[data-testid="meeting"]').first().waitFor();
      await expect(page.evaluate(() => document.documentElement.lang)).resolves.toMatch(/^en/);
      await page.getByTestId('pane-menu').click();
      await page.getByRole('menuitem', { name: 'Settings' }).click();
      await expect(dialog.getByLabel('Remind me').inputValue()).resolves.toBe('2');
      await expect(dialog.getByLabel('Language').inputValue()).resolves.toBe('');
    } finally {
      await context.close();
    }
  });

  it('shows a second time zone on the cards and names the list’s zone, also right to left', async () => {
    const dana = demoUser('Dana');
    const context = await hostContext(chrome, { width: 340, height: 800 });
    const page = await context.newPage();
    await page.clock.install({ time: app.clock() });
    try {
      await page.goto(`${app.url}/taskpane.html`);
      await page.getByRole('button', { name: dana.name }).click();
      await page.waitForURL(`${app.url}/taskpane.html`);
      await page.locator('[data-testid="meeting"]').first().waitFor();
      await page.getByTestId('pane-menu').click();
      await page.getByRole('menuitem', { name: 'Settings' }).click();
      const dialog = page.getByTestId('settings-dialog');
      await dialog.getByLabel('Second time zone').selectOption('Asia/Tokyo');
      await dialog.getByRole('button', { name: 'Close' }).click();
      await dialog.waitFor({ state: 'detached' });
      // Fluent lifts the modal's aria-hidden from the rest of the page a moment after the dialog goes.
      await page.waitForFunction(() => !document.getElementById('root')?.hasAttribute('aria-hidden'));

      // The browser context is in Berlin, Dana's Outlook mailbox in Los Angeles: "Times in" once, both said.
      await expect(page.getByTestId('zone-note').textContent()).resolves.toMatch(/^Times in Berlin \((GMT\+[12]|CES?T)\) · your Outlook Calendar is in Los Angeles time$/);
      await expect(page.getByTestId('second-zone').first().textContent()).resolves.toMatch(/Tokyo$/);
      expect(await axeViolations(page)).toEqual([]);
      await page.screenshot({ path: join(tmpdir(), 'upnext-second-zone.png') });

      await page.getByTestId('pane-menu').click();
      await page.getByRole('menuitem', { name: 'Settings' }).click();
      await dialog.getByLabel('Language').selectOption('ar');
      await dialog.getByRole('heading', { name: 'الإعدادات' }).waitFor();
      await expect(dialog.getAttribute('dir')).resolves.toBe('rtl');
      expect(await axeViolations(page)).toEqual([]);
      await page.screenshot({ path: join(tmpdir(), 'upnext-settings-ar.png') });
    } finally {
      await context.close();
    }
  });

  it.each([
    ['en-US', /^Times in Tokyo \(GMT\+9\) · your Outlook Calendar is in Los Angeles time$/],
    ['ja-JP', /^Tokyo の時刻 \(JST\)・Outlook Calendar は Los Angeles 時間に設定されています$/],
  ])('a device in Tokyo names its zone beside the Los Angeles mailbox’s (%s), and says nothing in Los Angeles', async (locale, note) => {
    for (const timezoneId of ['Asia/Tokyo', 'America/Los_Angeles']) {
      const page = await signedInBrowserPane(chrome, app, 'Dana', { locale, timezoneId, viewport: { width: 340, height: 800 }, clock: app.clock() });
      try {
        if (timezoneId === 'America/Los_Angeles') {
          // The zone arrives with /api/me; a reload has it from the first answer. Same zone: no note.
          await page.reload();
          await page.locator('[data-testid="meeting"]').first().waitFor();
          await expect(page.getByTestId('zone-note').count()).resolves.toBe(0);
          continue;
        }
        await expect(page.getByTestId('zone-note').textContent()).resolves.toMatch(note);
        for (const scheme of ['light', 'dark'] as const) {
          await page.emulateMedia({ colorScheme: scheme });
          expect(await axeViolations(page)).toEqual([]);
          await page.screenshot({ path: join(tmpdir(), `upnext-calendar-zone-${locale}-${scheme}.png`) });
        }
      } finally {
        await page.context().close();
      }
    }
  });
});
