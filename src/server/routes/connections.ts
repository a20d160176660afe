import { Router, type Request } from 'express';
import { z } from 'zod';
import type { ProviderId } from '../../shared/api';
import type { AccessCheck } from '../access/access-check';
import { AppError } from '../errors/app-error';
import { currentUser } from '../middleware/authenticate';
import type { ConnectionsService } from '../services/connections-service';
import type { MeetingsService } from '../services/meetings-service';

/** POST /api/connections/:provider/complete body: what the consent popup handed back. */
const completeBody = z
  .object({
    code: z.string().min(1).max(4096).regex(/^[\x21-\x7e]+$/),
    state: z.string().min(1).max(2048).regex(/^[A-Za-z0-9_.-]+$/),
  })
  .strict();

const PROVIDERS = new Set<ProviderId>(['outlook-calendar']);

function provider(req: Request): ProviderId {
  const id = String(req.params.provider);
  if (!PROVIDERS.has(id as ProviderId)) throw new AppError('bad_request', 'No such integration.', { status: 404 });
  return id as ProviderId;
}

/** POST /api/connections/:provider (silent connect), …/complete, DELETE (disconnect). */
export function connectionsRoutes(connections: ConnectionsService, meetings: MeetingsService, access: AccessCheck): Router {
  const router = Router();
  router.post('/api/connections/:provider', async (req, res) => {
    const p = provider(req);
    const user = currentUser(req);
    await access.require(user, p);
    await connections.connect({ user, userKey: req.userKey }, p);
    await meetings.forget(user.tid, user.oid);
    res.json({ provider: p, state: 'connected' });
  });
  router.post('/api/connections/:provider/complete', async (req, res) => {
    const p = provider(req);
    const parsed = completeBody.safeParse(req.body);
    if (!parsed.success) throw new AppError('bad_request', 'The body must be {code, state} from the sign-in popup.');
    const user = currentUser(req);
    await access.require(user, p);
    await connections.complete({ user, userKey: req.userKey }, p, parsed.data.code, parsed.data.state);
    await meetings.forget(user.tid, user.oid);
    res.json({ provider: p, state: 'connected' });
  });
  // Disconnecting is never refused: removing your own stored tokens needs no access.
  router.delete('/api/connections/:provider', async (req, res) => {
    const p = provider(req);
    const user = currentUser(req);
    await connections.disconnect({ user, userKey: req.userKey }, p);
    await meetings.forget(user.tid, user.oid);
    res.status(204).end();
  });
  return router;
}
