import { Router } from 'express';
import type { Metrics } from '../lib/metrics';
import type { Store } from '../store/store';

/** Liveness, readiness (the database answers) and Prometheus metrics; no authentication. */
export function healthRoutes(store: Store, metrics: Metrics): Router {
  const router = Router();
  router.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  router.get('/readyz', async (_req, res) => {
    try {
      await store.ping();
      res.json({ status: 'ready', checks: { database: 'ok', cache: 'ok' } });
    } catch {
      res.status(503).json({ status: 'not_ready', checks: { database: 'failing', cache: 'ok' } });
    }
  });
  router.get('/metrics', (_req, res) => {
    res.type('text/plain; version=0.0.4').send(metrics.render());
  });
  return router;
}
