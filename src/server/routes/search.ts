import { Router } from 'express';
import { z } from 'zod';
import type { AccessCheck } from '../access/access-check';
import { AppError } from '../errors/app-error';
import { currentUser } from '../middleware/authenticate';
import { isTimeZone } from '../search/query/zone';
import type { SearchService, Without } from '../search/search-service';

/**
 * GET /api/search?q&tz&locale[&without] — q 1–200 characters; tz an IANA zone (UTC); locale BCP 47
 * (en); `without` (an extension of the contract) drops parts of what was understood, the chips the
 * person removed: a comma list of `dates`, `person:<name>`, `service:<id>`.
 */
const query = z
  .object({
    q: z.string().trim().min(1).max(200),
    tz: z.string().max(64).refine(isTimeZone, 'must be an IANA time zone such as Europe/Berlin').optional(),
    locale: z
      .string()
      .max(35)
      .regex(/^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/, 'must be a BCP 47 language tag such as de-DE')
      .optional(),
    without: z
      .string()
      .max(400)
      .transform((v) => v.split(',').map((p) => p.trim()).filter(Boolean))
      .refine((parts) => parts.length <= 10 && parts.every((p) => p === 'dates' || /^(person|service):.{1,100}$/u.test(p)), 'must list dates, person:<name> or service:<id>')
      .optional(),
  })
  .strict();

function readWithout(parts: string[] | undefined): Without | undefined {
  if (!parts) return undefined;
  return {
    dates: parts.includes('dates'),
    people: parts.filter((p) => p.startsWith('person:')).map((p) => p.slice('person:'.length)),
    services: parts.filter((p) => p.startsWith('service:')).map((p) => p.slice('service:'.length)),
  };
}

export function searchRoute(search: SearchService, access: AccessCheck): Router {
  const router = Router();
  router.get('/api/search', async (req, res) => {
    const parsed = query.safeParse(req.query);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      const where = issue.path.length ? `Query parameter ${issue.path.join('.')}: ` : 'Query: ';
      throw new AppError('bad_request', `${where}${issue.message}.`);
    }
    const user = currentUser(req);
    // The access check runs before any cache: losing access stops cached answers too.
    const allowed = await access.allowedProviders(user);
    const input = { q: parsed.data.q, timeZone: parsed.data.tz ?? 'UTC', locale: parsed.data.locale ?? 'en', without: readWithout(parsed.data.without), allowed };
    res.type('application/json').send(await search.searchJson({ user, userKey: req.userKey }, input));
  });
  return router;
}
