/** The demo authority's Express router, mounted at `authorityHost`'s path. */
import express, { type ErrorRequestHandler, type Router } from 'express';
import { mountAdminConsent } from './admin-consent';
import type { DemoAuthority } from './authority';
import { mountAuthorize } from './authorize';
import { mountDiscovery } from './discovery';
import { E, sendEntraError } from './errors';
import { mountLogout } from './logout';
import { mountTokenEndpoint } from './token-endpoint';

export function createIdpRouter(authority: DemoAuthority): Router {
  const router = express.Router();
  mountDiscovery(router, authority);
  mountAuthorize(router, authority);
  mountTokenEndpoint(router, authority);
  mountAdminConsent(router, authority);
  mountLogout(router, authority);
  // Entra answers paths it does not serve with a bare 404; so does the demo (no fall-through to the API's handler).
  router.use((_req, res) => {
    res.status(404).type('text').send('Not Found');
  });
  // Body parser failures (too large, bad encoding) are the caller's fault; anything else is ours.
  const onError: ErrorRequestHandler = (err: unknown, req, res, _next) => {
    const status = typeof (err as { status?: unknown }).status === 'number' ? (err as { status: number }).status : 500;
    const spec = status >= 400 && status < 500
      ? { status, error: 'invalid_request', code: 9002313, message: 'Invalid request. Request is malformed or invalid.' }
      : E.serverError();
    sendEntraError(req, res, spec, authority.config.now(), authority.config.authorityHost);
  };
  router.use(onError);
  return router;
}
