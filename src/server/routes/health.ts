import { Router } from 'express';
import type { Metrics } from '../lib/metrics';
import type { ResultsCache } from '../cache/cache';
import type { Store } from '../store/store';
import { Lifecycle } from '../lifecycle';

/**
 * Liveness, readiness (the database and the cache answer, and the server is not draining before
 * shutdown) and Prometheus metrics; no authentication.
 */
export function healthRoutes(store: Store, cache: ResultsCache, metrics: Metrics, lifecycle: Lifecycle = new Lifecycle()): Router {
  const router = Router();
  router.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  router.get('/readyz', async (_req, res) => {
    // Draining: the load balancer must stop sending here while in-flight requests finish.
    if (lifecycle.draining) {
      res.status(503).setHeader('Retry-After', '5');
      res.json({ status: 'draining' });
      return;
    }
    const [database, cacheCheck] = await Promise.all([check(() => store.ping()), check(() => cache.ping())]);
    const ready = database === 'ok' && cacheCheck === 'ok';
    res.status(ready ? 200 : 503).json({ status: ready ? 'ready' : 'not_ready', checks: { database, cache: cacheCheck } });
  });
  router.get('/metrics', (_req, res) => {
    res.type('text/plain; version=0.0.4').send(metrics.render());
  });
  return router;
}

async function check(probe: () => Promise<void>): Promise<'ok' | 'failing'> {
  try {
    await Promise.race([probe(), new Promise((_, reject) => setTimeout(() => reject(new Error('timeout')), 2_000).unref())]);
    return 'ok';
  } catch {
    return 'failing';
  }
}
