/** GET/POST /{tenant}/oauth2/v2.0/authorize: pick a demo user, consent if needed, redirect back with a code. */
import express, { type Request, type Response, type Router } from 'express';
import { DEMO_TENANT_ID, DEMO_USERS, findDemoUser } from '../users';
import type { DemoAuthority } from './authority';
import { checkAuthorize, singleValues, type AuthorizeParams } from './authorize-params';
import { correlationId, entraErrorBody, E, type EntraErrorSpec } from './errors';
import { adminApprovalPage, consentPage, errorPage, formPostPage, signInPage } from './pages';

const PATH = '/:tenant/oauth2/v2.0/authorize';
export const DEMO_TENANT_NAME = 'Upnext Demo';

export function mountAuthorize(router: Router, authority: DemoAuthority): void {
  router.get(PATH, (req, res) => handle(authority, req, res, undefined));
  router.post(PATH, express.urlencoded({ extended: false, limit: '16kb' }), (req, res) => handle(authority, req, res, singleValues(req.body)));
}

function handle(authority: DemoAuthority, req: Request, res: Response, form: Record<string, string | undefined> | undefined): void {
  res.set('Cache-Control', 'no-store').set('X-Frame-Options', 'DENY').set('Referrer-Policy', 'no-referrer');
  const check = checkAuthorize(authority, String(req.params.tenant), singleValues(req.query));
  if (check.kind === 'page') {
    res.status(check.error.status).type('html').send(errorPage(`AADSTS${check.error.code}: ${check.error.message}`));
    return;
  }
  if (check.kind === 'redirect') return sendBack(res, check.to, errorParams(authority, req, check.error));
  const p = check.params;
  const back = (error: EntraErrorSpec, extra: Record<string, string> = {}): void =>
    sendBack(res, p, { ...errorParams(authority, req, error), ...extra });

  // The demo keeps no sign-in session, so a silent request always needs interaction.
  if (p.prompt === 'none') return back({ status: 400, error: 'login_required', code: 50058, message: 'A silent sign-in request was sent but no user is signed in.' });
  const action = req.originalUrl;
  const user = form?.oid ? findDemoUser(form.oid) : undefined;
  if (!form || !user) {
    res.status(form ? 400 : 200).type('html').send(signInPage({ action, users: DEMO_USERS, hint: p.loginHint, tenantName: DEMO_TENANT_NAME, appName: authority.clientName }));
    return;
  }
  const step = form.step;
  if (step === 'consent_cancel') return back({ status: 400, error: 'access_denied', code: 65004, message: 'User declined to consent to access the app.' }, { error_subcode: 'cancel' });
  if (step === 'admin_required_back') return back(E.adminConsentRequired(), { error: 'access_denied', error_subcode: 'cancel' });

  let permissions = p.scopes.permissions;
  if (p.scopes.resource === 'graph') {
    const tid = DEMO_TENANT_ID;
    if (step === 'consent_accept' && !authority.consent.requiresAdminConsent(tid)) authority.consent.grantUser(tid, user.oid, permissions);
    const decision = authority.consent.check(tid, user.oid, permissions);
    const mustAsk = !decision.ok || (p.prompt === 'consent' && step !== 'consent_accept');
    if (mustAsk) {
      const page = !decision.ok && decision.reason === 'admin_consent_required'
        ? adminApprovalPage({ action, user, appName: authority.clientName })
        : consentPage({ action, user, appName: authority.clientName, permissions: [...permissions, ...p.scopes.oidc] });
      res.type('html').send(page);
      return;
    }
    if (decision.ok) permissions = decision.permissions;
  }
  const code = authority.codes.issue({
    tid: DEMO_TENANT_ID, oid: user.oid, clientId: authority.config.clientId, redirectUri: p.redirectUri,
    resource: p.scopes.resource, permissions, oidc: [...p.scopes.oidc], codeChallenge: p.codeChallenge, nonce: p.nonce,
  });
  sendBack(res, p, { code, session_state: correlationId(req) });
}

function errorParams(authority: DemoAuthority, req: Request, spec: EntraErrorSpec): Record<string, string> {
  const body = entraErrorBody(spec, { now: authority.config.now(), correlationId: correlationId(req), authorityHost: authority.config.authorityHost });
  return { error: body.error, error_description: body.error_description, error_uri: body.error_uri };
}

function sendBack(res: Response, to: Pick<AuthorizeParams, 'redirectUri' | 'responseMode' | 'state'>, params: Record<string, string>): void {
  const all = { ...params, ...(to.state !== undefined ? { state: to.state } : {}) };
  if (to.responseMode === 'form_post') {
    res.type('html').send(formPostPage(to.redirectUri, all));
    return;
  }
  const url = new URL(to.redirectUri);
  const encoded = new URLSearchParams(all).toString();
  if (to.responseMode === 'fragment') url.hash = encoded;
  else for (const [k, v] of Object.entries(all)) url.searchParams.set(k, v);
  res.redirect(302, url.toString());
}
