import { Router } from 'express';
import { z } from 'zod';
import type { ConsentResponse } from '../../../shared/admin-api';
import type { AdminConsent } from '../../admin/admin-consent';
import { adminActor } from '../../middleware/require-admin';
import { parse, providerParam } from './params';

/** What the admin-consent window came back with (auth-end hands it to the console). */
export const consentAnswer = z
  .object({
    state: z.string().min(1).max(2048).regex(/^[A-Za-z0-9_.-]+$/),
    admin_consent: z.string().max(10).optional(),
    tenant: z.string().max(100).optional(),
    error: z.string().max(100).regex(/^[a-z_]+$/).optional(),
  })
  .strict();

/** GET /api/admin/consent; POST /api/admin/consent/:provider/complete. */
export function adminConsentRoutes(consent: AdminConsent): Router {
  const router = Router();
  router.get('/api/admin/consent', async (req, res) => {
    const body: ConsentResponse = { consent: await consent.status(adminActor(req)) };
    res.json(body);
  });
  router.post('/api/admin/consent/:provider/complete', async (req, res) => {
    const provider = providerParam(req);
    res.json(await consent.complete(adminActor(req), provider, parse(consentAnswer, req.body, 'Body')));
  });
  return router;
}
