import { Router } from 'express';
import { z } from 'zod';
import type { AudiencesResponse } from '../../../shared/admin-api';
import type { AdminService } from '../../admin/admin-service';
import { adminActor } from '../../middleware/require-admin';
import { audienceParam, GUID_PATTERN, parse } from './params';

/** An app role value as Entra allows it: no spaces, at most 120 characters. */
const ROLE = /^[A-Za-z0-9._:/-]{1,120}$/;

/** POST and PUT /api/admin/audiences body. */
export const audienceBody = z
  .object({
    name: z.string().trim().min(1).max(100),
    users: z.array(z.string().regex(GUID_PATTERN, 'must be user object ids')).max(1000).optional(),
    groups: z.array(z.string().regex(GUID_PATTERN, 'must be Entra group ids')).max(200).optional(),
    roles: z.array(z.string().regex(ROLE, 'must be app role values')).max(50).optional(),
  })
  .strict();

/** GET, POST /api/admin/audiences; PUT, DELETE /api/admin/audiences/:id. */
export function adminAudiencesRoutes(admin: AdminService): Router {
  const router = Router();
  router.get('/api/admin/audiences', async (req, res) => {
    const { tid } = adminActor(req);
    const [audiences, groupsOverageUsers] = await Promise.all([admin.audiences(tid), admin.countGroupsOverage(tid)]);
    const body: AudiencesResponse = { audiences, groupsOverageUsers };
    res.json(body);
  });
  router.post('/api/admin/audiences', async (req, res) => {
    res.status(201).json(await admin.createAudience(adminActor(req), parse(audienceBody, req.body, 'Body')));
  });
  router.put('/api/admin/audiences/:id', async (req, res) => {
    const id = audienceParam(req);
    res.json(await admin.updateAudience(adminActor(req), id, parse(audienceBody, req.body, 'Body')));
  });
  router.delete('/api/admin/audiences/:id', async (req, res) => {
    await admin.deleteAudience(adminActor(req), audienceParam(req));
    res.status(204).end();
  });
  return router;
}
