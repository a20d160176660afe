import { SingleFlight } from '../lib/single-flight';
import type { Sealed } from '../vault/crypto';
import { isUpstreamFailure, type CacheOptions, type CacheResult, type ResultsCache } from './cache';

/**
 * An in-process cache with single flight (concurrent misses for one key make one upstream call)
 * and stale-if-error. Entries are dropped oldest-first beyond maxEntries.
 */
export class MemoryCache<T = Sealed> {
  private readonly entries = new Map<string, { value: T; storedAt: number }>();
  private readonly flights = new SingleFlight<T>();
  private readonly now: () => number;

  constructor(private readonly options: CacheOptions & { maxEntries?: number }) {
    this.now = options.now ?? Date.now;
  }

  async getOrLoad(key: string, load: () => Promise<T>): Promise<CacheResult<T>> {
    const entry = this.entries.get(key);
    const age = entry ? this.now() - entry.storedAt : Infinity;
    if (entry && age < this.options.ttlMs) return { value: entry.value, stale: false };
    try {
      const value = await this.flights.run(key, async () => {
        const loaded = await load();
        this.store(key, loaded);
        return loaded;
      });
      return { value, stale: false };
    } catch (err) {
      if (entry && age < this.options.ttlMs + this.options.staleMs && isUpstreamFailure(err)) return { value: entry.value, stale: true };
      throw err;
    }
  }

  delete(prefix: string): void {
    for (const key of this.entries.keys()) if (key.startsWith(prefix)) this.entries.delete(key);
  }

  private store(key: string, value: T): void {
    this.entries.delete(key);
    this.entries.set(key, { value, storedAt: this.now() });
    const max = this.options.maxEntries ?? 10_000;
    while (this.entries.size > max) this.entries.delete(this.entries.keys().next().value as string);
  }
}

/** The in-process results cache. */
export class MemoryResultsCache implements ResultsCache {
  private readonly cache: MemoryCache<Sealed>;

  constructor(options: CacheOptions & { maxEntries?: number }) {
    this.cache = new MemoryCache<Sealed>(options);
  }

  getOrLoad(userScope: string, key: string, load: () => Promise<Sealed>): Promise<CacheResult<Sealed>> {
    return this.cache.getOrLoad(`${userScope}\0${key}`, load);
  }

  async forgetUser(userScope: string): Promise<void> {
    this.cache.delete(`${userScope}\0`);
  }

  async ping(): Promise<void> {}

  async close(): Promise<void> {}
}
