import { CacheUnavailableError, type CacheResult, type ResultsCache } from '../../../src/server/cache/cache';
import { FallbackResultsCache } from '../../../src/server/cache/fallback-cache';
import { MemoryResultsCache } from '../../../src/server/cache/memory-cache';
import type { Sealed } from '../../../src/server/vault/crypto';

const sealed = (n: number): Sealed => ({ nonce: Buffer.alloc(12, n), ciphertext: Buffer.alloc(20, n) });

/** A shared cache that can be switched off, counting what it is asked. */
function switchable() {
  const state = { up: true, calls: 0, forgets: [] as string[] };
  const down = () => Promise.reject(new CacheUnavailableError(new Error('ECONNREFUSED')));
  const cache: ResultsCache = {
    async getOrLoad(_u, _k, load): Promise<CacheResult<Sealed>> {
      state.calls++;
      if (!state.up) return down();
      return { value: await load(), stale: false };
    },
    async forgetUser(u) {
      state.calls++;
      if (!state.up) return down();
      state.forgets.push(u);
    },
    ping: async () => (state.up ? undefined : down()),
    readiness: async () => (state.up ? 'ok' : 'failing'),
    close: async () => undefined,
  };
  return { state, cache };
}

describe('FallbackResultsCache (circuit breaker over the shared cache)', () => {
  const caches: FallbackResultsCache[] = [];
  afterAll(() => Promise.all(caches.map((c) => c.close())));
  const make = (shared: ResultsCache, transitions: string[] = []) => {
    const c = new FallbackResultsCache(shared, new MemoryResultsCache({ ttlMs: 60_000, staleMs: 0 }), {
      failureThreshold: 3,
      probeEveryMs: 30,
      onTransition: (from, to) => transitions.push(`${from}→${to}`),
    });
    caches.push(c);
    return c;
  };

  it('stops asking a failing shared cache after three failures and serves in process, with one load per key', async () => {
    const { state, cache } = switchable();
    const transitions: string[] = [];
    const c = make(cache, transitions);
    state.up = false;
    let loads = 0;
    const load = async () => (loads++, sealed(1));
    for (let i = 0; i < 3; i++) await c.getOrLoad('u', `k${i}`, load);
    expect(transitions).toEqual(['closed→open']);
    const asked = state.calls;
    const results = await Promise.all(Array.from({ length: 50 }, () => c.getOrLoad('u', 'same', load)));
    expect(state.calls).toBe(asked);
    expect(results.every((r) => r.value.nonce[0] === 1)).toBe(true);
    expect(loads).toBe(4);
    expect(await c.readiness()).toBe('degraded');
  });

  it('probes in the background, pays owed forgets, then closes and empties the fallback', async () => {
    const { state, cache } = switchable();
    const transitions: string[] = [];
    const c = make(cache, transitions);
    state.up = false;
    for (let i = 0; i < 3; i++) await c.getOrLoad('u', 'k', async () => sealed(1));
    await expect(c.forgetUser('tenant:dana')).resolves.toBeUndefined();
    expect(state.forgets).toEqual([]);
    state.up = true;
    await new Promise((r) => setTimeout(r, 120));
    expect(transitions).toEqual(['closed→open', 'open→closed']);
    expect(state.forgets).toEqual(['tenant:dana']);
    expect(await c.readiness()).toBe('ok');
    let loads = 0;
    await c.getOrLoad('u', 'k', async () => (loads++, sealed(2)));
    expect(loads).toBe(1);
  });

  it('a forget the shared cache refuses opens the circuit at once and never fails the caller', async () => {
    const { state, cache } = switchable();
    const transitions: string[] = [];
    const c = make(cache, transitions);
    state.up = false;
    await expect(c.forgetUser('tenant:jonas')).resolves.toBeUndefined();
    expect(transitions).toEqual(['closed→open']);
  });

  it('passes through errors that are not the shared cache failing', async () => {
    const { cache } = switchable();
    const c = make(cache);
    await expect(c.getOrLoad('u', 'k', async () => Promise.reject(new Error('upstream')))).rejects.toThrow('upstream');
    expect(c.breaker.state).toBe('closed');
  });
});
