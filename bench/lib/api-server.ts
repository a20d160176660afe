/**
 * One server under test in its own process, for bench/api.ts: `app` (the real app, a signed-in
 * demo user with the calendar connected) or `bare` (a bare Express JSON route serving the body the
 * parent sends). The parent is the load generator; neither server shares a process with it or with
 * the other. Talks over IPC; exits when the parent disconnects or after a bounded lifetime.
 */
import express from 'express';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { DEMO_USERS } from '../../src/demo';
import { signedInDevice } from '../../test/helpers/api-client';
import { startApp } from '../../test/helpers/start-app';

export type ServerReady =
  | { kind: 'app'; url: string; headers: Record<string, string>; coldUpstreamFetches: number; coldFailures: number; body: unknown }
  | { kind: 'bare'; url: string };

const LIFETIME_MS = 10 * 60_000;

async function startAppSide(env: Record<string, string>): Promise<ServerReady> {
  const app = await startApp({ LOG_LEVEL: 'silent', ...env });
  process.on('disconnect', () => void app.stop().finally(() => process.exit(0)));
  const device = await signedInDevice(app, DEMO_USERS[0]!.oid);
  if ((await device.send('POST', '/api/connections/outlook-calendar')).status !== 200) throw new Error('connect failed');
  const url = `${app.url}/api/meetings`;
  // Cold: 100 concurrent first requests for one user make exactly one calendar fetch.
  const before = app.demo!.calendar.requestCount;
  const cold = await Promise.all(Array.from({ length: 100 }, () => fetch(url, { headers: device.headers })));
  const coldUpstreamFetches = app.demo!.calendar.requestCount - before;
  const body: unknown = await cold[0]!.json();
  return { kind: 'app', url, headers: device.headers, coldUpstreamFetches, coldFailures: cold.filter((r) => r.status !== 200).length, body };
}

async function startBareSide(body: unknown): Promise<ServerReady> {
  const app = express();
  app.get('/json', (_req, res) => {
    res.json(body);
  });
  const server = createServer(app);
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  process.on('disconnect', () => server.close(() => process.exit(0)));
  return { kind: 'bare', url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/json` };
}

if (require.main === module) {
  setTimeout(() => process.exit(2), LIFETIME_MS).unref();
  process.once('message', (message: { kind: 'app'; env: Record<string, string> } | { kind: 'bare'; body: unknown }) => {
    (message.kind === 'app' ? startAppSide(message.env) : startBareSide(message.body))
      .then((ready) => process.send!(ready))
      .catch((err: unknown) => {
        console.error(err);
        process.exit(1);
      });
  });
}
