import { MemoryCache, MemoryResultsCache } from '../../../src/server/cache/memory-cache';
import type { Sealed } from '../../../src/server/vault/crypto';

import { AppError } from '../../../src/server/errors/app-error';

describe('MemoryCache', () => {
  let now = 0;
  const cache = () => new MemoryCache<string>({ ttlMs: 1000, staleMs: 5000, now: () => now });

  beforeEach(() => {
    now = 0;
  });

  it('serves fresh entries without loading', async () => {
    const c = cache();
    const load = jest.fn(async () => 'v');
    await c.getOrLoad('k', load);
    now = 999;
    expect(await c.getOrLoad('k', load)).toEqual({ value: 'v', stale: false });
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('makes one upstream call for 100 concurrent misses', async () => {
    const c = cache();
    const load = jest.fn(() => new Promise<string>((r) => setTimeout(() => r('v'), 5)));
    await Promise.all(Array.from({ length: 100 }, () => c.getOrLoad('k', load)));
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('serves a stale entry, flagged, when the upstream is unavailable', async () => {
    const c = cache();
    await c.getOrLoad('k', async () => 'old');
    now = 3000;
    expect(await c.getOrLoad('k', async () => Promise.reject(new AppError('provider_unavailable', 'down')))).toEqual({ value: 'old', stale: true });
  });

  it('never serves stale data past the window or for auth failures', async () => {
    const c = cache();
    await c.getOrLoad('k', async () => 'old');
    now = 3000;
    await expect(c.getOrLoad('k', async () => Promise.reject(new AppError('reconnect_required', 'x')))).rejects.toMatchObject({ code: 'reconnect_required' });
    now = 7000;
    await expect(c.getOrLoad('k', async () => Promise.reject(new AppError('provider_unavailable', 'x')))).rejects.toMatchObject({ code: 'provider_unavailable' });
  });
});

describe('MemoryCache bounds', () => {
  it('drops the oldest entries beyond maxBytes', async () => {
    const c = new MemoryCache<string>({ ttlMs: 1000, staleMs: 0, maxBytes: 10, sizeOf: (v) => v.length, now: () => 0 });
    await c.getOrLoad('a', async () => 'aaaa');
    await c.getOrLoad('b', async () => 'bbbb');
    await c.getOrLoad('c', async () => 'cccc'); // 12 bytes: 'a' goes
    const load = jest.fn(async () => 'again');
    await c.getOrLoad('a', load);
    expect(load).toHaveBeenCalledTimes(1);
    await c.getOrLoad('c', load);
    expect(load).toHaveBeenCalledTimes(1);
  });
});

describe('MemoryResultsCache generations', () => {
  const sealed = (n: number): Sealed => ({ nonce: Buffer.alloc(12, n), ciphertext: Buffer.alloc(20, n) });

  it('a load in flight when the user is forgotten never stores, and later requests do not join it', async () => {
    const c = new MemoryResultsCache({ ttlMs: 60_000, staleMs: 0 });
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const before = c.getOrLoad('t:dana', 'k', async () => (await gate, sealed(1)));
    await c.forgetUser('t:dana');
    const load = jest.fn(async () => sealed(2));
    const after = c.getOrLoad('t:dana', 'k', load);
    release();
    expect((await before).value.nonce[0]).toBe(1);
    expect((await after).value.nonce[0]).toBe(2);
    expect((await c.getOrLoad('t:dana', 'k', load)).value.nonce[0]).toBe(2);
    expect(load).toHaveBeenCalledTimes(1);
  });
});
