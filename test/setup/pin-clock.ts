/**
 * Runs before every test file (jest `setupFilesAfterEnv`): `Date` follows the test clock, so code
 * that reads `Date.now()` or `new Date()` for time logic sees the chosen instant, never the machine's
 * day and hour. Only "now" moves; dates built from values, parsing and formatting are the real `Date`'s.
 * Timers stay real; a test that installs jest's fake timers gets them on top, and `useRealTimers()`
 * comes back here.
 */
import { MACHINE_DATE, testClock } from '../helpers/test-clock';

const RealDate = globalThis.Date;
(globalThis as Record<symbol, unknown>)[MACHINE_DATE] = RealDate;
const now = () => testClock.now();

globalThis.Date = new Proxy(RealDate, {
  construct: (target, args: unknown[], newTarget) => Reflect.construct(target, args.length === 0 ? [now()] : args, newTarget),
  // `Date()` called without `new` is the current time as text.
  apply: () => new RealDate(now()).toString(),
  get: (target, key, receiver) => (key === 'now' ? now : Reflect.get(target, key, receiver)),
});

// Work a file leaves running after its tests (a closing pool, a log flush) gets the machine's Date
// rather than one jest has already cleaned away between files.
afterAll(() => {
  globalThis.Date = RealDate;
});
