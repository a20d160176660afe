/**
 * `npm run screens` (after `npm run build:web`): the demo app on a free loopback port at the test
 * clock's pinned instant (the weekday morning, Wednesday 09:05 in Berlin, unless UPNEXT_TEST_NOW
 * names another), server and Chromium alike, photographed in headless Chromium into docs/screens/:
 * every language at 340 px in light and dark, every theme in every host (browser, the Outlook
 * double, the Teams double) at 340 px, the widths 1200/340/320, and the pane's states (open menus
 * and dialogs, search, a reminder, the error banner, each Connect card, the admin console), with
 * an index in docs/screens/README.md. Nothing leaves the machine: outside https requests are
 * answered here.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, BrowserContextOptions, Frame, Page } from 'playwright-core';
import { axeViolations, launchBrowser, type RunningBrowser } from '../test/helpers/browser';
import { startApp, type RunningApp } from '../test/helpers/start-app';
import { testClock } from '../test/helpers/test-clock';
import { signedInDevice } from '../test/helpers/api-client';
import { DEMO_TENANT_ID } from '../src/demo';
import { double, demoUser, OFFICE_JS_URL, WEB_ROOT, assertBuilt } from '../test/e2e/host-support';

const OUT = join(__dirname, '..', 'docs', 'screens');
const TIME_ZONE = 'Europe/Berlin';
const TEAMS_PAGE = '/__teams-double/host.html';
/** The whole run stops by itself, whatever hangs. */
const RUN_TIMEOUT_MS = 10 * 60_000;
const MIN = 60_000;
/** `npm run screens -- --axe`: also runs axe-core on every screen and fails on a violation. */
const AXE = process.argv.includes('--axe');
const axeFound: string[] = [];

type HostName = 'browser' | 'outlook' | 'teams';
type ThemeName = 'light' | 'dark' | 'contrast';

/**
 * A state of the pane beyond the first list: what is done to the server before (`prepare`, undone
 * by its returned function) and to the settled page before the shutter (`act`).
 */
type SceneName = 'declined-shown' | 'join-menu' | 'hide-confirm' | 'settings' | 'shortcuts' | 'search' | 'reminder' | 'error' | 'connect' | 'admin-consent' | 'not-enabled' | 'console';

interface Shot {
  host: HostName;
  width: number;
  theme: ThemeName;
  locale: string;
  scene?: SceneName;
}

const fileOf = (s: Shot) => `${s.host}-${s.width}-${s.theme}-${s.locale.split('-')[0]}${s.scene ? `-${s.scene}` : ''}.png`;

const LOCALES = ['en-US', 'de-DE', 'fr-FR', 'ja-JP', 'ar-EG'];
const THEMES = ['light', 'dark', 'contrast'] as const;
const HOSTS = ['browser', 'outlook', 'teams'] as const;

