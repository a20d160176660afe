import type { Request, RequestHandler } from 'express';
import { isAdmin } from '../access/admins';
import type { AdminActor } from '../admin/admin-service';
import { AppError } from '../errors/app-error';
import { currentUser } from './authenticate';

/** Guards /api/admin/*: the caller holds Upnext.Admin or is in ADMIN_USERS, else 403 `forbidden`. */
export function requireAdmin(adminUsers: readonly string[]): RequestHandler {
  return (req, _res, next) => {
    const user = currentUser(req);
    if (!isAdmin(user, adminUsers)) return next(new AppError('forbidden', 'You need the Upnext.Admin role to use the admin console.'));
    next();
  };
}

/** The admin acting in this request; always their own tenant (from the verified token). */
export function adminActor(req: Request): AdminActor {
  const user = currentUser(req);
  return { tid: user.tid, oid: user.oid, name: user.name || user.username || user.oid, requestId: req.id ?? '' };
}
