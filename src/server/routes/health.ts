import { Router } from 'express';
import type { Metrics } from '../lib/metrics';
import { metricsAccess } from '../middleware/metrics-access';
import type { ResultsCache } from '../cache/cache';
import type { Store } from '../store/store';
import { Lifecycle } from '../lifecycle';

/**
 * Liveness, readiness (the database answers; the cache answers or its fallback serves; the server
 * is not draining before shutdown) and Prometheus metrics (loopback or METRICS_TOKEN only); no
 * user authentication.
 */
export function healthRoutes(store: Store, cache: ResultsCache, metrics: Metrics, metricsToken?: string, lifecycle: Lifecycle = new Lifecycle()): Router {
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
    const [database, cacheCheck] = await Promise.all([check(() => store.ping()), cache.readiness().catch(() => 'failing' as const)]);
    // Redis down is `degraded`, not unready: the in-process fallback serves at full speed.
    const ready = database === 'ok' && cacheCheck !== 'failing';
    res.status(ready ? 200 : 503).json({ status: ready ? 'ready' : 'not_ready', checks: { database, cache: cacheCheck } });
  });
  router.get('/metrics', metricsAccess(metricsToken), async (_req, res) => {
    res.setHeader('Cache-Control', 'no-store');
    res.type(metrics.contentType).send(await metrics.render());
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