/** A reasonable set, not the cross product; the same picture is taken once. */
function shots(): Shot[] {
  const base: Shot = { host: 'browser', width: 340, theme: 'light', locale: 'en-US' };
  const all: Shot[] = [
    ...LOCALES.flatMap((locale) => (['light', 'dark'] as const).map((theme) => ({ ...base, locale, theme }))),
    ...HOSTS.flatMap((host) => THEMES.map((theme) => ({ ...base, host, theme }))),
    ...[1200, 320].map((width) => ({ ...base, width })),
    // The states, in light and dark; the ones a person reads most also in German and Arabic.
    ...(['declined-shown', 'join-menu', 'hide-confirm', 'settings', 'shortcuts', 'search', 'reminder', 'error'] as const).flatMap((scene) => (['light', 'dark'] as const).map((theme) => ({ ...base, theme, scene }))),
    ...(['settings', 'search', 'hide-confirm'] as const).flatMap((scene) => ['de-DE', 'ar-EG'].map((locale) => ({ ...base, locale, scene }))),
    ...(['connect', 'admin-consent', 'not-enabled'] as const).flatMap((scene) => (['light', 'dark'] as const).map((theme) => ({ ...base, theme, scene }))),
    ...(['light', 'dark'] as const).map((theme) => ({ ...base, width: 1200, theme, scene: 'console' as const })),
    ...['de-DE', 'ja-JP', 'ar-EG'].map((locale) => ({ ...base, width: 1200, locale, scene: 'console' as const })),
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

/** Who is signed in for a scene: a person of their own where the scene changes what they see. */
const WHO: Partial<Record<SceneName, string>> = { connect: 'Priya', 'admin-consent': 'Sam', console: 'Dana' };
/** Scenes in a context of their own, without the first shot's connected calendar. */
const FRESH: ReadonlySet<SceneName | undefined> = new Set(['connect', 'admin-consent', 'console']);

/** Puts the server in the scene's state; the returned function puts it back. */
async function prepare(app: RunningApp, shot: Shot): Promise<() => Promise<void>> {
  const authority = app.demo!.authority;
  if (shot.scene === 'connect' || shot.scene === 'admin-consent') {
    const who = demoUser(WHO[shot.scene]!);
    authority.setConsent(DEMO_TENANT_ID, who.oid, false);
    return async () => {
      authority.requireAdminConsent(DEMO_TENANT_ID, false);
      authority.setConsent(DEMO_TENANT_ID, who.oid, true);
    };
  }
  if (shot.scene === 'not-enabled') {
    const admin = await signedInDevice(app, demoUser('Dana').oid);
    const turn = async (enabled: boolean) => {
      const res = await admin.send('PUT', '/api/admin/integrations/outlook-calendar', { enabled });
      if (res.status !== 200) throw new Error(`screens: turning Outlook Calendar ${enabled ? 'on' : 'off'} answered ${res.status}`);
    };
    await turn(false);
    return () => turn(true);
  }
  return async () => undefined;
}

const connectCard = (page: Page, state: string) => page.locator(`[data-testid="connect-card"][data-state="${state}"]`).first();

/** What is done to the settled page before the shutter. */
async function act(page: Page, app: RunningApp, shot: Shot): Promise<void> {
  switch (shot.scene) {
    case 'declined-shown':
      await page.getByTestId('pane-menu').click();
      await page.getByTestId('show-hidden').click();
      await page.keyboard.press('Escape');
      await page.locator('[data-testid="meeting"]', { hasText: /Declined|Cancelled|Canceled/ }).first().scrollIntoViewIfNeeded();
      break;
    case 'join-menu':
      await page.getByTestId('join-more').first().click();
      await page.getByRole('menu').waitFor();
      break;
    case 'hide-confirm': {
      // A standup that has Join (a heading of its own, not an overlap line naming it), its series.
      const standup = page.locator('[data-testid="meeting"]').filter({ has: page.getByRole('heading', { name: 'Daily standup', exact: true }) }).filter({ has: page.getByTestId('join-more') });
      await standup.first().getByTestId('join-more').click();
      await page.getByTestId('hide-series').click();
      await page.getByTestId('hide-confirm').waitFor();
      break;
    }
    case 'settings':
      await page.getByTestId('pane-menu').click();
      await page.getByTestId('open-settings').click();
      await page.getByTestId('settings-dialog').waitFor();
      break;
    case 'shortcuts':
      await page.keyboard.press('?');
      await page.getByTestId('shortcuts-dialog').waitFor();
      break;
    case 'search':
      await page.getByRole('searchbox').fill('review');
      await page.getByTestId('results').waitFor();
      break;
    case 'reminder': {
      // The first joinable meeting whose reminder (two minutes before) is still ahead.
      const start = await page.evaluate(() => Date.now());
      const next = app
        .demo!.calendar.eventsFor(demoUser('Jonas').oid, start)
        .filter((e) => !e.isAllDay && !e.isCancelled && e.responseStatus.response !== 'declined' && e.onlineMeeting?.joinUrl)
        .map((e) => Date.parse(`${e.start.dateTime}Z`))
        .filter((at) => at - 2 * MIN > start + MIN)
        .sort((a, b) => a - b)[0]!;
      await page.clock.fastForward(next - 2 * MIN - start + 1_000);
      await page.getByTestId('reminder').first().waitFor();
      break;
    }
    case 'error':
      await page.route('**/api/meetings?*', (route) =>
        route.fulfill({ status: 503, contentType: 'application/json', headers: { 'retry-after': '5' }, body: JSON.stringify({ error: { code: 'provider_unavailable', message: 'down', requestId: 'r-1' } }) }),
      );
      await page.evaluate(() => window.dispatchEvent(new Event('focus')));
      await page.getByTestId('error').waitFor();
      break;
    case 'admin-consent': {
      // Like a tenant where user consent is off: the consent window says only an admin can approve.
      const who = demoUser(WHO['admin-consent']!);
      app.demo!.authority.requireAdminConsent(DEMO_TENANT_ID, true);
      const card = connectCard(page, 'consent_required');
      const [popup] = await Promise.all([page.context().waitForEvent('page'), card.getByRole('button', { name: /^Connect/ }).click()]);
      await popup.getByRole('button', { name: who.name }).click();
      await popup.getByRole('button', { name: /Return to the application/ }).click();
      await popup.waitForEvent('close');
      await connectCard(page, 'admin_consent_required').waitFor();
      break;
    }
    default:
      break;
  }
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  await page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== 'running'), undefined, { timeout: 5_000 }).catch(() => undefined);
}

