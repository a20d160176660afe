import { Router } from 'express';
import { z } from 'zod';
import type { UsersResponse } from '../../../shared/admin-api';
import type { AdminService } from '../../admin/admin-service';
import { adminActor } from '../../middleware/require-admin';
import { parse } from './params';

export const usersQuery = z.object({ q: z.string().trim().max(100).optional() }).strict();

/** GET /api/admin/users?q= — this tenant's people who have signed in, for the people picker. */
export function adminUsersRoute(admin: AdminService): Router {
  const router = Router();
  router.get('/api/admin/users', async (req, res) => {
    const { q } = parse(usersQuery, req.query, 'Query');
    const body: UsersResponse = { users: await admin.people(adminActor(req).tid, q || undefined) };
    res.json(body);
  });
  return router;
}
