import { Router } from 'express';
import { z } from 'zod';
import { AppError } from '../errors/app-error';
import { currentUser } from '../middleware/authenticate';
import { isTimeZone } from '../search/query/zone';
import type { SearchService } from '../search/search-service';

/** GET /api/search?q&tz&locale — q 1–200 characters; tz an IANA zone (UTC); locale BCP 47 (en). */
const query = z
  .object({
    q: z.string().trim().min(1).max(200),
    tz: z.string().max(64).refine(isTimeZone, 'must be an IANA time zone such as Europe/Berlin').optional(),
    locale: z
      .string()
      .max(35)
      .regex(/^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/, 'must be a BCP 47 language tag such as de-DE')
      .optional(),
  })
  .strict();

export function searchRoute(search: SearchService): Router {
  const router = Router();
  router.get('/api/search', async (req, res) => {
    const parsed = query.safeParse(req.query);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      const where = issue.path.length ? `Query parameter ${issue.path.join('.')}: ` : 'Query: ';
      throw new AppError('bad_request', `${where}${issue.message}.`);
    }
    const user = currentUser(req);
    res.json(await search.search({ user, userKey: req.userKey }, { q: parsed.data.q, timeZone: parsed.data.tz ?? 'UTC', locale: parsed.data.locale ?? 'en' }));
  });
  return router;
}