/** With --axe: what axe-core finds on the screen, kept for the end of the run. */
async function audit(pane: Page | Frame, shot: Shot): Promise<void> {
  if (!AXE) return;
  for (const v of await axeViolations(pane)) axeFound.push(`${fileOf(shot)}: ${v.id} (${v.impact}) ${v.help} — ${v.nodes.slice(0, 3).join(', ')}`);
}

/** The browser host's page, signed in on the demo account picker, at the scene's first sight. */
async function openBrowserPane(page: Page, app: RunningApp, shot: Shot): Promise<void> {
  const user = demoUser(WHO[shot.scene!] ?? 'Jonas');
  const path = shot.scene === 'console' ? 'console.html' : 'taskpane.html';
  await page.goto(`${app.url}/${path}`);
  await page.getByRole('button', { name: user.name }).click();
  await page.waitForURL(`${app.url}/${path}`);
  if (shot.scene === 'console') await page.getByRole('heading', { level: 1 }).waitFor();
  else if (shot.scene === 'connect' || shot.scene === 'admin-consent') await connectCard(page, 'consent_required').waitFor();
  else if (shot.scene === 'not-enabled') await connectCard(page, 'not_enabled').waitFor();
  else await settled(page);
}

const OFFICE_THEMES: Record<ThemeName, { bodyBackgroundColor: string; bodyForegroundColor: string }> = {
  light: { bodyBackgroundColor: '#ffffff', bodyForegroundColor: '#000000' },
  dark: { bodyBackgroundColor: '#1f1f1f', bodyForegroundColor: '#ffffff' },
  contrast: { bodyBackgroundColor: '#000000', bodyForegroundColor: '#ffffff' },
};
const TEAMS_THEMES: Record<ThemeName, string> = { light: 'default', dark: 'dark', contrast: 'contrast' };

/**
 * Each shot in a fresh context (its own locale, size and colours) that carries the first one's
 * storage: the same device key, so the calendar connected in the first stays connected. Scenes
 * of another person start from empty storage.
 */
