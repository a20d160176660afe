/**
 * The composition root's clock reaches everything time-dependent: the demo calendar is seeded at
 * it, the demo authority issues tokens at it and the server accepts them, and "from now" means it.
 * The instant is years from both the machine's time and the test clock, so nothing here can pass
 * by reading either.
 */
import { DEMO_USERS } from '../../src/demo';
import { signedInDevice } from '../helpers/api-client';
import { startApp, type RunningApp } from '../helpers/start-app';
import { flowingClock } from '../helpers/test-clock';

const INSTANT = Date.parse('2031-06-03T07:02:00Z'); // a Tuesday, 09:02 in Dana's zone
const clock = flowingClock(INSTANT);
let app: RunningApp;

beforeAll(async () => {
  app = await startApp({}, { clock: clock.now });
});
afterAll(() => app.stop());

it('seeds, signs and answers "from now" at the injected instant', async () => {
  const dana = DEMO_USERS[0]!;
  const device = await signedInDevice(app, dana.oid);
  const claims = JSON.parse(Buffer.from(device.token.split('.')[1]!, 'base64url').toString()) as { iat: number };
  expect(Math.abs(claims.iat * 1000 - INSTANT)).toBeLessThan(60_000);

  expect((await device.send('POST', '/api/connections/outlook-calendar')).status).toBe(200);
  const res = await device.get('/api/meetings');
  expect(res.status).toBe(200);
  const body = (await res.json()) as { generatedAt: string; meetings: Array<{ title: string; start: string; end: string }> };
  expect(Math.abs(Date.parse(body.generatedAt) - INSTANT)).toBeLessThan(60_000);
  // The meeting the seed runs "now" started 25 minutes before the injected instant's 5-minute slot.
  const running = body.meetings.find((m) => m.title === 'Platform weekly sync');
  expect(running?.start).toBe('2031-06-03T06:35:00.000Z');
  // "From now" is the injected now: nothing that ended before it, and this week's meetings after it.
  expect(body.meetings.every((m) => Date.parse(m.end) > INSTANT - 5 * 60_000)).toBe(true);
  expect(body.meetings.some((m) => m.start.startsWith('2031-06-0'))).toBe(true);
});
