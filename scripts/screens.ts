/**
 * `npm run screens` (after `npm run build:web`): the demo app on a free loopback port at the test
 * clock's pinned instant (the weekday morning, Wednesday 09:05 in Berlin, unless UPNEXT_TEST_NOW
 * names another), server and Chromium alike, photographed in headless Chromium into docs/screens/:
 * every language at 340 px light, every theme at 340 px in English, every host (browser, the
 * Outlook double, the Teams double) at 340 px, and the widths 1200/340/320, with an index in
 * docs/screens/README.md. Nothing leaves the machine: outside https requests are answered here.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, BrowserContextOptions, Frame, Page } from 'playwright-core';
import { launchBrowser, type RunningBrowser } from '../test/helpers/browser';
import { startApp, type RunningApp } from '../test/helpers/start-app';
import { testClock } from '../test/helpers/test-clock';
import { double, demoUser, OFFICE_JS_URL, WEB_ROOT, assertBuilt } from '../test/e2e/host-support';

const OUT = join(__dirname, '..', 'docs', 'screens');
const TIME_ZONE = 'Europe/Berlin';
const TEAMS_PAGE = '/__teams-double/host.html';
/** The whole run stops by itself, whatever hangs. */
const RUN_TIMEOUT_MS = 5 * 60_000;

type HostName = 'browser' | 'outlook' | 'teams';
type ThemeName = 'light' | 'dark' | 'contrast';

interface Shot {
  host: HostName;
  width: number;
  theme: ThemeName;
  locale: string;
}

const fileOf = (s: Shot) => `${s.host}-${s.width}-${s.theme}-${s.locale.split('-')[0]}.png`;

/** A reasonable set, not the cross product; the same picture is taken once. */
function shots(): Shot[] {
  const base: Shot = { host: 'browser', width: 340, theme: 'light', locale: 'en-US' };
  const all: Shot[] = [
    ...['en-US', 'de-DE', 'fr-FR', 'ja-JP', 'ar-EG'].map((locale) => ({ ...base, locale })),
    ...(['dark', 'contrast'] as const).map((theme) => ({ ...base, theme })),
    ...(['outlook', 'teams'] as const).map((host) => ({ ...base, host })),
    ...[1200, 320].map((width) => ({ ...base, width })),
  ];
  return all.filter((s, i) => all.findIndex((o) => fileOf(o) === fileOf(s)) === i);
}

function contextOptions(shot: Shot): BrowserContextOptions {
  return {
    timezoneId: TIME_ZONE,
    locale: shot.locale,
    viewport: { width: shot.width, height: 900 },
    colorScheme: shot.theme === 'dark' ? 'dark' : 'light',
    forcedColors: shot.theme === 'contrast' ? 'active' : 'none',
  };
}

async function answerOutside(context: BrowserContext, bodies: Record<string, string> = {}): Promise<void> {
  await context.route(/^https:\/\/(?!127\.0\.0\.1)[^/]+\//, (route) => {
    const body = bodies[route.request().url()];
    if (body !== undefined) return route.fulfill({ status: 200, contentType: 'application/javascript', body });
    return route.fulfill({ status: 200, contentType: 'text/html', body: '<!doctype html><title>external</title>' });
  });
}

/** Cards drawn, fonts in, animations settled: the picture will not change under the shutter. */
async function settled(pane: Page | Frame): Promise<void> {
  await pane.locator('[data-testid="meeting"]').first().waitFor({ timeout: 30_000 });
  await pane.evaluate(() => document.fonts.ready.then(() => undefined));
  await pane.waitForFunction(() => document.getAnimations().every((a) => a.playState !== 'running'), undefined, { timeout: 5_000 }).catch(() => undefined);
}

/**
 * Each shot in a fresh context (its own locale, size and colours) that carries the first one's
 * storage: the same device key, so the calendar connected in the first stays connected.
 */
