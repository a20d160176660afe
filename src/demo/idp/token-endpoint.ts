/** POST /{tenant}/oauth2/v2.0/token: client checks, then one of the three grants. */
import express, { type Request, type Response, type Router } from 'express';
import type { DemoAuthority, TokenGrantKind } from './authority';
import { allowOrigin, preflight } from './cors';
import { singleValues } from './authorize-params';
import { E, sendEntraError, type EntraErrorSpec } from './errors';
import { resolveTenant } from './tenant';
import { onBehalfOf, redeemCode, redeemRefreshToken, type GrantInput, type GrantOutcome } from './token-grants';
import { issueTokens } from './token-response';

const PATH = '/:tenant/oauth2/v2.0/token';
const JWT_BEARER = 'urn:ietf:params:oauth:grant-type:jwt-bearer';

export function mountTokenEndpoint(router: Router, authority: DemoAuthority): void {
  const origins = authority.config.allowedRedirectOrigins;
  router.options(PATH, (req, res) => preflight(req, res, origins));
  router.post(PATH, express.urlencoded({ extended: false, limit: '64kb' }), async (req: Request, res: Response) => {
    allowOrigin(req, res, origins);
    const fail = (spec: EntraErrorSpec): void => sendEntraError(req, res, spec, authority.config.now(), authority.config.authorityHost);
    const body: Record<string, string | undefined> = { ...singleValues(req.body), ...basicCredentials(req.get('authorization')) };
    const grant = body.grant_type;
    authority.countTokenRequest(grantKind(grant, body));
    const tenant = resolveTenant(String(req.params.tenant));
    if (!tenant) return fail(E.unknownTenant(String(req.params.tenant)));
    if (!grant) return fail(E.missingParam('grant_type'));
    if (!body.client_id) return fail(E.missingParam('client_id'));
    if (body.client_id !== authority.config.clientId) return fail(E.unknownClient(body.client_id, String(req.params.tenant)));
    const confidential = body.client_secret !== undefined;
    if (confidential && !authority.checkSecret(body.client_secret ?? '')) return fail(E.badSecret(body.client_id));

    const input: GrantInput = { body, confidential, crossOrigin: !!req.get('origin'), clientInfo: body.client_info === '1' };
    let outcome: GrantOutcome;
    if (grant === 'authorization_code') outcome = redeemCode(authority, input);
    else if (grant === 'refresh_token') outcome = redeemRefreshToken(authority, input);
    else if (grant === JWT_BEARER) outcome = await onBehalfOf(authority, input);
    else return fail(E.unsupportedGrant(grant));
    if (!outcome.ok) return fail(outcome.error);
    if (tenant.kind === 'tenant' && tenant.tid !== outcome.issue.tid) return fail(E.badGrant());
    res.set('Cache-Control', 'no-store').set('Pragma', 'no-cache').json(await issueTokens(authority, outcome.issue));
  });
}

function grantKind(grant: string | undefined, body: Record<string, string | undefined>): TokenGrantKind {
  if (grant === 'authorization_code' || grant === 'refresh_token') return grant;
  if (grant === JWT_BEARER && body.requested_token_use === 'on_behalf_of') return 'on_behalf_of';
  return 'other';
}

/** Form fields as single strings; a repeated or absent field counts as absent. */
/** client_secret_basic: `Authorization: Basic base64(urlencode(id):urlencode(secret))`, as openid-client sends by default. */
function basicCredentials(header: string | undefined): { client_id?: string; client_secret?: string } {
  const m = header ? /^Basic\s+([A-Za-z0-9+/=]+)$/i.exec(header) : null;
  if (!m?.[1]) return {};
  const decoded = Buffer.from(m[1], 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  if (colon < 0) return {};
  try {
    return { client_id: decodeURIComponent(decoded.slice(0, colon)), client_secret: decodeURIComponent(decoded.slice(colon + 1)) };
  } catch {
    return {};
  }
}
