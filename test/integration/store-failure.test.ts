import { DEMO_USERS } from '../../src/demo';
import type { SqliteStore } from '../../src/server/store/sqlite-store';
import { errorCode, signedInDevice, type Device } from '../helpers/api-client';
import { startApp, type RunningApp } from '../helpers/start-app';

/**
 * The database going away mid-run (here: its connection closed under the running server) answers
 * 503 provider_unavailable with Retry-After, or the cached meetings flagged stale: never a 500.
 * The fault suite does the same against a real PostgreSQL that it stops and restarts.
 */
describe('the database fails under a running server', () => {
  let app: RunningApp;
  let device: Device;

  beforeAll(async () => {
    // TTL 0: every request is a miss, so stale-if-error is what answers once the store fails.
    app = await startApp({ CACHE_TTL_SECONDS: '0', CACHE_STALE_SECONDS: '600' });
    device = await signedInDevice(app, DEMO_USERS[0]!.oid);
    expect((await device.send('POST', '/api/connections/outlook-calendar')).status).toBe(200);
    expect((await device.get('/api/meetings?limit=5')).status).toBe(200);
    (app.store as unknown as SqliteStore).db.close();
  });
  afterAll(() => app.stop().catch(() => undefined));

  it('serves the cached meetings flagged stale: true', async () => {
    const res = await device.get('/api/meetings?limit=5');
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body.stale).toBe(true);
    expect(body.meetings).toHaveLength(5);
  });

  it('answers 503 provider_unavailable with Retry-After where nothing is cached', async () => {
    for (const [method, path] of [
      ['GET', '/api/meetings?limit=6'],
      ['GET', '/api/me'],
      ['POST', '/api/connections/outlook-calendar'],
      ['DELETE', '/api/connections/outlook-calendar'],
    ] as const) {
      const res = await device.send(method, path);
      expect([method, path, res.status]).toEqual([method, path, 503]);
      expect(Number(res.headers.get('retry-after'))).toBeGreaterThan(0);
      expect(await errorCode(res)).toBe('provider_unavailable');
    }
  });

  it('says which check failed in /readyz and counts the failures', async () => {
    const ready = await fetch(`${app.url}/readyz`);
    expect(ready.status).toBe(503);
    expect(await ready.json()).toMatchObject({ checks: { database: 'failing', cache: 'ok' } });
    expect(await (await fetch(`${app.url}/metrics`)).text()).toMatch(/upnext_store_failures_total [1-9]/);
  });
});
