import { createServer, type Server } from 'node:net';
import type { AddressInfo } from 'node:net';
import { DEMO_USERS } from '../../src/demo';
import { signedInDevice } from '../helpers/api-client';
import { startApp, type RunningApp } from '../helpers/start-app';

/**
 * REDIS_URL names a Redis that is not there (a port that accepts nothing). The server must bend:
 * connect and disconnect take effect and say so, meetings come from the in-process fallback at
 * full speed, /readyz says the cache is degraded and stays ready.
 */
describe('Redis down', () => {
  let app: RunningApp;
  let hole: Server;

  beforeAll(async () => {
    // A port that was just free: nothing listens there, so every connection is refused.
    hole = createServer();
    await new Promise<void>((r) => hole.listen(0, '127.0.0.1', r));
    const port = (hole.address() as AddressInfo).port;
    await new Promise<void>((r) => hole.close(() => r()));
    app = await startApp({ REDIS_URL: `redis://127.0.0.1:${port}` });
  });
  afterAll(() => app.stop());

  it('answers connect and disconnect with success, since the vault changed', async () => {
    const device = await signedInDevice(app, DEMO_USERS[2]!.oid);
    expect((await device.send('POST', '/api/connections/outlook-calendar')).status).toBe(200);
    expect((await device.get('/api/meetings')).status).toBe(200);
    expect((await device.send('DELETE', '/api/connections/outlook-calendar')).status).toBe(204);
    expect((await (await device.get('/api/me')).json()).integrations[0].state).toBe('not_connected');
    // The disconnect is not undone by a cached list.
    expect((await device.get('/api/meetings')).status).toBe(409);
  });

  it('serves meetings from the in-process fallback, one upstream call per key, each request fast', async () => {
    const device = await signedInDevice(app, DEMO_USERS[0]!.oid);
    expect((await device.send('POST', '/api/connections/outlook-calendar')).status).toBe(200);
    const before = app.demo!.calendar.requestCount;
    const cold = await Promise.all(Array.from({ length: 20 }, () => device.get('/api/meetings?limit=30')));
    expect(cold.map((r) => r.status)).toEqual(Array(20).fill(200));
    expect(app.demo!.calendar.requestCount - before).toBe(1);
    const started = performance.now();
    for (let i = 0; i < 20; i++) expect((await device.get('/api/meetings?limit=30')).status).toBe(200);
    expect((performance.now() - started) / 20).toBeLessThan(100);
  });

  it('is ready, with the cache degraded, and counts the breaker opening', async () => {
    const ready = await fetch(`${app.url}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: 'ready', checks: { database: 'ok', cache: 'degraded' } });
    const metrics = await (await fetch(`${app.url}/metrics`)).text();
    expect(metrics).toContain('upnext_circuit_breaker_open{dependency="redis"} 1');
    expect(metrics).toMatch(/upnext_circuit_breaker_transitions_total\{dependency="redis",to="open"\} 1/);
  });
});
