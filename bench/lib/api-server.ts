/**
 * One server under test in its own process, for bench/api.ts: `app` (the real app, a signed-in
 * demo user with the calendar connected) or `bare` (a bare Express JSON route serving the body the
 * parent sends). The parent is the load generator; neither server shares a process with it or with
 * the other. Talks over IPC; exits when the parent disconnects or after a bounded lifetime.
 */
import express from 'express';
import { writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { Session } from 'node:inspector';
import type { AddressInfo } from 'node:net';
import { DEMO_USERS } from '../../src/demo';
import { signedInDevice } from '../../test/helpers/api-client';
import { startApp } from '../../test/helpers/start-app';

export type ServerReady =
  | { kind: 'app'; url: string; headers: Record<string, string>; coldUpstreamFetches: number; coldFailures: number; body: unknown }
  | { kind: 'bare'; url: string };

const LIFETIME_MS = 10 * 60_000;

/**
 * With BENCH_CPU_PROF=<dir>: a CPU profile of the server from when it is ready (start-up left out)
 * until the parent lets go, written to <dir>/<kind>.cpuprofile.
 */
function profileFromNow(kind: string): (() => Promise<void>) | undefined {
  const dir = process.env.BENCH_CPU_PROF;
  if (!dir) return undefined;
  const session = new Session();
  session.connect();
  session.post('Profiler.enable');
  session.post('Profiler.setSamplingInterval', { interval: 100 });
  session.post('Profiler.start');
  return () =>
    new Promise((resolve) =>
      session.post('Profiler.stop', (err, result) => {
        if (!err) writeFileSync(`${dir}/${kind}.cpuprofile`, JSON.stringify(result.profile));
        resolve();
      }),
    );
}

async function startAppSide(env: Record<string, string>): Promise<ServerReady> {
  const app = await startApp({ LOG_LEVEL: 'silent', ...env });
  let stopProfile: (() => Promise<void>) | undefined;
  process.on('disconnect', () => void (stopProfile?.() ?? Promise.resolve()).then(() => app.stop()).finally(() => process.exit(0)));
  const device = await signedInDevice(app, DEMO_USERS[0]!.oid);
  if ((await device.send('POST', '/api/connections/outlook-calendar')).status !== 200) throw new Error('connect failed');
  const url = `${app.url}/api/meetings`;
  // Cold: 100 concurrent first requests for one user make exactly one calendar fetch.
  const before = app.demo!.calendar.requestCount;
  const cold = await Promise.all(Array.from({ length: 100 }, () => fetch(url, { headers: device.headers })));
  const coldUpstreamFetches = app.demo!.calendar.requestCount - before;
  const body: unknown = await cold[0]!.json();
  stopProfile = profileFromNow('app');
  return { kind: 'app', url, headers: device.headers, coldUpstreamFetches, coldFailures: cold.filter((r) => r.status !== 200).length, body };
}

async function startBareSide(body: unknown): Promise<ServerReady> {
  const app = express();
  app.get('/json', (_req, res) => {
    res.json(body);
  });
  const server = createServer(app);
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const stopProfile = profileFromNow('bare');
  process.on('disconnect', () => void (stopProfile?.() ?? Promise.resolve()).then(() => server.close(() => process.exit(0))));
  return { kind: 'bare', url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/json` };
}

if (require.main === module) {
  setTimeout(() => process.exit(2), LIFETIME_MS).unref();
  // After start-up, `cpu` asks for the CPU time this server has used so far (µs), for CPU per request.
  process.on('message', (message: unknown) => {
    if (message === 'cpu') {
      const used = process.cpuUsage();
      process.send!({ cpu: used.user + used.system });
    }
  });
  process.once('message', (message: { kind: 'app'; env: Record<string, string> } | { kind: 'bare'; body: unknown }) => {
    (message.kind === 'app' ? startAppSide(message.env) : startBareSide(message.body))
      .then((ready) => process.send!(ready))
      .catch((err: unknown) => {
        console.error(err);
        process.exit(1);
      });
  });
}
