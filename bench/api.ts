import express from 'express';
import { createServer, request } from 'node:http';
import type { AddressInfo } from 'node:net';
import { DEMO_USERS } from '../src/demo';
import { signedInDevice } from '../test/helpers/api-client';
import { startApp } from '../test/helpers/start-app';
import { load } from './lib/load';
import type { Figure } from './lib/report';

const ROUNDS = 3;
const API_TARGET = 0.75;
const REQUESTS = 3000;

/** A bare Express JSON route of the same payload size: the yardstick for the cached API. */
async function startBare(body: unknown) {
  const app = express();
  app.get('/json', (_req, res) => {
    res.json(body);
  });
  const server = createServer(app);
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/json`, close: () => new Promise<void>((r) => server.close(() => r())) };
}

/** The body as sent (still encoded): node's http client does not decode. */
function bodyBytes(url: string, headers: Record<string, string>): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const req = request(url, { headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve(Buffer.concat(chunks)));
    });
    req.on('error', reject);
    req.end();
  });
}

/** Runs the in-process cache, and the Redis cache too when TEST_REDIS_URL names a server. */
export async function benchApi(): Promise<Figure[]> {
  const figures = await benchApiWith('', {});
  const redisUrl = process.env.TEST_REDIS_URL;
  if (redisUrl) figures.push(...(await benchApiWith(' [Redis cache]', { REDIS_URL: redisUrl })));
  return figures;
}

export async function benchApiWith(label: string, env: Record<string, string>): Promise<Figure[]> {
  const app = await startApp({ LOG_LEVEL: 'silent', ...env });
  try {
    const user = DEMO_USERS[0]!;
    const device = await signedInDevice(app, user.oid);
    const headers = device.headers;
    if ((await device.send('POST', '/api/connections/outlook-calendar')).status !== 200) throw new Error('connect failed');
    const meetingsUrl = `${app.url}/api/meetings`;

    // Cold: 100 concurrent first requests for one user make exactly one calendar fetch.
    const before = app.demo!.calendar.requestCount;
    const cold = await Promise.all(Array.from({ length: 100 }, () => fetch(meetingsUrl, { headers })));
    const upstream = app.demo!.calendar.requestCount - before;
    const body = await cold[0]!.json();
    if (cold.some((r) => r.status !== 200)) throw new Error('a cold request failed');
    const identityBytes = (await bodyBytes(meetingsUrl, headers)).length;
    const gzipBytes = (await bodyBytes(meetingsUrl, { ...headers, 'accept-encoding': 'gzip' })).length;

    const bare = await startBare(body);
    try {
      let cached = 0;
      let cachedGzip = 0;
      let yardstick = 0;
      // Browsers ask with Accept-Encoding; the bare route answers the same JSON uncompressed either way.
      const gzipHeaders = { ...headers, 'accept-encoding': 'gzip, deflate, br' };
      // Warm both up (JIT, sockets) before measuring, then alternate so both see the same noise.
      await load(meetingsUrl, headers, 1000);
      await load(meetingsUrl, gzipHeaders, 1000);
      await load(bare.url, {}, 1000);
      for (let round = 0; round < ROUNDS; round++) {
        const a = await load(meetingsUrl, headers, REQUESTS);
        const g = await load(meetingsUrl, gzipHeaders, REQUESTS);
        const b = await load(bare.url, {}, REQUESTS);
        if (a.failures || g.failures || b.failures) throw new Error('load run had failures');
        cached += a.perSecond;
        cachedGzip += g.perSecond;
        yardstick += b.perSecond;
      }
      const ratio = cached / yardstick;
      const gzipRatio = cachedGzip / yardstick;
      const judged = (r: number) => (label ? {} : { target: `≥ ${API_TARGET}`, ok: r >= API_TARGET });
      return [
        { name: `cold: calendar fetches for 100 concurrent requests${label}`, value: upstream, unit: 'fetches', target: '1', ok: upstream === 1 },
        { name: `cached /api/meetings${label}`, value: cached / ROUNDS, unit: 'req/s' },
        { name: `cached /api/meetings, gzip${label}`, value: cachedGzip / ROUNDS, unit: 'req/s' },
        { name: `bare Express JSON route${label}`, value: yardstick / ROUNDS, unit: 'req/s' },
        // The brief's bar is for the default (in-process) cache; the Redis figure is reported, not judged.
        { name: `cached /api/meetings ÷ bare Express${label}`, value: ratio, unit: '×', ...judged(ratio) },
        { name: `cached /api/meetings, gzip ÷ bare Express${label}`, value: gzipRatio, unit: '×', ...judged(gzipRatio) },
        { name: `cached /api/meetings body, identity → gzip${label}`, value: identityBytes / 1024, unit: `KB → ${(gzipBytes / 1024).toFixed(1)} KB` },
      ];
    } finally {
      await bare.close();
    }
  } finally {
    await app.stop();
  }
}
