import { SingleFlight } from '../lib/single-flight';
import type { Sealed } from '../vault/crypto';
import { isUpstreamFailure, type CacheOptions, type CacheResult, type ResultsCache } from './cache';

export interface MemoryCacheOptions<T> extends CacheOptions {
  maxEntries?: number;
  /** With `sizeOf`, entries are also dropped oldest-first beyond this many bytes. */
  maxBytes?: number;
  sizeOf?: (value: T) => number;
}

/**
 * An in-process cache with single flight (concurrent misses for one key make one upstream call)
 * and stale-if-error. Entries are dropped oldest-first beyond maxEntries (and maxBytes).
 */
export class MemoryCache<T = Sealed> {
  private readonly entries = new Map<string, { value: T; storedAt: number; size: number }>();
  private readonly flights = new SingleFlight<T>();
  private readonly now: () => number;
  private bytes = 0;

  constructor(private readonly options: MemoryCacheOptions<T>) {
    this.now = options.now ?? Date.now;
  }

  /** `stillCurrent`, asked when the load is done: false means a forget happened meanwhile, so nothing is stored. */
  async getOrLoad(key: string, load: () => Promise<T>, stillCurrent: () => boolean = () => true): Promise<CacheResult<T>> {
    const entry = this.entries.get(key);
    const age = entry ? this.now() - entry.storedAt : Infinity;
    if (entry && age < this.options.ttlMs) return { value: entry.value, stale: false };
    try {
      const value = await this.flights.run(key, async () => {
        const loaded = await load();
        if (stillCurrent()) this.store(key, loaded);
        return loaded;
      });
      return { value, stale: false };
    } catch (err) {
      if (entry && age < this.options.ttlMs + this.options.staleMs && isUpstreamFailure(err)) return { value: entry.value, stale: true };
      throw err;
    }
  }

  delete(prefix: string): void {
    for (const key of [...this.entries.keys()]) if (key.startsWith(prefix)) this.drop(key);
  }

  private store(key: string, value: T): void {
    this.drop(key);
    const size = this.options.sizeOf?.(value) ?? 0;
    this.entries.set(key, { value, storedAt: this.now(), size });
    this.bytes += size;
    const maxEntries = this.options.maxEntries ?? 10_000;
    const maxBytes = this.options.maxBytes ?? Infinity;
    while (this.entries.size > maxEntries || (this.bytes > maxBytes && this.entries.size > 1)) this.drop(this.entries.keys().next().value as string);
  }

  private drop(key: string): void {
    const entry = this.entries.get(key);
    if (!entry) return;
    this.bytes -= entry.size;
    this.entries.delete(key);
  }
}

/**
 * The in-process results cache. Each user has a generation that `forgetUser` moves on: keys carry
 * it, so a request after a forget never joins a load started before it, and that load never stores.
 */
export class MemoryResultsCache implements ResultsCache {
  private readonly cache: MemoryCache<Sealed>;
  private readonly generations = new Map<string, number>();

  constructor(options: CacheOptions & { maxEntries?: number; maxBytes?: number }) {
    // Bounded by bytes too: one entry is a whole sealed meeting list.
    this.cache = new MemoryCache<Sealed>({ maxBytes: 128 * 1024 * 1024, ...options, sizeOf: (v) => v.ciphertext.length + v.nonce.length + 64 });
  }

  getOrLoad(userScope: string, key: string, load: () => Promise<Sealed>): Promise<CacheResult<Sealed>> {
    const generation = this.generations.get(userScope) ?? 0;
    return this.cache.getOrLoad(`${userScope}\0${generation}\0${key}`, load, () => (this.generations.get(userScope) ?? 0) === generation);
  }

  async forgetUser(userScope: string): Promise<void> {
    this.generations.set(userScope, (this.generations.get(userScope) ?? 0) + 1);
    this.cache.delete(`${userScope}\0`);
  }

  /** Drops everything (the circuit breaker does when the shared cache is back). */
  clear(): void {
    this.cache.delete('');
  }

  async ping(): Promise<void> {}

  async readiness(): Promise<'ok'> {
    return 'ok';
  }

  async close(): Promise<void> {}
}
