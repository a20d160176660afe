import { Router } from 'express';
import { AppError } from '../errors/app-error';
import type { GraphRecorder } from '../graph/graph-recorder';
import { currentUser } from '../middleware/authenticate';

/** An opaque meeting id: 32 HMAC bytes in base64url (src/server/lib/opaque-id.ts). */
const OPAQUE_ID = /^[A-Za-z0-9_-]{43}$/;

/**
 * POST /api/meetings/:id/joined — the pane used Join or Open in app; recorded in the graph store
 * (off the request path), never checked with a provider. DELETE /api/me/activity — erases the
 * caller's graph: nodes, edges and what is still waiting to be written.
 */
export function activityRoutes(recorder: GraphRecorder): Router {
  const router = Router();
  router.post('/api/meetings/:id/joined', (req, res) => {
    const id = req.params.id;
    if (typeof id !== 'string' || !OPAQUE_ID.test(id)) throw new AppError('bad_request', 'The meeting id is not one Upnext handed out.');
    recorder.joined(currentUser(req), id);
    res.status(204).end();
  });
  router.delete('/api/me/activity', async (req, res) => {
    await recorder.erase(currentUser(req));
    res.status(204).end();
  });
  return router;
}
