import { Router, type Request } from 'express';
import { z } from 'zod';
import type { AccessCheck } from '../access/access-check';
import { AppError } from '../errors/app-error';
import { currentUser } from '../middleware/authenticate';
import type { Provider } from '../providers/provider';
import type { ProviderRegistry } from '../providers/registry';
import type { ConnectionsService } from '../services/connections-service';
import type { MeetingsService } from '../services/meetings-service';

/** POST /api/connections/:provider/complete body: what the consent popup handed back. */
export const completeBody = z
  .object({
    code: z.string().min(1).max(4096).regex(/^[\x21-\x7e]+$/),
    state: z.string().min(1).max(2048).regex(/^[A-Za-z0-9_.-]+$/),
  })
  .strict();

/** POST /api/connections/:provider body (optional): `auto` when the pane tries on its own, not on a press of Connect. */
export const connectBody = z.object({ auto: z.boolean().optional() }).strict();

/** DELETE /api/connections/:provider?scope=: `device` (this device only) or `all` (every device, the default). */
export const disconnectQuery = z.object({ scope: z.enum(['device', 'all']).default('all') });

/**
 * POST /api/connections/:provider (silent connect; `{auto: true}` honours a remembered Disconnect),
 * …/complete, DELETE (disconnect, remembered until the person connects again: `scope=device` deletes
 * this device's entry; `scope=all` revokes the upstream grant where the provider can and deletes
 * every entry; 204, or 200 with `revoke` when that failed or was not possible, i.e. this device
 * could not open the entry; the local entries are deleted either way).
 */
export function connectionsRoutes(connections: ConnectionsService, meetings: Pick<MeetingsService, 'forget'>, registry: ProviderRegistry, access: AccessCheck): Router {
  const provider = (req: Request): Provider => {
    const found = registry.get(String(req.params.provider));
    if (!found) throw new AppError('bad_request', 'No such integration.', { status: 404 });
    return found;
  };
  const router = Router();
  router.post('/api/connections/:provider', async (req, res) => {
    const p = provider(req);
    const body = connectBody.safeParse(req.body ?? {});
    if (!body.success) throw new AppError('bad_request', 'The body must be empty or {auto: boolean}.');
    const user = currentUser(req);
    await access.require(user, p.id);
    await connections.connect({ user, userKey: req.userKey, requestId: req.id }, p, { auto: body.data.auto === true });
    await meetings.forget(user.tid, user.oid);
    res.json({ provider: p.id, state: 'connected' });
  });
  router.post('/api/connections/:provider/complete', async (req, res) => {
    const p = provider(req);
    const parsed = completeBody.safeParse(req.body);
    if (!parsed.success) throw new AppError('bad_request', 'The body must be {code, state} from the sign-in popup.');
    const user = currentUser(req);
    await access.require(user, p.id);
    await connections.complete({ user, userKey: req.userKey, requestId: req.id }, p, parsed.data.code, parsed.data.state);
    await meetings.forget(user.tid, user.oid);
    res.json({ provider: p.id, state: 'connected' });
  });
  // Disconnecting is never refused: removing your own stored tokens needs no access.
  router.delete('/api/connections/:provider', async (req, res) => {
    const p = provider(req);
    const query = disconnectQuery.safeParse({ scope: req.query.scope });
    if (!query.success) throw new AppError('bad_request', 'scope must be device or all.');
    const user = currentUser(req);
    const outcome = await connections.disconnect({ user, userKey: req.userKey, requestId: req.id }, p.id, query.data.scope);
    await meetings.forget(user.tid, user.oid);
    if (outcome.revoke === 'failed' || outcome.revoke === 'not_possible') {
      req.log?.warn({ provider: p.id, revoke: outcome.revoke }, 'upstream grant not revoked; the local connection was deleted');
      res.status(200).json({ provider: p.id, state: 'not_connected', revoke: outcome.revoke });
      return;
    }
    res.status(204).end();
  });
  return router;
}
