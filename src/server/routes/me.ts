import { Router } from 'express';
import type { MeResponse } from '../../shared/api';
import { currentUser } from '../middleware/authenticate';
import type { ProviderRegistry } from '../providers/registry';
import type { Store } from '../store/store';
import type { TokenInjector } from '../vault/token-injector';

/** GET /api/me — who you are and the state of each integration. */
export function meRoute(store: Store, injector: TokenInjector, registry: ProviderRegistry, now: () => number = Date.now): Router {
  const router = Router();
  router.get('/api/me', async (req, res) => {
    const user = currentUser(req);
    await store.touchUser(user.tid, user.oid, now());
    const ctx = { user, userKey: req.userKey };
    const integrations = await Promise.all(registry.all.map(async (p) => ({ provider: p.id, ...(await injector.status(ctx, p.id)) })));
    const body: MeResponse = {
      user: { tid: user.tid, oid: user.oid, name: user.name, username: user.username, isAdmin: false },
      integrations,
    };
    res.json(body);
  });
  return router;
}