async function take(chrome: RunningBrowser, app: RunningApp, shot: Shot, storageState: BrowserContextOptions['storageState']): Promise<BrowserContextOptions['storageState']> {
  const user = demoUser('Jonas');
  const context = await chrome.newContext({ ...contextOptions(shot), ...(storageState && { storageState }) });
  try {
    const page = await context.newPage();
    if (shot.host === 'browser') {
      await answerOutside(context);
      await page.goto(`${app.url}/taskpane.html`);
      await page.getByRole('button', { name: user.name }).click();
      await page.waitForURL(`${app.url}/taskpane.html`);
      await settled(page);
    } else if (shot.host === 'outlook') {
      await answerOutside(context, { [OFFICE_JS_URL]: double('office.js') });
      const token = await app.demo!.authority.signUserToken(user.oid);
      await context.addInitScript((config) => {
        (window as unknown as { __OFFICE_DOUBLE__: unknown }).__OFFICE_DOUBLE__ = config;
      }, { token, displayLanguage: shot.locale, theme: { bodyBackgroundColor: '#ffffff', bodyForegroundColor: '#000000' } });
      await page.goto(`${app.url}/outlook.html`);
      await settled(page);
    } else {
      await answerOutside(context);
      await context.route(`${app.url}${TEAMS_PAGE}`, (route) => route.fulfill({ status: 200, contentType: 'text/html', body: double('teams-host.html') }));
      const token = await app.demo!.authority.signUserToken(user.oid);
      await context.addInitScript((config) => {
        if (window.top === window) (window as unknown as { __TEAMS_DOUBLE__: unknown }).__TEAMS_DOUBLE__ = config;
      }, { token, theme: 'default', locale: shot.locale, tabUrl: `${app.url}/taskpane.html?host=teams` });
      await page.goto(`${app.url}${TEAMS_PAGE}`);
      await page.frameLocator('#tab').locator('[data-testid="meeting"]').first().waitFor({ timeout: 30_000 });
      await settled(page.frames().find((f) => f.url().includes('/taskpane.html'))!);
    }
    await page.screenshot({ path: join(OUT, fileOf(shot)) });
    process.stdout.write(`  ${fileOf(shot)}\n`);
    return await context.storageState();
  } finally {
    await context.close();
  }
}

function index(taken: Shot[]): string {
  const theme = { light: 'light', dark: 'dark', contrast: 'high contrast (forced colours)' };
  const rows = taken.map((s) => `| ![${fileOf(s)}](${fileOf(s)}) | ${s.host} | ${s.width} px | ${theme[s.theme]} | ${s.locale} |`);
  return `# Screens

Written by \`npm run screens\` (after \`npm run build:web\`): the demo app at a pinned instant
(${new Date(testClock.start).toISOString()}, ${new Intl.DateTimeFormat('en-GB', { timeZone: TIME_ZONE, weekday: 'long', hour: '2-digit', minute: '2-digit' }).format(testClock.start)} in ${TIME_ZONE}), in headless Chromium. Every
language at 340 px light, every theme at 340 px in English, every host at 340 px in English and
light (the Outlook and Teams hosts are the test doubles under \`test/e2e/doubles\`), and the widths.
Run it again after a change to the pane; the pictures are the same for the same code.

| Screen | Host | Width | Theme | Language |
| --- | --- | --- | --- | --- |
${rows.join('\n')}
`;
}

async function main(): Promise<void> {
  assertBuilt();
  mkdirSync(OUT, { recursive: true });
  // Both on the test clock: the server's calendar and the page's "now" are the same instant.
  const [chrome, app] = await Promise.all([launchBrowser(), startApp({}, { webRoot: WEB_ROOT })]);
  const timer = setTimeout(() => {
    process.stderr.write('screens: gave up after 5 minutes\n');
    process.exit(1);
  }, RUN_TIMEOUT_MS);
  try {
    const taken = shots();
    let storage: BrowserContextOptions['storageState'];
    for (const shot of taken) storage = await take(chrome, app, shot, storage);
    writeFileSync(join(OUT, 'README.md'), index(taken));
    process.stdout.write(`${taken.length} screens in ${OUT}\n`);
  } finally {
    clearTimeout(timer);
    await chrome.close();
    await app.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
