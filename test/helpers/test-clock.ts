/**
 * The one clock every suite runs on. Each test file starts at a chosen instant — `UPNEXT_TEST_NOW`
 * (ISO 8601 with a zone, or one of the names below), else the weekday morning — and time flows from
 * there at the real rate, so timers, token lifetimes and the pane's 30 s re-render still work while
 * the day, hour, weekday and DST state are always the same. The server gets it as its injected
 * clock (`startApp`), Chromium as Playwright's clock (`launchBrowser`), and every other test through
 * a pinned `Date` (`test/setup/pin-clock.ts`).
 */
import { performance } from 'node:perf_hooks';

/** Instants the suite must pass at (`npm run test:instants` runs it at each); the zone in the comments is the e2e's, Europe/Berlin. */
export const TEST_INSTANTS = {
  /** Wednesday 09:05, before the daily standup: a full working day ahead. */
  'weekday-morning': '2026-12-02T08:05:00Z',
  /** Tuesday 18:20, the hour issue 8's failure was seen at: only the "now" meetings are joinable. */
  'weekday-evening': '2026-12-01T17:20:00Z',
  /** Thursday 23:40: the running and the next meeting both cross midnight. */
  'late-evening': '2026-12-03T22:40:00Z',
  /** Saturday 11:00: no working day today, the next five from Monday. */
  saturday: '2026-12-05T10:00:00Z',
  /** Thursday 31 December 16:30: the week ahead crosses a month and a year. */
  'month-end': '2026-12-31T15:30:00Z',
  /** Sunday 28 March 01:35 CET: clocks jump 02:00 → 03:00 during the running meeting. */
  'dst-spring': '2027-03-28T00:35:00Z',
  /** Sunday 25 October 02:35 CEST: clocks fall back 03:00 → 02:00 during the running meeting. */
  'dst-autumn': '2026-10-25T00:35:00Z',
} as const;

export type InstantName = keyof typeof TEST_INSTANTS;

export const DEFAULT_INSTANT: InstantName = 'weekday-morning';

/** The instant `UPNEXT_TEST_NOW` names (a name above or ISO 8601 with a zone), in ms since the epoch. */
export function parseTestInstant(value: string | undefined): number {
  const text = value === undefined || value === '' ? TEST_INSTANTS[DEFAULT_INSTANT] : (TEST_INSTANTS[value as InstantName] ?? value);
  const zoned = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/.test(text);
  const ms = Date.parse(text);
  if (!zoned || !Number.isFinite(ms)) {
    throw new TypeError(`UPNEXT_TEST_NOW must be one of ${Object.keys(TEST_INSTANTS).join(', ')} or an ISO 8601 instant with a zone (got ${JSON.stringify(value)})`);
  }
  return ms;
}

export interface TestClock {
  /** Where this file's time started. */
  readonly start: number;
  now(): number;
}

/** A clock that starts at `start` when made and then runs at the real rate (monotonic, not the machine's wall clock). */
export function flowingClock(start: number): TestClock {
  const origin = performance.now();
  return { start, now: () => start + Math.floor(performance.now() - origin) };
}

/** This test file's clock (each jest test file has its own module registry, so its own start). */
export const testClock: TestClock = flowingClock(parseTestInstant(process.env.UPNEXT_TEST_NOW));

/** Where `test/setup/pin-clock.ts` keeps the machine's own `Date`. */
export const MACHINE_DATE = Symbol.for('upnext.test.machineDate');

/**
 * For a file whose subject is checked against the operating system's clock, which no test clock
 * reaches (OpenSSL judging a certificate made here "not yet valid"): the machine's `Date` again.
 */
export function useMachineClock(): void {
  const machine = (globalThis as Record<symbol, unknown>)[MACHINE_DATE] as DateConstructor | undefined;
  if (machine) globalThis.Date = machine;
}
