/**
 * The admin console in real Chromium against the real server: an admin enables Outlook Calendar
 * for one audience; a member of it sees meetings in the pane, someone else is told it is not
 * enabled for them; a non-admin opening the console is told they need the role; axe-clean in
 * light, dark and high contrast.
 */
import { mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import type { DemoUser } from '../../src/demo';
import { axeViolations, type RunningBrowser } from '../helpers/browser';
import type { RunningApp } from '../helpers/start-app';
import { demoUser, withChromiumAndApp } from './host-support';

jest.setTimeout(120_000);

const SCREENSHOTS = process.env.E2E_SCREENSHOTS === '1' ? join(__dirname, '../../docs') : join(tmpdir(), 'upnext-e2e-screens');

describe('admin console in Chromium', () => {
  let chrome: RunningBrowser;
  let app: RunningApp;
  if (!withChromiumAndApp((c, a) => ([chrome, app] = [c, a]))) return;

  async function context(options: BrowserContextOptions = {}): Promise<BrowserContext> {
    const ctx = await chrome.newContext({ timezoneId: 'Europe/Berlin', locale: 'en-US', viewport: { width: 1200, height: 860 }, reducedMotion: 'reduce', ...options });
    await ctx.route(/^https:\/\/(?!127\.0\.0\.1)[^/]+\//, (route) => route.fulfill({ status: 200, contentType: 'text/html', body: '<!doctype html><title>external</title>' }));
    return ctx;
  }

  /** Opens `page` (taskpane.html or console.html) and signs in on the demo authority's account picker. */
  async function signIn(page: Page, path: string, who: DemoUser): Promise<void> {
    await page.goto(`${app.url}/${path}`);
    await page.getByRole('button', { name: who.name }).click();
    await page.waitForURL(`${app.url}/${path}`);
  }

  const meetingShown = (page: Page) => page.locator('[data-testid="meeting"]').first().waitFor();

  it('an admin enables Outlook Calendar for one audience: its member sees meetings, another person is told to ask the admin', async () => {
    const [dana, jonas, priya] = [demoUser('Dana'), demoUser('Jonas'), demoUser('Priya')];
    // Jonas has used Upnext before, so the people picker knows him.
    const jonasCtx = await context();
    const pane = await jonasCtx.newPage();
    await signIn(pane, 'taskpane.html', jonas);
    await meetingShown(pane);

    const adminCtx = await context();
    const console_ = await adminCtx.newPage();
    await signIn(console_, 'console.html', dana);
    await console_.getByRole('heading', { name: 'Upnext admin console' }).waitFor();

    // Off first, so enabling it for the audience is the change people see.
    const toggle = console_.getByRole('switch', { name: 'Enable Outlook Calendar' });
    await toggle.click();
    await console_.getByText('Outlook Calendar is disabled for your organization.').waitFor();

    await console_.getByRole('button', { name: 'Audiences' }).click();
    await console_.getByRole('button', { name: 'New audience' }).click();
    const dialog = console_.getByRole('dialog');
    await dialog.getByLabel('Name').fill('Pilot group');
    await dialog.getByRole('combobox').pressSequentially('jonas');
    await console_.getByRole('option', { name: /Jonas Becker/ }).click();
    await dialog.getByRole('button', { name: 'Remove Jonas Becker' }).waitFor();
    await dialog.getByRole('button', { name: 'Save' }).click();
    await console_.getByRole('table').getByText('Pilot group', { exact: true }).waitFor();

    await console_.getByRole('button', { name: 'Integrations' }).click();
    await console_.getByTestId('integration-outlook-calendar').getByRole('button', { name: 'Manage access' }).click();
    const access = console_.getByRole('dialog');
    await access.getByRole('radio', { name: 'Specific recipients' }).check();
    await access.getByRole('checkbox', { name: /Pilot group/ }).check();
    await access.getByRole('button', { name: 'Save' }).click();
    await console_.getByText('Access to Outlook Calendar is saved: Specific recipients: 1 audience.').waitFor();
    await console_.getByRole('switch', { name: 'Enable Outlook Calendar' }).click();
    await console_.getByText('Outlook Calendar is enabled for your organization.').waitFor();

    await pane.reload();
    await meetingShown(pane);

    const priyaCtx = await context();
    const priyaPane = await priyaCtx.newPage();
    await signIn(priyaPane, 'taskpane.html', priya);
    const card = priyaPane.locator('[data-testid="connect-card"][data-provider="outlook-calendar"]');
    await card.waitFor();
    expect(await card.getAttribute('data-state')).toBe('not_enabled');
    expect(await card.textContent()).toContain('not enabled for you — ask your admin');

    await console_.getByRole('button', { name: 'Audit log' }).click();
    await console_.getByTestId('audit-chain').waitFor();
    expect(await console_.getByTestId('audit-chain').textContent()).toMatch(/^Chain verified \(\d+\)$/);
    for (const text of ['Disabled integration', 'Created audience', 'Changed access', 'Enabled integration']) {
      await console_.getByRole('table').getByText(text, { exact: true }).first().waitFor();
    }
    // Before → after in words, audiences and people by name.
    const summaries = await console_.locator('[data-testid="audit-summary"] li').allTextContents();
    expect(summaries).toEqual(expect.arrayContaining(['Enabled: off → on', 'Enabled: on → off', 'Access: Everyone → Specific recipients (Pilot group)', 'Name: Pilot group', 'Members: +Jonas Becker']));
    expect(summaries.join(' ')).not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}-/);
    mkdirSync(SCREENSHOTS, { recursive: true });
    await console_.screenshot({ path: join(SCREENSHOTS, 'console-audit-1200.png'), fullPage: true });

    // A Teams tab: 340 px wide, the log a list of stacked entries, every one readable.
    await console_.setViewportSize({ width: 340, height: 800 });
    await console_.getByTestId('audit-entry').first().locator('summary').click();
    await console_.mouse.move(1, 1);
    const narrow = await console_.evaluate(() => {
      const width = document.documentElement.clientWidth;
      const section = document.querySelector('section[aria-labelledby="audit-title"]')!;
      const all = [...section.querySelectorAll('*')];
      // Boxes past the viewport's edges, and text spilling out of a box that does not scroll.
      const wider = all
        .filter((el) => el.getBoundingClientRect().right > width + 0.5 || el.getBoundingClientRect().left < -0.5 || (el.scrollWidth > el.clientWidth + 1 && getComputedStyle(el).overflowX === 'visible'))
        .map((el) => `${el.tagName} ${(el.textContent ?? '').slice(0, 40)}`);
      // A word broken across lines (per letter, as the raw JSON was): one word drawn as more than one box.
      const perLetter: string[] = [];
      const walker = document.createTreeWalker(section, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const text = node.textContent ?? '';
        for (const match of text.matchAll(/[^\s-]{4,}/g)) {
          const range = document.createRange();
          range.setStart(node, match.index);
          range.setEnd(node, match.index + match[0].length);
          const lines = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)));
          if (lines.size > 1) perLetter.push(match[0]);
        }
      }
      return { pageScroll: document.documentElement.scrollWidth > width, wider, perLetter };
    });
    expect(narrow).toEqual({ pageScroll: false, wider: [], perLetter: [] });
    expect(await axeViolations(console_)).toEqual([]);
    await console_.screenshot({ path: join(SCREENSHOTS, 'console-audit-340.png'), fullPage: true });
    await console_.setViewportSize({ width: 1200, height: 860 });
    await console_.getByRole('button', { name: 'Integrations' }).click();
    await console_.getByTestId('consent-outlook-calendar').waitFor();
    mkdirSync(SCREENSHOTS, { recursive: true });
    await console_.mouse.move(1, 1);
    await console_.waitForTimeout(400); // hover and press transitions settle before the picture
    await console_.screenshot({ path: join(SCREENSHOTS, 'screenshot-console.png'), fullPage: true });
    for (const ctx of [jonasCtx, adminCtx, priyaCtx]) await ctx.close();
  });

  it.each([
    ['light', {}],
    ['dark', { colorScheme: 'dark' as const }],
    ['high contrast', { forcedColors: 'active' as const }],
  ])('passes axe in %s on every page, a dialog open included', async (_name, options) => {
    const ctx = await context(options);
    const page = await ctx.newPage();
    await signIn(page, 'console.html', demoUser('Dana'));
    await page.getByTestId('integration-outlook-calendar').waitFor();
    await page.getByTestId('consent-outlook-calendar').waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.getByTestId('integration-outlook-calendar').getByRole('button', { name: 'Manage access' }).click();
    await page.getByRole('dialog').getByRole('radio', { name: 'Specific recipients' }).check();
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('dialog').getByRole('button', { name: 'Cancel' }).click();
    await page.getByRole('button', { name: 'Audiences' }).click();
    await page.getByRole('button', { name: 'New audience' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Audit log' }).click();
    await page.getByTestId('audit-chain').waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await ctx.close();
  });

  it.each([
    ['de-DE', 'Upnext-Adminkonsole', 'Administratorzustimmung erteilen', 'ltr'],
    ['ar-EG', 'وحدة تحكم مسؤول Upnext', 'منح موافقة المسؤول', 'rtl'],
  ])('speaks the browser language %s at 1200 px, light and dark, axe-clean', async (locale, title, grant, dir) => {
    const ctx = await context({ locale });
    const page = await ctx.newPage();
    await signIn(page, 'console.html', demoUser('Dana'));
    await page.getByRole('heading', { name: title }).waitFor();
    await page.getByTestId('consent-outlook-calendar').getByRole('button', { name: grant }).waitFor();
    expect(await page.evaluate(() => [document.documentElement.lang, document.documentElement.dir, document.title])).toEqual([locale.slice(0, 2), dir, title]);
    mkdirSync(SCREENSHOTS, { recursive: true });
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      await page.locator(`[data-theme="${colorScheme}"]`).first().waitFor();
      await page.mouse.move(1, 1);
      expect(await axeViolations(page)).toEqual([]);
      await page.screenshot({ path: join(SCREENSHOTS, `console-${locale}-${colorScheme}.png`), fullPage: true });
    }
    await ctx.close();
  });

  it('a non-admin who opens the console is told they need the Upnext.Admin role', async () => {
    const ctx = await context();
    const page = await ctx.newPage();
    await signIn(page, 'console.html', demoUser('Priya'));
    await page.getByRole('heading', { name: 'You need the Upnext.Admin role' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await ctx.close();
  });
});
