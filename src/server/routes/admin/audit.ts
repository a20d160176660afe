import { Router } from 'express';
import { z } from 'zod';
import type { AuditResponse, AuditVerifyResponse } from '../../../shared/admin-api';
import type { AdminService } from '../../admin/admin-service';
import { auditCsv } from '../../audit/csv';
import { adminActor } from '../../middleware/require-admin';
import { parse } from './params';

export const auditQuery = z
  .object({
    limit: z.coerce.number().int().min(1).max(10_000).optional(),
    before: z.coerce.number().int().min(1).optional(),
    format: z.enum(['json', 'csv']).optional(),
  })
  .strict();

/** GET /api/admin/audit?limit&before (JSON, or CSV by `Accept: text/csv` / `?format=csv`); GET …/verify. */
export function adminAuditRoutes(admin: AdminService): Router {
  const router = Router();
  router.get('/api/admin/audit', async (req, res) => {
    const q = parse(auditQuery, req.query, 'Query');
    const csv = q.format === 'csv' || (q.format === undefined && req.accepts(['application/json', 'text/csv']) === 'text/csv');
    // A page for the table; a whole export (up to 10,000 entries at a time) for the CSV.
    const limit = Math.min(q.limit ?? (csv ? 10_000 : 50), csv ? 10_000 : 200);
    const page = await admin.auditPage(adminActor(req).tid, limit, q.before);
    if (csv) {
      res.type('text/csv; charset=utf-8').attachment('upnext-audit.csv');
      if (page.next) res.setHeader('X-Next-Before', page.next);
      res.send(auditCsv(page.entries));
      return;
    }
    const body: AuditResponse = page;
    res.json(body);
  });
  router.get('/api/admin/audit/verify', async (req, res) => {
    const verdict = await admin.verifyAudit(adminActor(req).tid);
    const body: AuditVerifyResponse = verdict;
    res.json(body);
  });
  return router;
}
