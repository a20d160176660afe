import { CircuitBreaker, type BreakerState } from '../lib/circuit-breaker';
import type { Sealed } from '../vault/crypto';
import { CacheUnavailableError, type CacheResult, type ResultsCache } from './cache';
import type { MemoryResultsCache } from './memory-cache';

export interface FallbackCacheOptions {
  failureThreshold?: number;
  probeEveryMs?: number;
  onTransition?: (from: BreakerState, to: BreakerState) => void;
}

/**
 * The shared (Redis) cache behind a circuit breaker, with the in-process cache as its fallback.
 * Redis away: after the first failures every request is served in process at full speed (single
 * flight and stale-if-error included) while a probe looks for Redis every second. Forgets made
 * meanwhile are owed to Redis and paid before the circuit closes, so a disconnect is never undone
 * by Redis coming back; the fallback is emptied then, as other servers may have forgotten users.
 */
export class FallbackResultsCache implements ResultsCache {
  readonly breaker: CircuitBreaker;
  private readonly owedForgets = new Set<string>();

  constructor(
    private readonly shared: ResultsCache,
    private readonly fallback: MemoryResultsCache,
    options: FallbackCacheOptions = {},
  ) {
    this.breaker = new CircuitBreaker({
      failureThreshold: options.failureThreshold,
      probeEveryMs: options.probeEveryMs,
      probe: () => this.probe(),
      onTransition: (from, to) => {
        if (to === 'closed') this.fallback.clear();
        options.onTransition?.(from, to);
      },
    });
  }

  async getOrLoad(userScope: string, key: string, load: () => Promise<Sealed>): Promise<CacheResult<Sealed>> {
    if (this.breaker.allows()) {
      try {
        const result = await this.shared.getOrLoad(userScope, key, load);
        this.breaker.success();
        return result;
      } catch (err) {
        if (!(err instanceof CacheUnavailableError)) throw err;
        this.breaker.failure();
      }
    }
    return this.fallback.getOrLoad(userScope, key, load);
  }

  /** Never fails: a forget Redis cannot take now is owed and retried by the probe. */
  async forgetUser(userScope: string): Promise<void> {
    await this.fallback.forgetUser(userScope);
    if (this.breaker.allows()) {
      try {
        await this.shared.forgetUser(userScope);
        return;
      } catch {
        this.breaker.open();
      }
    }
    this.owedForgets.add(userScope);
  }

  /** A failure after the load (the value could not be stored) counts against Redis too. */
  sharedFailed(): void {
    this.breaker.failure();
  }

  async ping(): Promise<void> {
    await this.fallback.ping();
  }

  async readiness(): Promise<'ok' | 'degraded'> {
    return this.breaker.allows() && (await this.shared.readiness()) === 'ok' ? 'ok' : 'degraded';
  }

  async close(): Promise<void> {
    this.breaker.stop();
    await Promise.all([this.shared.close(), this.fallback.close()]);
  }

  private async probe(): Promise<void> {
    await this.shared.ping();
    for (const userScope of [...this.owedForgets]) {
      await this.shared.forgetUser(userScope);
      this.owedForgets.delete(userScope);
    }
  }
}
