import Redis from 'ioredis';
import { randomBytes } from 'node:crypto';
import { RedisResultsCache } from '../../../src/server/cache/redis-cache';
import { CacheUnavailableError } from '../../../src/server/cache/cache';
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

  it('a server whose lock comes free just after a peer stored the value uses that value (no second load)', async () => {
    // The window the coordinator saw under CPU load: b reads "no value", a stores and releases its
    // lock, then b's SET NX succeeds. Here b's lock attempt is held back until a has finished.
    const a = make();
    const raw = new Redis(url!);
    raw.on('error', () => undefined);
    let aDone!: () => void;
    const aFinished = new Promise<void>((r) => (aDone = r));
    const slowLock = new Proxy(raw, {
      get(target, prop, receiver) {
        const value = Reflect.get(target, prop, receiver);
        if (prop !== 'set' || typeof value !== 'function') return typeof value === 'function' ? value.bind(target) : value;
        return async (...args: unknown[]) => {
          if (args.includes('NX')) await aFinished;
          return value.apply(target, args);
        };
      },
    });
    const b = new RedisResultsCache(slowLock, { ttlMs: 1000, staleMs: 5000, now: () => now, keyPrefix: prefix, pollMs: 5 });
    caches.push(b);
    let loads = 0;
    const load = async () => {
      loads++;
      await new Promise((r) => setTimeout(r, 20));
      return sealed(7);
    };
    const first = a.getOrLoad('u-race', 'k', load);
    await new Promise((r) => setTimeout(r, 5)); // a holds the lock and is loading
    const second = b.getOrLoad('u-race', 'k', load);
    await first;
    aDone();
    expect((await second).value.nonce[0]).toBe(7);
    expect(loads).toBe(1);
  });

  it('a load that started before forgetUser never stores its result, on this server or another', async () => {
    const [a, b] = [make(), make()];
    let release!: () => void;
    let started!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const loading = new Promise<void>((r) => (started = r));
    const slow = a.getOrLoad('u-gen', 'k', async () => {
      started();
      await gate;
      return sealed(1);
    });
    await loading;
    await b.forgetUser('u-gen');
    release();
    await slow;
    let loads = 0;
    const after = await a.getOrLoad('u-gen', 'k', async () => (loads++, sealed(2)));
    expect(after.value.nonce[0]).toBe(2);
    expect((await b.getOrLoad('u-gen', 'k', async () => (loads++, sealed(3)))).value.nonce[0]).toBe(2);
    expect(loads).toBe(1);
  });

  it('throws CacheUnavailableError (for the circuit breaker) when Redis does not answer, without calling upstream', async () => {
    const dead = RedisResultsCache.connect('redis://127.0.0.1:1', { ttlMs: 1000, staleMs: 5000, keyPrefix: prefix });
    caches.push(dead);
    let loads = 0;
    const started = Date.now();
    await expect(dead.getOrLoad('u', 'k', async () => (loads++, sealed(1)))).rejects.toBeInstanceOf(CacheUnavailableError);
    expect(loads).toBe(0);
    expect(Date.now() - started).toBeLessThan(1500);
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
