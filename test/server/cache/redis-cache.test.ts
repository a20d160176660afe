import Redis from 'ioredis';
import { randomBytes } from 'node:crypto';
import { RedisResultsCache } from '../../../src/server/cache/redis-cache';
import { AppError } from '../../../src/server/errors/app-error';
import type { Sealed } from '../../../src/server/vault/crypto';
import { serviceUrl } from '../../helpers/services';

const url = serviceUrl('TEST_REDIS_URL');
const sealed = (n: number): Sealed => ({ nonce: Buffer.alloc(12, n), ciphertext: Buffer.alloc(40, n) });

if (!url) {
  // serviceUrl() has already said loudly that this suite did not run (and failed in CI).
  test('RedisResultsCache: no TEST_REDIS_URL, suite not run', () => expect(url).toBeUndefined());
}

/** Runs only against a real Redis (see test/helpers/services.ts). */
if (url) describe('RedisResultsCache on a real Redis', () => {
  let now = 1_000_000;
  const prefix = `upnext-test-${randomBytes(4).toString('hex')}:`;
  const caches: RedisResultsCache[] = [];
  const make = () => {
    const cache = RedisResultsCache.connect(url!, { ttlMs: 1000, staleMs: 5000, now: () => now, keyPrefix: prefix, pollMs: 5 });
    caches.push(cache);
    return cache;
  };
  afterAll(async () => {
    const redis = new Redis(url!);
    const keys = await redis.keys(`${prefix}*`);
    if (keys.length) await redis.del(...keys);
    redis.disconnect();
    await Promise.all(caches.map((c) => c.close()));
  });

  it('two servers missing the same key concurrently make one upstream call', async () => {
    const [a, b] = [make(), make()];
    let loads = 0;
    const load = async () => {
      loads++;
      await new Promise((r) => setTimeout(r, 50));
      return sealed(1);
    };
    const results = await Promise.all([...Array.from({ length: 10 }, () => a.getOrLoad('u1', 'k', load)), ...Array.from({ length: 10 }, () => b.getOrLoad('u1', 'k', load))]);
    expect(loads).toBe(1);
    for (const r of results) expect(r.value.ciphertext.equals(sealed(1).ciphertext)).toBe(true);
  });

  it('serves a fresh hit without loading, then stale-if-error after the TTL, then gives up after the window', async () => {
    const cache = make();
    await cache.getOrLoad('u2', 'k', async () => sealed(2));
    expect((await cache.getOrLoad('u2', 'k', async () => sealed(9))).value.nonce[0]).toBe(2);
    now += 2000;
    const down = async (): Promise<Sealed> => {
      throw new AppError('provider_unavailable', 'down');
    };
    const stale = await cache.getOrLoad('u2', 'k', down);
    expect(stale.stale).toBe(true);
    expect(stale.value.nonce[0]).toBe(2);
    await expect(cache.getOrLoad('u2', 'k', async () => Promise.reject(new AppError('reconnect_required', 'x')))).rejects.toMatchObject({ code: 'reconnect_required' });
  });

  it('forgets one user and keeps the others; keys reveal neither user nor query', async () => {
    const cache = make();
    await cache.getOrLoad('tenant-1:alice', 'query-a', async () => sealed(3));
    await cache.getOrLoad('tenant-1:bob', 'query-b', async () => sealed(4));
    const redis = new Redis(url!);
    const keys = await redis.keys(`${prefix}*`);
    expect(keys.join(' ')).not.toMatch(/alice|bob|tenant|query/);
    await cache.forgetUser('tenant-1:alice');
    let loads = 0;
    await cache.getOrLoad('tenant-1:alice', 'query-a', async () => (loads++, sealed(5)));
    await cache.getOrLoad('tenant-1:bob', 'query-b', async () => (loads++, sealed(6)));
    expect(loads).toBe(1);
    redis.disconnect();
  });

  it('answers ping', async () => {
    await expect(make().ping()).resolves.toBeUndefined();
  });
});
