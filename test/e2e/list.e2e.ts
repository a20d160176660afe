/**
 * The meeting list in real Chromium: cards keep their columns at 340 and 320 px with and without
 * Join, declined and cancelled included; axe finds nothing in light, dark and forced colours,
 * with the declined and cancelled shown and with a join menu open.
 */
import type { Page } from 'playwright-core';
import { axeViolations, type RunningBrowser } from '../helpers/browser';
import type { RunningApp } from '../helpers/start-app';
import { demoUser, double, OFFICE_JS_URL, withChromiumAndApp } from './host-support';

jest.setTimeout(180_000);

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

interface CardLayout {
  id: string;
  title: string;
  hasJoin: boolean;
  card: Box;
  when: Box;
  heading: Box;
  /** How many cards' texts are drawn taller than wide in a narrow strip: wrapping letter by letter. */
  perLetter: string[];
  join?: Box;
}

/** Where each card's parts are drawn. */
function layouts(page: Page): Promise<CardLayout[]> {
  return page.locator('[data-testid="meeting"]:not([data-all-day])').evaluateAll((cards) =>
    cards.map((card) => {
      const box = (el: Element | null) => {
        const r = el!.getBoundingClientRect();
        return { x: r.x, y: r.y, width: r.width, height: r.height };
      };
      const join = card.querySelector('[data-testid="join"]');
      // Text wrapping one letter per line: a narrow box several lines tall.
      const perLetter = [...card.querySelectorAll('h3, div, span, time')]
        .filter((el) => (el.textContent ?? '').trim().length > 3)
        .filter((el) => {
          const r = el.getBoundingClientRect();
          const line = parseFloat(getComputedStyle(el).lineHeight) || 16;
          return r.width < 40 && r.height > 3 * line;
        })
        .map((el) => el.textContent ?? '');
      return {
        id: card.getAttribute('data-meeting-id') ?? '',
        title: card.querySelector('h3')?.textContent ?? '',
        hasJoin: join !== null,
        card: box(card),
        when: box(card.querySelector('time')),
        heading: box(card.querySelector('h3')),
        perLetter,
        ...(join && { join: box(join) }),
      };
    }),
  );
}

const overlaps = (a: Box, b: Box) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/**
 * axe's WCAG rules, and the landmark rule (`region`) the issue found with the join menu open.
 * Tabster's focus bumpers (`data-tabster-dummy`, Fluent's arrow-key navigation in every menu) are
 * left out: focusable and aria-hidden on purpose, they hand focus on at once and are never read —
 * the known false positive Accessibility Insights suppresses too. Everything else is checked.
 */
async function allViolations(page: Page): Promise<string[]> {
  await axeViolations(page); // injects axe and waits for animations to settle
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(ctx: unknown, opts: unknown): Promise<{ violations: Array<{ id: string; nodes: Array<{ target: unknown[] }> }> }> } }).axe;
    const context = { exclude: [['[data-tabster-dummy]']] };
    const wcag = await axe.run(context, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
    const region = await axe.run(context, { runOnly: { type: 'rule', values: ['region'] } });
    return [...wcag.violations, ...region.violations].map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  });
}

