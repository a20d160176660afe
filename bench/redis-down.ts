import { randomBytes } from 'node:crypto';
import { DEMO_USERS } from '../src/demo';
import { signedInDevice } from '../test/helpers/api-client';
import { startApp } from '../test/helpers/start-app';
import { servicesAvailable, startTestServices } from '../test/setup/test-services';
import { load } from './lib/load';
import type { Figure } from './lib/report';

const ROUNDS = 3;
const REQUESTS = 2000;
const TARGET = 0.8;

/**
 * Cached /api/meetings with Redis up, then with that Redis stopped (the circuit breaker's
 * in-process fallback serving), alternating on one server so both see the same noise. Uses its
 * own throwaway Redis (and PostgreSQL) from .ci/test-services.sh, since it stops it.
 */
export async function benchRedisDown(): Promise<Figure[]> {
  const name = 'cached /api/meetings with Redis down ÷ Redis up';
  if (!servicesAvailable()) {
    console.warn('*** Redis is not installed: the Redis-down figure was NOT measured. ***');
    return [{ name, value: NaN, unit: '×', target: `≥ ${TARGET}`, ok: false }];
  }
  const services = await startTestServices({ lifetimeSeconds: 900 });
  const app = await startApp({ LOG_LEVEL: 'silent', REDIS_URL: services.urls.TEST_REDIS_URL!, TOKEN_MASTER_KEYS: `k1:${randomBytes(32).toString('base64')}` });
  try {
    const device = await signedInDevice(app, DEMO_USERS[0]!.oid);
    if ((await device.send('POST', '/api/connections/outlook-calendar')).status !== 200) throw new Error('connect failed');
    const url = `${app.url}/api/meetings`;
    const run = async () => {
      await load(url, device.headers, 500); // warm: the cache in use holds the entry, the breaker has settled
      const result = await load(url, device.headers, REQUESTS);
      if (result.failures) throw new Error(`${result.failures} requests failed`);
      return result.perSecond;
    };
    let up = 0;
    let down = 0;
    for (let round = 0; round < ROUNDS; round++) {
      const u = await run();
      await services.stop('redis');
      const d = await run();
      if (process.env.BENCH_VERBOSE) console.log(`round ${round}: up ${u.toFixed(0)}, down ${d.toFixed(0)} req/s`);
      up += u;
      down += d;
      await services.start('redis');
      await waitForReady(app.url);
    }
    const ratio = down / up;
    return [
      { name: 'cached /api/meetings, Redis up', value: up / ROUNDS, unit: 'req/s' },
      { name: 'cached /api/meetings, Redis down (in-process fallback)', value: down / ROUNDS, unit: 'req/s' },
      { name, value: ratio, unit: '×', target: `≥ ${TARGET}`, ok: ratio >= TARGET },
    ];
  } finally {
    await app.stop();
    services.down();
  }
}

/** Until /readyz says the cache is `ok` again (the breaker's probe found Redis). */
async function waitForReady(base: string): Promise<void> {
  for (let i = 0; i < 100; i++) {
    const body = (await (await fetch(`${base}/readyz`)).json()) as { checks: { cache: string } };
    if (body.checks.cache === 'ok') return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('Redis did not come back');
}
