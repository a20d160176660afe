/** OpenID metadata and signing keys, laid out like Entra's (`{tenantid}` template for multi-tenant paths). */
import type { Request, Response, Router } from 'express';
import type { DemoAuthority } from './authority';
import { allowOrigin } from './cors';
import { E, sendEntraError } from './errors';
import { resolveTenant } from './tenant';

export function mountDiscovery(router: Router, authority: DemoAuthority): void {
  const host = authority.config.authorityHost;
  router.get('/:tenant/v2.0/.well-known/openid-configuration', (req: Request, res: Response) => {
    const seg = String(req.params.tenant);
    const tenant = resolveTenant(seg);
    allowOrigin(req, res, '*');
    if (!tenant) return sendEntraError(req, res, E.unknownTenant(seg), authority.config.now(), host);
    const base = `${host}/${encodeURIComponent(seg)}`;
    res.set('Cache-Control', 'max-age=86400, private').json({
      token_endpoint: `${base}/oauth2/v2.0/token`,
      token_endpoint_auth_methods_supported: ['client_secret_post', 'client_secret_basic'],
      jwks_uri: `${base}/discovery/v2.0/keys`,
      response_modes_supported: ['query', 'fragment', 'form_post'],
      subject_types_supported: ['pairwise'],
      id_token_signing_alg_values_supported: ['RS256'],
      response_types_supported: ['code'],
      scopes_supported: ['openid', 'profile', 'email', 'offline_access'],
      issuer: tenant.kind === 'tenant' ? authority.issuer(tenant.tid) : `${host}/{tenantid}/v2.0`,
      request_uri_parameter_supported: false,
      authorization_endpoint: `${base}/oauth2/v2.0/authorize`,
      end_session_endpoint: `${base}/oauth2/v2.0/logout`,
      http_logout_supported: true,
      frontchannel_logout_supported: true,
      claims_supported: ['sub', 'iss', 'aud', 'exp', 'iat', 'auth_time', 'nonce', 'preferred_username', 'name', 'tid', 'ver', 'oid', 'email'],
      tenant_region_scope: 'NA',
      cloud_instance_name: new URL(host).host,
      msgraph_host: 'graph.microsoft.com',
    });
  });
  router.get('/:tenant/discovery/v2.0/keys', (req: Request, res: Response) => {
    const seg = String(req.params.tenant);
    const tenant = resolveTenant(seg);
    allowOrigin(req, res, '*');
    if (!tenant) return sendEntraError(req, res, E.unknownTenant(seg), authority.config.now(), host);
    const issuer = tenant.kind === 'tenant' ? authority.issuer(tenant.tid) : `${host}/{tenantid}/v2.0`;
    res.set('Cache-Control', 'max-age=86400, private').json({ keys: authority.jwks().keys.map((k) => ({ ...k, issuer })) });
  });
}

