import { SingleFlight } from '../lib/single-flight';

export interface CacheOptions {
  ttlMs: number;
  /** After the fresh life, an entry may still be served for this long if the upstream fails. */
  staleMs: number;
  maxEntries?: number;
  now?: () => number;
}

export interface CacheResult<T> {
  value: T;
  stale: boolean;
}

/**
 * An in-process cache with single flight (concurrent misses for one key make one upstream call)
 * and stale-if-error. Entries are dropped oldest-first beyond maxEntries.
 */
export class MemoryCache<T> {
  private readonly entries = new Map<string, { value: T; storedAt: number }>();
  private readonly flights = new SingleFlight<T>();
  private readonly now: () => number;

  constructor(private readonly options: CacheOptions) {
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

/** Only an unavailable or throttling upstream justifies stale data; auth failures never do. */
function isUpstreamFailure(err: unknown): boolean {
  const code = (err as { code?: unknown } | null)?.code;
  return code === 'provider_unavailable' || code === 'rate_limited';
}
