/**
 * The pane in another language in real Chromium: Arabic lays out right to left (the time column
 * at the right of a card), German shows none of the catalogue's English words.
 */
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { en } from '../../src/taskpane/i18n/messages/en';
import type { RunningBrowser } from '../helpers/browser';
import type { RunningApp } from '../helpers/start-app';
import { signedInBrowserPane, withChromiumAndApp } from './host-support';

jest.setTimeout(120_000);

/** Words a person would spot as English at a glance; the test takes those the catalogue has. */
const TELLTALE = ['Now', 'Next', 'Join', 'ended', 'started', 'Today', 'Tomorrow', 'minutes'];

describe('the pane in Arabic and German', () => {
  let chrome: RunningBrowser;
  let app: RunningApp;
  if (!withChromiumAndApp((c, a) => ([chrome, app] = [c, a]))) return;

  const openPane = (locale: string, who: string): Promise<Page> => signedInBrowserPane(chrome, app, who, { locale, viewport: { width: 340, height: 800 } });

  it('ar-EG: <html lang="ar" dir="rtl">, and a card reads from the right: its time column sits right of its title', async () => {
    const page = await openPane('ar-EG', 'Jonas');
    await expect(page.evaluate(() => [document.documentElement.lang, document.documentElement.dir])).resolves.toEqual(['ar', 'rtl']);
    await page.screenshot({ path: join(tmpdir(), 'upnext-e2e-ar.png'), fullPage: true });
    const card = page.locator('[data-testid="meeting"]:not([data-all-day])').first();
    const [cardBox, timeBox, titleBox] = await Promise.all([card.boundingBox(), card.locator('time').first().boundingBox(), card.locator('h3').boundingBox()]);
    expect(cardBox && timeBox && titleBox).toBeTruthy();
    // The time starts the line in Arabic: at the card's right edge, and right of where the title starts.
    expect(timeBox!.x + timeBox!.width).toBeGreaterThan(cardBox!.x + cardBox!.width * 0.75);
    expect(timeBox!.x + timeBox!.width).toBeGreaterThanOrEqual(titleBox!.x + titleBox!.width - 1);
    await page.context().close();
  });

  it('de-DE: <html lang="de">, and none of the English words of the catalogue shows', async () => {
    const page = await openPane('de-DE', 'Dana');
    await expect(page.evaluate(() => [document.documentElement.lang, document.documentElement.dir])).resolves.toEqual(['de', 'ltr']);
    await page.screenshot({ path: join(tmpdir(), 'upnext-e2e-de.png'), fullPage: true });
    const catalogue = Object.values(en).join(' ');
    const words = TELLTALE.filter((w) => new RegExp(`\\b${w}\\b`).test(catalogue));
    expect(words).toEqual(expect.arrayContaining(['Now', 'Next', 'Join', 'ended']));
    // Everything the pane wrote, without the calendar's own data (titles, names, places are the user's words).
    const text = await page.evaluate(() => {
      const copy = document.querySelector('main')!.cloneNode(true) as HTMLElement;
      copy.querySelectorAll('h3, [data-user-text]').forEach((el) => el.remove());
      const labels = Array.from(document.querySelectorAll('[aria-label]')).map((el) => el.getAttribute('aria-label') ?? '');
      return `${copy.innerText}\n${labels.join('\n')}`;
    });
    const found = words.filter((w) => new RegExp(`\\b${w}\\b`).test(text));
    expect(found).toEqual([]);
    await page.context().close();
  });
});
