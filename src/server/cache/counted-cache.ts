import type { CacheOutcome } from '../lib/metrics';
import type { Sealed } from '../vault/crypto';
import type { CacheResult, ResultsCache } from './cache';

/** Counts each answer of a results cache: a hit, a miss (this request's load ran) or a stale one. */
export class CountedResultsCache implements ResultsCache {
  constructor(
    private readonly inner: ResultsCache,
    private readonly count: (outcome: CacheOutcome) => void,
  ) {}

  async getOrLoad(userScope: string, key: string, load: () => Promise<Sealed>): Promise<CacheResult<Sealed>> {
    let loaded = false;
    const result = await this.inner.getOrLoad(userScope, key, () => {
      loaded = true;
      return load();
    });
    this.count(result.stale ? 'stale' : loaded ? 'miss' : 'hit');
    return result;
  }

  forgetUser(userScope: string): Promise<void> {
    return this.inner.forgetUser(userScope);
  }

  ping(): Promise<void> {
    return this.inner.ping();
  }

  readiness(): Promise<'ok' | 'degraded' | 'failing'> {
    return this.inner.readiness();
  }

  close(): Promise<void> {
    return this.inner.close();
  }
}
