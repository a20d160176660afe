import { Router } from 'express';
import { z } from 'zod';
import { AppError } from '../errors/app-error';
import { currentUser } from '../middleware/authenticate';
import type { MeetingsService } from '../services/meetings-service';

const DAY = 24 * 3600_000;
const MAX_RANGE = 62 * DAY;

/** GET /api/meetings?from&to&limit — from/to ISO 8601 with a zone; at most 62 days apart. */
const query = z
  .object({
    from: z.string().datetime({ offset: true }).optional(),
    to: z.string().datetime({ offset: true }).optional(),
    limit: z.coerce.number().int().min(1).max(500).optional(),
  })
  .strict();

export function meetingsRoute(meetings: MeetingsService, now: () => number = Date.now): Router {
  const router = Router();
  router.get('/api/meetings', async (req, res) => {
    const parsed = query.safeParse(req.query);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      throw new AppError('bad_request', `Query parameter ${issue.path.join('.') || issue.message}: ${issue.message}`);
    }
    // The default window starts at the current minute so that concurrent callers share a cache entry.
    const from = parsed.data.from ? new Date(parsed.data.from) : new Date(Math.floor(now() / 60_000) * 60_000);
    const to = parsed.data.to ? new Date(parsed.data.to) : new Date(from.getTime() + 7 * DAY);
    if (to.getTime() <= from.getTime()) throw new AppError('bad_request', '`to` must be after `from`.');
    if (to.getTime() - from.getTime() > MAX_RANGE) throw new AppError('bad_request', 'The range may span at most 62 days.');
    const user = currentUser(req);
    res.type('application/json').send(await meetings.upcomingJson({ user, userKey: req.userKey }, { from, to }, parsed.data.limit ?? 200));
  });
  return router;
}
