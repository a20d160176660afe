import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import pino from 'pino';
import { Lifecycle } from '../../../src/server/lifecycle';
import { shutDown } from '../../../src/server/shutdown';
import { startApp } from '../../helpers/start-app';

const quiet = pino({ level: 'silent' });

it('turns /readyz to 503 while draining, keeps serving, then closes the server before the store', async () => {
  const app = await startApp();
  const events: string[] = [];
  try {
    expect((await fetch(`${app.url}/readyz`)).status).toBe(200);
    const done = shutDown(
      {
        server: app.server,
        lifecycle: app.lifecycle,
        closeParts: async () => {
          events.push(app.server.listening ? 'parts closed while listening' : 'parts closed after the server');
        },
        logger: quiet,
        drainMs: 400,
        closeTimeoutMs: 1000,
      },
      'SIGTERM',
    );
    const ready = await fetch(`${app.url}/readyz`);
    expect(ready.status).toBe(503);
    expect(ready.headers.get('retry-after')).toBe('5');
    expect(await ready.json()).toEqual({ status: 'draining' });
    // Still answering everything else while the load balancer moves away.
    expect((await fetch(`${app.url}/healthz`)).status).toBe(200);
    await done;
    expect(events).toEqual(['parts closed after the server']);
    await expect(fetch(`${app.url}/healthz`)).rejects.toThrow();
  } finally {
    await app.stop();
  }
});

it('lets a request in flight finish before closing, and cuts what outlives the close timeout', async () => {
  const server = createServer((req, res) => {
    const ms = req.url === '/slow' ? 300 : 5_000;
    setTimeout(() => res.end('done'), ms).unref();
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const order: string[] = [];
  const slow = fetch(`${url}/slow`).then(async (r) => order.push(`slow ${r.status} ${await r.text()}`));
  const stuck = fetch(`${url}/stuck`).then(
    () => order.push('stuck answered'),
    () => order.push('stuck cut'),
  );
  await new Promise((r) => setTimeout(r, 50));
  const started = Date.now();
  await shutDown(
    { server, lifecycle: new Lifecycle(), closeParts: async () => void order.push('parts closed'), logger: quiet, drainMs: 0, closeTimeoutMs: 800 },
    'SIGTERM',
  );
  await Promise.all([slow, stuck]);
  // The client may hear of the cut connection after the parts closed; the server cut it first.
  expect(order.slice(0, 2)).toEqual(['slow 200 done', 'parts closed']);
  expect(order).toContain('stuck cut');
  expect(Date.now() - started).toBeLessThan(3_000);
});
