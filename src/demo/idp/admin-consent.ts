/** GET/POST /{tenant}/v2.0/adminconsent: a tenant admin grants Upnext's Graph permissions for everyone. */
import express, { type Request, type Response, type Router } from 'express';
import { DEMO_TENANT_ID, DEMO_USERS, findDemoUser } from '../users';
import type { DemoAuthority } from './authority';
import { singleValues } from './authorize-params';
import { correlationId, E, entraErrorBody, type EntraErrorSpec } from './errors';
import { adminConsentPage, errorPage } from './pages';
import { DECLARED_GRAPH_PERMISSIONS, isScopeError, parseScopes, responseScope } from './scopes';
import { resolveTenant } from './tenant';

const PATH = '/:tenant/v2.0/adminconsent';

export function mountAdminConsent(router: Router, authority: DemoAuthority): void {
  router.get(PATH, (req, res) => handle(authority, req, res, undefined));
  router.post(PATH, express.urlencoded({ extended: false, limit: '16kb' }), (req, res) => handle(authority, req, res, singleValues(req.body)));
}

function handle(authority: DemoAuthority, req: Request, res: Response, form: Record<string, string | undefined> | undefined): void {
  res.set('Cache-Control', 'no-store').set('X-Frame-Options', 'DENY').set('Referrer-Policy', 'no-referrer');
  const page = (spec: EntraErrorSpec): void => {
    res.status(spec.status).type('html').send(errorPage(`AADSTS${spec.code}: ${spec.message}`));
  };
  const q = singleValues(req.query);
  const seg = String(req.params.tenant);
  if (!resolveTenant(seg)) return page(E.unknownTenant(seg));
  if (!q.client_id) return page(E.missingParam('client_id'));
  if (q.client_id !== authority.config.clientId) return page(E.unknownClient(q.client_id, seg));
  if (!q.redirect_uri || !authority.isAllowedRedirect(q.redirect_uri)) {
    return page({ status: 400, error: 'invalid_request', code: 50011, message: `The redirect URI '${q.redirect_uri ?? ''}' specified in the request does not match the redirect URIs configured for the application '${authority.config.clientId}'.` });
  }
  const parsed = parseScopes(q.scope ?? 'https://graph.microsoft.com/.default', authority.config.clientId);
  const permissions = !isScopeError(parsed) && parsed.resource === 'graph' ? parsed.permissions : [...DECLARED_GRAPH_PERMISSIONS];
  const back = (params: Record<string, string>): void => {
    const url = new URL(q.redirect_uri as string);
    for (const [k, v] of Object.entries({ ...params, ...(q.state !== undefined ? { state: q.state } : {}) })) url.searchParams.set(k, v);
    res.redirect(302, url.toString());
  };
  const user = form?.oid ? findDemoUser(form.oid) : undefined;
  if (!form || (!user && form.step !== 'cancel')) {
    res.status(form ? 400 : 200).type('html').send(adminConsentPage({ action: req.originalUrl, users: DEMO_USERS, appName: authority.clientName, permissions }));
    return;
  }
  if (form.step !== 'accept') {
    const body = entraErrorBody(
      { status: 400, error: 'access_denied', code: 65004, message: 'User declined to consent to access the app.' },
      { now: authority.config.now(), correlationId: correlationId(req), authorityHost: authority.config.authorityHost },
    );
    return back({ error: 'access_denied', error_subcode: 'cancel', admin_consent: 'True', error_description: body.error_description });
  }
  if (!user?.isTenantAdmin) {
    return page({ status: 403, error: 'access_denied', code: 90093, message: `${user?.username ?? 'This user'} is not an administrator and cannot consent on behalf of the organization.` });
  }
  authority.consent.setAdminConsent(DEMO_TENANT_ID, permissions);
  back({ admin_consent: 'True', tenant: DEMO_TENANT_ID, scope: responseScope({ resource: 'graph', permissions }, authority.apiResourceId) });
}
