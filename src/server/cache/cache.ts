import type { Sealed } from '../vault/crypto';

export interface CacheResult<T> {
  value: T;
  stale: boolean;
}

/**
 * The results cache (brief §2): fresh for the TTL, then servable as stale while the upstream
 * fails; concurrent misses for one key make one upstream call. Values are sealed by the caller.
 * In process by default, Redis when REDIS_URL is set.
 */
export interface ResultsCache {
  getOrLoad(userScope: string, key: string, load: () => Promise<Sealed>): Promise<CacheResult<Sealed>>;
  /** Drops everything cached for one user (after connect or disconnect). */
  forgetUser(userScope: string): Promise<void>;
  ping(): Promise<void>;
  /** For /readyz: `degraded` means a fallback is serving (Redis down), which is still ready. */
  readiness(): Promise<'ok' | 'degraded' | 'failing'>;
  close(): Promise<void>;
}

export interface CacheOptions {
  ttlMs: number;
  /** After the fresh life, an entry may still be served for this long if the upstream fails. */
  staleMs: number;
  now?: () => number;
}

/** Only an unavailable or throttling upstream justifies stale data; auth failures never do. */
export function isUpstreamFailure(err: unknown): boolean {
  const code = (err as { code?: unknown } | null)?.code;
  return code === 'provider_unavailable' || code === 'rate_limited';
}

/**
 * The shared cache itself (Redis) did not answer. Thrown before anything went upstream, so the
 * caller (the circuit breaker in `fallback-cache.ts`) may serve the request from its fallback.
 */
export class CacheUnavailableError extends Error {
  constructor(cause: unknown) {
    super('The shared cache did not answer.', { cause });
    this.name = 'CacheUnavailableError';
  }
}