describe('meeting list in Chromium', () => {
  let chrome: RunningBrowser;
  let app: RunningApp;
  if (!withChromiumAndApp((c, a) => ([chrome, app] = [c, a]))) return;

  // One device for the whole suite: a second browser context would be a second device, which
  // asks to reconnect. Width and theme change on the same page.
  let shared: Page | undefined;
  async function openPane(options: { width: number; colorScheme?: 'light' | 'dark'; forcedColors?: 'active' | 'none' }) {
    if (!shared) {
      const context = await chrome.newContext({ timezoneId: 'Europe/Berlin', locale: 'en-US', viewport: { width: options.width, height: 900 } });
      await context.route(/^https:\/\/(?!127\.0\.0\.1)[^/]+\//, (route) => route.fulfill({ status: 200, contentType: 'text/html', body: '<!doctype html><title>external</title>' }));
      shared = await context.newPage();
      await shared.goto(`${app.url}/taskpane.html`);
      await shared.getByRole('button', { name: demoUser('Priya').name }).click();
      await shared.waitForURL(`${app.url}/taskpane.html`);
    }
    const page = shared;
    await page.keyboard.press('Escape');
    await page.setViewportSize({ width: options.width, height: 900 });
    await page.emulateMedia({ colorScheme: options.colorScheme ?? 'light', forcedColors: options.forcedColors ?? 'none' });
    await page.locator('[data-testid="meeting"]').first().waitFor();
    return { page };
  }

  async function showHidden(page: Page) {
    // The toggle lives in the pane menu (a checkable item); the menu closes once it is chosen.
    await page.getByTestId('pane-menu').click();
    const item = page.getByRole('menuitemcheckbox', { name: /Show declined and cancelled/ });
    if ((await item.getAttribute('aria-checked')) !== 'true') await item.click();
    else await page.keyboard.press('Escape');
    await page.locator('[data-testid="meeting"]', { hasText: /Declined|Cancelled/ }).first().waitFor();
  }

  for (const width of [340, 320]) {
    it(`keeps every card's columns at ${width} px, with and without Join, declined and cancelled included`, async () => {
      const { page } = await openPane({ width });
      await showHidden(page);
      await page.screenshot({ path: `/tmp/list-${width}.png`, fullPage: true });
      const cards = await layouts(page);
      expect(cards.some((c) => c.hasJoin)).toBe(true);
      expect(cards.some((c) => !c.hasJoin)).toBe(true);
      for (const c of cards) {
        const where = `${c.title} at ${width} px`;
        // Time above title, both in the first column, starting at the same edge.
        expect({ where, x: Math.round(c.heading.x - c.when.x) }).toEqual({ where, x: 0 });
        expect(c.heading.y).toBeGreaterThanOrEqual(c.when.y + c.when.height - 1);
        // The text column takes the card's width but for Join.
        expect({ where, wide: c.heading.width > c.card.width * 0.5 }).toEqual({ where, wide: true });
        if (c.join) {
          expect({ where, joinRight: c.join.x >= c.heading.x + c.heading.width - 1 }).toEqual({ where, joinRight: true });
          expect({ where, overlap: overlaps(c.join, c.heading) || overlaps(c.join, c.when) }).toEqual({ where, overlap: false });
        }
        // No text wraps letter by letter.
        expect({ where, perLetter: c.perLetter }).toEqual({ where, perLetter: [] });
      }
    });
  }

  for (const theme of [
    { name: 'light', colorScheme: 'light', forcedColors: 'none' },
    { name: 'dark', colorScheme: 'dark', forcedColors: 'none' },
    { name: 'high contrast', colorScheme: 'dark', forcedColors: 'active' },
  ] as const) {
    it(`passes axe in ${theme.name}: default, declined and cancelled shown, join menu open`, async () => {
      const { page } = await openPane({ width: 340, colorScheme: theme.colorScheme, forcedColors: theme.forcedColors });
      await page.locator('[data-testid="join-more"]').first().waitFor();
      expect(await allViolations(page)).toEqual([]);
      await showHidden(page);
      await page.screenshot({ path: `/tmp/list-hidden-${theme.name.replace(' ', '-')}.png`, fullPage: true });
      expect(await allViolations(page)).toEqual([]);
      await page.locator('[data-testid="join-more"]').first().click();
      await page.getByRole('menu').waitFor();
      expect(await allViolations(page)).toEqual([]);
      await page.screenshot({ path: `/tmp/list-menu-${theme.name.replace(' ', '-')}.png` });
    });
  }

  it('a join menu opened low in the window shows every item clear of the sticky header; an open pane menu passes axe', async () => {
    const { page } = await openPane({ width: 340 });
    await page.setViewportSize({ width: 340, height: 560 });
    await page.evaluate(() => window.scrollTo(0, 0));
    // The first Join menu button low in the window: its menu has no room below and opens upward.
    const triggers = page.locator('[data-testid="join-more"]');
    let chosen = -1;
    for (let i = 0; i < (await triggers.count()) && chosen < 0; i++) {
      const b = await triggers.nth(i).boundingBox();
      if (b && b.y > 380 && b.y + b.height < 560) chosen = i;
    }
    expect(chosen).toBeGreaterThanOrEqual(0);
    await triggers.nth(chosen).click();
    const menu = page.getByRole('menu');
    await menu.waitFor();
    await page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== 'running'), undefined, { timeout: 5_000 }).catch(() => undefined);
    await page.screenshot({ path: '/tmp/list-menu-low.png' });
    // The menu fits the window (scrolling inside when it must), and a click on the middle of each
    // item in its view lands on that item, never on the header above it.
    const seen = await menu.evaluate((m) => {
      const box = m.getBoundingClientRect();
      const items = [...m.querySelectorAll('[role^="menuitem"]')].filter((item) => {
        const r = item.getBoundingClientRect();
        const middle = r.y + r.height / 2;
        return middle > box.top && middle < box.bottom;
      });
      const covered = items.filter((item) => {
        const r = item.getBoundingClientRect();
        const hit = document.elementFromPoint(r.x + r.width / 2, r.y + r.height / 2);
        return !hit || !item.contains(hit);
      });
      return { inWindow: box.top >= 0 && box.bottom <= window.innerHeight, shown: items.length, covered: covered.map((item) => item.textContent) };
    });
    expect(seen).toEqual({ inWindow: true, shown: expect.any(Number), covered: [] });
    expect(seen.shown).toBeGreaterThanOrEqual(3);
    await page.keyboard.press('Escape');
    await page.setViewportSize({ width: 340, height: 900 });
    await page.getByTestId('pane-menu').click();
    await page.getByRole('menu').waitFor();
    expect(await allViolations(page)).toEqual([]);
    await page.keyboard.press('Escape');
  });

  it('the demo sign-in page fits a 320 px pane without sideways scrolling', async () => {
    const context = await chrome.newContext({ timezoneId: 'Europe/Berlin', locale: 'en-US', viewport: { width: 320, height: 700 } });
    const page = await context.newPage();
    await page.goto(`${app.url}/taskpane.html`);
    await page.getByRole('button', { name: demoUser('Priya').name }).waitFor();
    await page.screenshot({ path: '/tmp/list-signin-320.png', fullPage: true });
    const widths = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }));
    expect(widths.scroll).toBeLessThanOrEqual(widths.client);
    await context.close();
  });

  it('outlook.html in a plain browser tab explains and links to the browser page, never going to sign in', async () => {
    const context = await chrome.newContext({ timezoneId: 'Europe/Berlin', locale: 'en-US', viewport: { width: 1200, height: 700 } });
    await context.addInitScript(() => {
      (window as unknown as { __OFFICE_DOUBLE__: unknown }).__OFFICE_DOUBLE__ = { host: null };
    });
    await context.route(/^https:\/\/(?!127\.0\.0\.1)[^/]+\//, (route) =>
      route.request().url() === OFFICE_JS_URL
        ? route.fulfill({ status: 200, contentType: 'application/javascript', body: double('office.js') })
        : route.fulfill({ status: 200, contentType: 'text/html', body: '<!doctype html><title>external</title>' }),
    );
    const page = await context.newPage();
    const navigations: string[] = [];
    page.on('framenavigated', (frame) => {
      if (frame === page.mainFrame()) navigations.push(new URL(frame.url()).pathname);
    });
    await page.goto(`${app.url}/outlook.html`);
    const explanation = page.getByTestId('outside-office');
    await explanation.waitFor();
    await page.screenshot({ path: '/tmp/list-outside-office.png' });
    expect(await explanation.getByRole('heading', { level: 1 }).textContent()).toBe('Open Upnext from Outlook');
    // Still on outlook.html: no trip to the authority.
    await page.waitForTimeout(500);
    expect(navigations.every((path) => path === '/outlook.html')).toBe(true);
    expect(await allViolations(page)).toEqual([]);
    await explanation.getByRole('link').click();
    await page.waitForURL(/\/taskpane\.html$|\/authorize|\/oauth2/);
    await context.close();
  });
});
