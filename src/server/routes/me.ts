import { Router } from 'express';
import type { MeResponse } from '../../shared/api';
import type { AccessCheck } from '../access/access-check';
import { isAdmin } from '../access/admins';
import { currentUser } from '../middleware/authenticate';
import type { ProviderRegistry } from '../providers/registry';
import type { CalendarZones } from '../services/calendar-zones';
import type { Store } from '../store/store';
import type { TokenInjector } from '../vault/token-injector';

/**
 * GET /api/me — who you are, whether you are an admin, and the state of each integration this
 * server offers (`offered`; `not_enabled` when the access check refuses the caller), with a
 * connected calendar's own time zone when `zones` knows it (asked here, never on the list's path).
 */
export function meRoute(
  store: Store,
  injector: TokenInjector,
  access: AccessCheck,
  options: { adminUsers: readonly string[]; registry: ProviderRegistry; zones?: CalendarZones },
  now: () => number = Date.now,
): Router {
  const router = Router();
  router.get('/api/me', async (req, res) => {
    const user = currentUser(req);
    const at = now();
    await store.touchUser(user.tid, user.oid, at);
    // The console's people picker lists who signed in; the overage flag feeds its group advice.
    await store.admin.recordPerson(user.tid, { oid: user.oid, name: user.name, username: user.username, lastSeenAt: at, groupsOverage: user.groupsOverage === true });
    const decisions = await access.decisions(user);
    const ctx = { user, userKey: req.userKey, requestId: req.id };
    const integrations = await Promise.all(
      options.registry.all.map(async (p): Promise<MeResponse['integrations'][number]> => {
        if (!decisions.get(p.id)!.allowed) return { provider: p.id, state: 'not_enabled' };
        const status = await injector.status(ctx, p.id);
        const timeZone = status.state === 'connected' ? await options.zones?.zoneOf(ctx, p) : undefined;
        return { provider: p.id, ...status, ...(timeZone && { timeZone }) };
      }),
    );
    const body: MeResponse = {
      user: { tid: user.tid, oid: user.oid, name: user.name, username: user.username, isAdmin: isAdmin(user, options.adminUsers) },
      integrations,
    };
    res.json(body);
  });
  return router;
}
