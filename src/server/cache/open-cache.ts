import type { Logger } from 'pino';
import type { Metrics } from '../lib/metrics';
import type { CacheOptions, ResultsCache } from './cache';
import { CountedResultsCache } from './counted-cache';
import { FallbackResultsCache } from './fallback-cache';
import { MemoryResultsCache } from './memory-cache';
import { RedisResultsCache } from './redis-cache';

/**
 * The results cache REDIS_URL asks for: in process, or Redis behind a circuit breaker with the
 * in-process cache as fallback (each transition logged and counted); every answer counted.
 */
export function openResultsCache(redisUrl: string | undefined, options: CacheOptions, logger: Logger, metrics: Metrics): ResultsCache {
  return new CountedResultsCache(redisUrl ? sharedCache(redisUrl, options, logger, metrics) : new MemoryResultsCache(options), (outcome) => metrics.cacheResult(outcome));
}

function sharedCache(url: string, options: CacheOptions, logger: Logger, metrics: Metrics): ResultsCache {
  let cache: FallbackResultsCache | undefined;
  const redis = RedisResultsCache.connect(url, { ...options, onFailure: () => cache?.sharedFailed() });
  cache = new FallbackResultsCache(redis, new MemoryResultsCache(options), {
    onTransition: (from, to) => {
      logger.warn({ from, to }, to === 'open' ? 'Redis is failing: serving the results cache in process' : 'Redis is back: shared results cache in use');
      metrics.breakerTransition('redis', from, to);
    },
  });
  return cache;
}
