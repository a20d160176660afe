import { Router } from 'express';
import type { ClientConfig } from '../../shared/api';
import type { Config } from '../config';
import type { ProviderRegistry } from '../providers/registry';

/** GET /api/client-config — public, non-secret settings the front end needs to sign in. */
export function clientConfigRoute(config: Config, registry: ProviderRegistry): Router {
  const body: ClientConfig = {
    authMode: config.authMode,
    clientId: config.clientId,
    authority: `${config.authorityHost}/organizations`,
    apiScope: `api://${new URL(config.publicUrl).host}/${config.clientId}/access_as_user`,
    providers: registry.all.map((p) => p.info),
  };
  const router = Router();
  router.get('/api/client-config', (_req, res) => {
    res.setHeader('Cache-Control', 'no-cache');
    res.json(body);
  });
  return router;
}
