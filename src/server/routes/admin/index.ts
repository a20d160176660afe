import { Router } from 'express';
import type { AdminConsent } from '../../admin/admin-consent';
import type { AdminService } from '../../admin/admin-service';
import { requireAdmin } from '../../middleware/require-admin';
import { adminAuditRoutes } from './audit';
import { adminAudiencesRoutes } from './audiences';
import { adminConsentRoutes } from './consent';
import { adminIntegrationsRoutes } from './integrations';
import { adminUsersRoute } from './users';

/** Every /api/admin/* route, behind the admin guard (403 `forbidden` for anyone else). */
export function adminRoutes(admin: AdminService, consent: AdminConsent, adminUsers: readonly string[]): Router {
  const router = Router();
  router.use('/api/admin', requireAdmin(adminUsers));
  for (const routes of [adminIntegrationsRoutes(admin), adminAudiencesRoutes(admin), adminUsersRoute(admin), adminConsentRoutes(consent), adminAuditRoutes(admin)]) {
    router.use(routes);
  }
  return router;
}
