import express, { type Express, type Router } from 'express';
import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Logger } from 'pino';
import pinoHttp from 'pino-http';
import { errorMiddleware, notFound } from './errors/error-middleware';
import { redactUrl } from './logger';
import type { Metrics } from './lib/metrics';
import { authenticate } from './middleware/authenticate';
import { securityHeaders } from './middleware/security-headers';
import { readUserKey } from './middleware/user-key';

export interface AppParts {
  logger: Logger;
  metrics: Metrics;
  authorityOrigin: string;
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

const REQUEST_ID = /^[A-Za-z0-9._-]{8,64}$/;

/** Builds the Express app from ready parts (what supertest imports); listening is index.ts's job. */
export function createApp(parts: AppParts): Express {
  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', 'loopback');
  app.use(
    pinoHttp({
      logger: parts.logger,
      genReqId: (req, res) => {
        const incoming = req.headers['x-request-id'];
        const id = typeof incoming === 'string' && REQUEST_ID.test(incoming) ? incoming : randomUUID();
        res.setHeader('X-Request-Id', id);
        return id;
      },
      // Only method, path (secret query values masked) and status: headers carry tokens and keys.
      serializers: {
        req: (req: { id: unknown; method: string; url: string }) => ({ id: req.id, method: req.method, url: redactUrl(req.url) }),
        res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
      },
      customLogLevel: (_req, res, err) => (err || res.statusCode >= 500 ? 'error' : res.statusCode >= 400 ? 'warn' : 'info'),
    }),
  );
  app.use((req, res, next) => {
    res.on('finish', () => {
      const route = req.route?.path ?? (res.statusCode === 404 ? 'unmatched' : req.baseUrl || 'static');
      parts.metrics.inc('upnext_http_requests_total', 'HTTP requests by route and status', {
        method: req.method,
        route: String(route),
        status: String(res.statusCode),
      });
    });
    next();
  });
  app.use(securityHeaders(parts.authorityOrigin));

  for (const mount of parts.extraMounts ?? []) app.use(mount.path, mount.router);
  for (const router of parts.publicRoutes) app.use(router);

  app.use('/api', express.json({ limit: '16kb' }), readUserKey, authenticate(parts.verifyUserToken), (req, res, next) => {
    res.setHeader('Cache-Control', 'no-store');
    next();
  });
  for (const router of parts.apiRoutes) app.use(router);
  app.use('/api', notFound);

  if (parts.webRoot && existsSync(join(parts.webRoot, 'taskpane.html'))) {
    app.get('/', (_req, res) => res.redirect(302, '/taskpane.html'));
    app.use(express.static(parts.webRoot, { index: false, maxAge: '1h', setHeaders: noCacheHtml }));
  }
  if (parts.assetsRoot && existsSync(parts.assetsRoot)) {
    app.use('/assets', express.static(parts.assetsRoot, { index: false, maxAge: '1d' }));
  }
  app.use(notFound);
  app.use(errorMiddleware);
  return app;
}

function noCacheHtml(res: express.Response, path: string): void {
  if (path.endsWith('.html')) res.setHeader('Cache-Control', 'no-cache');
}
