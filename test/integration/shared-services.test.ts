import { randomBytes } from 'node:crypto';
import { DEMO_USERS } from '../../src/demo';
import { signedInDevice } from '../helpers/api-client';
import { freshDatabase, serviceUrl } from '../helpers/services';
import { startApp, type RunningApp } from '../helpers/start-app';

const pgUrl = serviceUrl('TEST_DATABASE_URL');
const redisUrl = serviceUrl('TEST_REDIS_URL');

if (!pgUrl || !redisUrl) {
  // serviceUrl() has already said loudly that this suite did not run (and failed in CI).
  test('two servers on PostgreSQL + Redis: services not configured, suite not run', () => expect(pgUrl && redisUrl).toBeFalsy());
}

/** Two servers sharing one PostgreSQL database and one Redis, as a scaled-out deployment would. */
if (pgUrl && redisUrl) describe('two servers on PostgreSQL and Redis', () => {
  let a: RunningApp;
  let b: RunningApp;
  let drop: () => Promise<void>;
  let offset = 0;
  const clock = () => Date.now() + offset;

  beforeAll(async () => {
    const db = await freshDatabase(pgUrl);
    drop = db.drop;
    const shared = {
      AZURE_CLIENT_SECRET: randomBytes(32).toString('base64url'),
      DATABASE_URL: db.url,
      REDIS_URL: redisUrl,
      TOKEN_MASTER_KEYS: `k1:${randomBytes(32).toString('base64')}`,
    };
    a = await startApp(shared, { now: clock });
    b = await startApp(
      { ...shared, AZURE_AUTHORITY_HOST: `${a.url}/demo/login`, GRAPH_BASE_URL: `${a.url}/demo/graph/v1.0`, API_AUDIENCE: a.config.apiAudiences.join(',') },
      { now: clock },
    );
  });
  afterAll(async () => {
    await b?.stop();
    await a?.stop();
    await drop?.();
  });

  it('are ready with the database and the cache', async () => {
    for (const app of [a, b]) expect(await (await fetch(`${app.url}/readyz`)).json()).toEqual({ status: 'ready', checks: { database: 'ok', cache: 'ok' } });
  });

  it('share the vault and the cache: a connection made on one serves the other, one calendar fetch in all', async () => {
    const device = await signedInDevice(a, DEMO_USERS[0]!.oid);
    expect((await device.send('POST', '/api/connections/outlook-calendar')).status).toBe(200);
    const before = a.demo!.calendar.requestCount;
    const fromA = await device.get('/api/meetings?limit=9');
    const fromB = await fetch(`${b.url}/api/meetings?limit=9`, { headers: device.headers });
    expect([fromA.status, fromB.status]).toEqual([200, 200]);
    expect((await fromB.json()).meetings).toEqual((await fromA.json()).meetings);
    expect(a.demo!.calendar.requestCount - before).toBe(1);
  });

  it('refresh an expiring entry once between them and both keep working', async () => {
    const device = await signedInDevice(a, DEMO_USERS[1]!.oid);
    expect((await device.send('POST', '/api/connections/outlook-calendar')).status).toBe(200);
    a.demo!.authority.resetCounters();
    for (let round = 1; round <= 2; round++) {
      offset += 2 * 3600_000;
      const calls = await Promise.all(
        [a, b, a, b].map((app, i) => fetch(`${app.url}/api/meetings?limit=${round * 10 + i}`, { headers: device.headers })),
      );
      expect(calls.map((r) => r.status)).toEqual([200, 200, 200, 200]);
      expect(a.demo!.authority.tokenRequests.refresh_token).toBe(round);
    }
  });

  it('an integration an admin disables on one server is refused there at once, and on the other within 1 s', async () => {
    const admin = await signedInDevice(a, DEMO_USERS[0]!.oid);
    const device = await signedInDevice(a, DEMO_USERS[2]!.oid);
    expect((await device.send('POST', '/api/connections/outlook-calendar')).status).toBe(200);
    const onB = () => fetch(`${b.url}/api/meetings?limit=7`, { headers: device.headers });
    expect((await onB()).status).toBe(200); // B's access memo now holds "enabled"
    expect((await admin.send('PUT', '/api/admin/integrations/outlook-calendar', { enabled: false })).status).toBe(200);
    const disabledAt = performance.now();
    // Refused: Google stays on for the demo tenant and this user has not connected it, so 409 not_connected.
    expect((await device.get('/api/meetings?limit=7')).status).toBe(409);
    let status = 200;
    while (status === 200 && performance.now() - disabledAt < 3000) {
      status = (await onB()).status;
      if (status === 200) await new Promise((r) => setTimeout(r, 50));
    }
    expect(status).toBe(409);
    expect(performance.now() - disabledAt).toBeLessThan(1000 + 500); // the bound, plus this loop's own steps
    expect((await admin.send('PUT', '/api/admin/integrations/outlook-calendar', { enabled: true })).status).toBe(200);
  });
});
