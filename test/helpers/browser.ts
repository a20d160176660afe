/**
 * Real Chromium for the browser suite, through playwright-core and the system's browser (never a
 * downloaded one). When the browser is missing the suite says so loudly, and fails when
 * E2E_REQUIRE_BROWSER=1 (CI), so a green run never hides a suite that did not run.
 */
import { existsSync } from 'node:fs';
import { readFileSync } from 'node:fs';
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions } from 'playwright-core';
import { testClock } from './test-clock';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export type BrowserAvailability = { available: true } | { available: false; reason: string };

export function browserAvailability(): BrowserAvailability {
  if (existsSync(CHROMIUM_PATH)) return { available: true };
  return { available: false, reason: `${CHROMIUM_PATH} does not exist` };
}

/** What the suite does without a browser: fail under E2E_REQUIRE_BROWSER=1, else warn so nobody misses it. */
export function reportMissingBrowser(reason: string): void {
  const message = `BROWSER SUITE DID NOT RUN: ${reason}. Install chromium or set CHROMIUM_PATH.`;
  if (process.env.E2E_REQUIRE_BROWSER === '1') throw new Error(`${message} (E2E_REQUIRE_BROWSER=1)`);
  console.warn(`\n${'!'.repeat(72)}\n!! ${message}\n${'!'.repeat(72)}\n`);
}

export interface RunningBrowser {
  browser: Browser;
  /**
   * A fresh, isolated context (its own storage), closed by close(). Its pages run on Playwright's
   * clock set to the test clock's time, flowing from there like the server's.
   */
  newContext(options?: BrowserContextOptions): Promise<BrowserContext>;
  close(): Promise<void>;
}

/** Launches Chromium; Playwright gives each launch a fresh temporary profile and removes it on close. */
export async function launchBrowser(): Promise<RunningBrowser> {
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: ARGS });
  const contexts: BrowserContext[] = [];
  return {
    browser,
    async newContext(options) {
      const context = await browser.newContext(options);
      contexts.push(context);
      await context.clock.install({ time: testClock.now() });
      return context;
    },
    async close() {
      for (const context of contexts) await context.close().catch(() => undefined);
      await browser.close();
    },
  };
}

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: string[];
}

/**
 * Runs axe-core (WCAG 2.x A and AA rules) in the page. It is evaluated through the DevTools
 * protocol, which the page's CSP (`script-src 'self'`) does not govern, so the page under test
 * keeps its real policy.
 */
export async function axeViolations(page: import('playwright-core').Page | import('playwright-core').Frame): Promise<AxeViolation[]> {
  const source = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
  // Colours are judged as they settle: mid-way through a dialog's fade-in every text is still
  // translucent and fails contrast. Wait (bounded) until no animation is running.
  // First let a just-made change (a theme switch) reach style and start its transitions: two
  // frames after a forced style read, or a busy machine checks before any transition has begun.
  await page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        void getComputedStyle(document.body).color;
        requestAnimationFrame(() => requestAnimationFrame(() => resolve()));
      }),
  );
  await page
    .waitForFunction(() => document.getAnimations().every((a) => a.playState !== 'running'), undefined, { timeout: 5_000, polling: 50 })
    .catch(() => undefined);
  await page.evaluate(source);
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(ctx: unknown, opts: unknown): Promise<{ violations: Array<{ id: string; impact: string | null; help: string; nodes: Array<{ target: unknown[] }> }> }> } }).axe;
    // Tabster's (Fluent's focus manager) focus sentinels are aria-hidden yet focusable on purpose:
    // they hand focus straight on. A known false positive of aria-hidden-focus (tabster issue 288).
    const result = await axe.run({ exclude: [['[data-tabster-dummy]']] }, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => n.target.join(' ')) }));
  });
}
