import express, { type Express, type Router } from 'express';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Logger } from 'pino';
import { errorMiddleware, notFound } from './errors/error-middleware';
import { staticFiles } from './http/static-files';
import type { Metrics } from './lib/metrics';
import { authenticate } from './middleware/authenticate';
import { methodNotAllowed } from './middleware/method-not-allowed';
import { noStore, securityHeaders } from './middleware/security-headers';
import { readUserKey } from './middleware/user-key';
import { requestLog } from './middleware/request-log';
import { series } from './middleware/series';

export interface AppParts {
  logger: Logger;
  metrics: Metrics;
  authorityOrigin: string;
  /** The public URL is https (HSTS). */
  https?: boolean;
  /** Express `trust proxy` (TRUST_PROXY); loopback when absent. */
  trustProxy?: false | number | string[];
  verifyUserToken: Parameters<typeof authenticate>[0];
  /** Routes that need no user: health, metrics, client config. */
  publicRoutes: Router[];
  /** Routes behind authentication. */
  apiRoutes: Router[];
  /** Mounted before the API (demo IdP and calendar), each at its path. */
  extraMounts?: Array<{ path: string; router: Router }>;
  /** The built front end; served when present. */
  webRoot?: string;
  /** Icons referenced by the Outlook and Teams manifests, served at /assets. */
  assetsRoot?: string;
}

/** Builds the Express app from ready parts (what supertest imports); listening is index.ts's job. */
export function createApp(parts: AppParts): Express {
  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', parts.trustProxy ?? ['loopback']);
  app.use(series(requestLog(parts.logger, parts.metrics), securityHeaders(parts.authorityOrigin, parts.https)));
  // First of everything under /api, so no answer there (a public route, a refused token, a body
  // over the limit, the fallbacks) can leave without it.
  app.use('/api', noStore);

  for (const mount of parts.extraMounts ?? []) app.use(mount.path, mount.router);
  for (const router of parts.publicRoutes) app.use(router);

  app.use('/api', series(express.json({ limit: '16kb' }), readUserKey, authenticate(parts.verifyUserToken)));
  for (const router of parts.apiRoutes) app.use(router);
  app.use('/api', series(methodNotAllowed([...parts.publicRoutes, ...parts.apiRoutes]), notFound));

  if (parts.webRoot && existsSync(join(parts.webRoot, 'taskpane.html'))) {
    app.get('/', (_req, res) => res.redirect(302, '/taskpane.html'));
    app.use(staticFiles(parts.webRoot));
  }
  if (parts.assetsRoot && existsSync(parts.assetsRoot)) {
    app.use('/assets', express.static(parts.assetsRoot, { index: false, maxAge: '1d' }));
  }
  app.use(notFound);
  app.use(errorMiddleware);
  return app;
}
