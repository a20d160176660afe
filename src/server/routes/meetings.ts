import { Router } from 'express';
import { z } from 'zod';
import { notEnabled, type AccessCheck } from '../access/access-check';
import { AppError } from '../errors/app-error';
import { currentUser } from '../middleware/authenticate';
import { chooseCoding } from '../http/content-coding';
import { sendJsonAnswer } from '../http/json-answer';
import type { ProviderRegistry } from '../providers/registry';
import type { MeetingsService } from '../services/meetings-service';

const GZIP = ['gzip'] as const;

const MINUTE = 60_000;
const DAY = 24 * 3600_000;
const MAX_RANGE = 62 * DAY;
/** Dates further than this from now are a client mistake, not a calendar question. */
const MAX_DISTANCE = 5 * 366 * DAY;
/**
 * Windows are widened to 5-minute boundaries, so a pane asking "from now" every few seconds and
 * several panes of one user share a cache entry and one upstream call. The extra minutes only add
 * meetings that ended moments ago, which clients drop by their own clock.
 */
const GRAIN = 5 * MINUTE;

/** GET /api/meetings?from&to&limit — from/to ISO 8601 with a zone; at most 62 days apart. */
export const meetingsQuery = z
  .object({
    from: z.string().datetime({ offset: true }).optional(),
    to: z.string().datetime({ offset: true }).optional(),
    limit: z.coerce.number().int().min(1).max(500).optional(),
  })
  .strict();

const NO_QUERY: { success: true; data: z.infer<typeof meetingsQuery> } = { success: true, data: {} };

function isEmpty(query: object): boolean {
  for (const _ in query) return false;
  return true;
}

export function meetingsRoute(meetings: MeetingsService, registry: ProviderRegistry, access: AccessCheck, now: () => number = Date.now): Router {
  const router = Router();
  router.get('/api/meetings', async (req, res) => {
    // The pane's poll carries no query: nothing to validate.
    const query = req.query;
    const parsed = isEmpty(query) ? NO_QUERY : meetingsQuery.safeParse(query);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      const where = issue.path.length ? `Query parameter ${issue.path.join('.')}: ` : 'Query: ';
      throw new AppError('bad_request', `${where}${issue.message}.`);
    }
    const at = now();
    const requestedFrom = parsed.data.from ? Date.parse(parsed.data.from) : at;
    const requestedTo = parsed.data.to ? Date.parse(parsed.data.to) : requestedFrom + 7 * DAY;
    if (Math.abs(requestedFrom - at) > MAX_DISTANCE || Math.abs(requestedTo - at) > MAX_DISTANCE) {
      throw new AppError('bad_request', '`from` and `to` must lie within five years of now.');
    }
    if (requestedTo <= requestedFrom) throw new AppError('bad_request', '`to` must be after `from`.');
    if (requestedTo - requestedFrom > MAX_RANGE) throw new AppError('bad_request', 'The range may span at most 62 days.');
    const from = new Date(Math.floor(requestedFrom / GRAIN) * GRAIN);
    const to = new Date(Math.ceil(requestedTo / GRAIN) * GRAIN);
    const user = currentUser(req);
    // The access check runs before the cache: losing access stops cached answers too.
    const allowed = await access.allowedProviders(user);
    const usable = registry.all.filter((p) => allowed.has(p.id));
    if (usable.length === 0) throw notEnabled(registry.all[0]!.id);
    const refused = registry.all.filter((p) => !allowed.has(p.id)).map((p) => p.id);
    const gzip = chooseCoding(req.headers['accept-encoding'], GZIP) === 'gzip';
    sendJsonAnswer(res, await meetings.upcomingAnswer({ user, userKey: req.userKey, requestId: req.id }, usable, { from, to }, parsed.data.limit ?? 200, refused, gzip));
  });
  return router;
}
