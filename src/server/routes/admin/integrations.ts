import { Router } from 'express';
import { z } from 'zod';
import type { IntegrationsResponse, PurgeResponse } from '../../../shared/admin-api';
import type { AdminService } from '../../admin/admin-service';
import { adminActor } from '../../middleware/require-admin';
import { GUID_PATTERN, parse, providerParam } from './params';

/** PUT /api/admin/integrations/:provider body: turn it on or off, and who may use it. */
export const integrationChange = z
  .object({
    enabled: z.boolean().optional(),
    access: z
      .object({
        mode: z.enum(['all', 'specific']),
        audiences: z.array(z.string().regex(GUID_PATTERN, 'must be audience ids')).max(100).default([]),
        users: z.array(z.string().regex(GUID_PATTERN, 'must be user object ids')).max(1000).default([]),
      })
      .strict()
      .optional(),
  })
  .strict()
  .refine((b) => b.enabled !== undefined || b.access !== undefined, 'give `enabled`, `access` or both');

/** GET /api/admin/integrations; PUT …/:provider; DELETE …/:provider/connections (purge). */
export function adminIntegrationsRoutes(admin: AdminService): Router {
  const router = Router();
  router.get('/api/admin/integrations', async (req, res) => {
    const body: IntegrationsResponse = { integrations: await admin.integrations(adminActor(req).tid) };
    res.json(body);
  });
  router.put('/api/admin/integrations/:provider', async (req, res) => {
    const provider = providerParam(req);
    const body = parse(integrationChange, req.body, 'Body');
    const access = body.access && { ...body.access, audiences: body.access.audiences.map((a) => a.toLowerCase()) };
    res.json(await admin.updateIntegration(adminActor(req), provider, { enabled: body.enabled, access }));
  });
  router.delete('/api/admin/integrations/:provider/connections', async (req, res) => {
    const provider = providerParam(req);
    const counts = await admin.purgeConnections(adminActor(req), provider);
    const body: PurgeResponse = { provider, ...counts };
    res.json(body);
  });
  return router;
}