async function take(chrome: RunningBrowser, app: RunningApp, shot: Shot, storageState: BrowserContextOptions['storageState']): Promise<BrowserContextOptions['storageState']> {
  const user = demoUser('Jonas');
  const fresh = FRESH.has(shot.scene);
  const restore = await prepare(app, shot);
  const context = await chrome.newContext({ ...contextOptions(shot), ...(!fresh && storageState && { storageState }) });
  try {
    const page = await context.newPage();
    if (shot.host === 'browser') {
      await answerOutside(context);
      await openBrowserPane(page, app, shot);
      await act(page, app, shot);
      await audit(page, shot);
    } else if (shot.host === 'outlook') {
      await answerOutside(context, { [OFFICE_JS_URL]: double('office.js') });
      const token = await app.demo!.authority.signUserToken(user.oid);
      await context.addInitScript((config) => {
        (window as unknown as { __OFFICE_DOUBLE__: unknown }).__OFFICE_DOUBLE__ = config;
      }, { token, displayLanguage: shot.locale, theme: OFFICE_THEMES[shot.theme] });
      await page.goto(`${app.url}/outlook.html`);
      await settled(page);
      await audit(page, shot);
    } else {
      await answerOutside(context);
      await context.route(`${app.url}${TEAMS_PAGE}`, (route) => route.fulfill({ status: 200, contentType: 'text/html', body: double('teams-host.html') }));
      const token = await app.demo!.authority.signUserToken(user.oid);
      await context.addInitScript((config) => {
        if (window.top === window) (window as unknown as { __TEAMS_DOUBLE__: unknown }).__TEAMS_DOUBLE__ = config;
      }, { token, theme: TEAMS_THEMES[shot.theme], locale: shot.locale, tabUrl: `${app.url}/taskpane.html?host=teams` });
      await page.goto(`${app.url}${TEAMS_PAGE}`);
      await page.frameLocator('#tab').locator('[data-testid="meeting"]').first().waitFor({ timeout: 30_000 });
      const tab = page.frames().find((f) => f.url().includes('/taskpane.html'))!;
      await settled(tab);
      await audit(tab, shot);
    }
    await page.screenshot({ path: join(OUT, fileOf(shot)) });
    process.stdout.write(`  ${fileOf(shot)}\n`);
    return fresh ? storageState : await context.storageState();
  } finally {
    await context.close();
    await restore();
  }
}

function index(taken: Shot[]): string {
  const theme = { light: 'light', dark: 'dark', contrast: 'high contrast (forced colours)' };
  const rows = taken.map((s) => `| ![${fileOf(s)}](${fileOf(s)}) | ${s.host} | ${s.width} px | ${theme[s.theme]} | ${s.locale} | ${s.scene ?? 'the list'} |`);
  return `# Screens

Written by \`npm run screens\` (after \`npm run build:web\`): the demo app at a pinned instant
(${new Date(testClock.start).toISOString()}, ${new Intl.DateTimeFormat('en-GB', { timeZone: TIME_ZONE, weekday: 'long', hour: '2-digit', minute: '2-digit' }).format(testClock.start)} in ${TIME_ZONE}), in headless Chromium. Every
language at 340 px in light and dark, every theme in every host at 340 px in English (the Outlook
and Teams hosts are the test doubles under \`test/e2e/doubles\`), the widths, and the states: declined
and cancelled meetings shown, the join menu, hiding a series (its confirm), settings, keyboard shortcuts, search, a reminder, the error banner, the Connect,
admin-consent and not-enabled cards, and the admin console (in light and dark, and in German, Japanese and Arabic). Japanese\nneeds a CJK font on the machine (on Debian: \`fonts-ipafont-gothic\`).
Run it again after a change to the pane; the pictures are the same for the same code, but for
the loopback port in the admin-consent link.

| Screen | Host | Width | Theme | Language | State |
| --- | --- | --- | --- | --- | --- |
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
    if (AXE) {
      process.stdout.write(axeFound.length === 0 ? 'axe: no violations on any screen\n' : `axe:\n${axeFound.map((line) => `  ${line}`).join('\n')}\n`);
      if (axeFound.length > 0) process.exitCode = 1;
    }
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
