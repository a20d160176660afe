/** Validation of /authorize parameters, in Entra's order: page errors first, then errors sent back by redirect. */
import type { DemoAuthority } from './authority';
import { E, type EntraErrorSpec } from './errors';
import { isScopeError, parseScopes, type ParsedScopes } from './scopes';
import { resolveTenant, type TenantSegment } from './tenant';
import { scopeError } from './token-grants';

export type ResponseMode = 'query' | 'fragment' | 'form_post';

export interface AuthorizeParams {
  tenant: TenantSegment;
  redirectUri: string;
  responseMode: ResponseMode;
  state?: string;
  nonce?: string;
  scopes: ParsedScopes;
  codeChallenge?: string;
  prompt?: string;
  loginHint?: string;
}

export type AuthorizeCheck =
  | { kind: 'ok'; params: AuthorizeParams }
  /** Nowhere safe to send the user back to: show the error on the page. */
  | { kind: 'page'; error: EntraErrorSpec }
  | { kind: 'redirect'; to: Pick<AuthorizeParams, 'redirectUri' | 'responseMode' | 'state'>; error: EntraErrorSpec };

const PROMPTS = new Set(['none', 'login', 'consent', 'select_account']);

export function checkAuthorize(authority: DemoAuthority, tenantSegment: string, q: Record<string, string | undefined>): AuthorizeCheck {
  const tenant = resolveTenant(tenantSegment);
  if (!tenant) return { kind: 'page', error: E.unknownTenant(tenantSegment) };
  if (!q.client_id) return { kind: 'page', error: E.missingParam('client_id') };
  if (q.client_id !== authority.config.clientId) return { kind: 'page', error: E.unknownClient(q.client_id, tenantSegment) };
  if (!q.redirect_uri) return { kind: 'page', error: { status: 400, error: 'invalid_request', code: 900971, message: 'No reply address provided.' } };
  if (!authority.isAllowedRedirect(q.redirect_uri)) {
    return {
      kind: 'page',
      error: {
        status: 400, error: 'invalid_request', code: 50011,
        message: `The redirect URI '${q.redirect_uri}' specified in the request does not match the redirect URIs configured for the application '${authority.config.clientId}'.`,
      },
    };
  }
  const mode = q.response_mode ?? 'query';
  const to = { redirectUri: q.redirect_uri, responseMode: (isMode(mode) ? mode : 'query') as ResponseMode, state: q.state };
  const bad = (error: EntraErrorSpec): AuthorizeCheck => ({ kind: 'redirect', to, error });
  if (!isMode(mode)) return bad({ status: 400, error: 'invalid_request', code: 900144, message: `The value '${mode}' of parameter 'response_mode' is not supported.` });
  if (!q.response_type) return bad(E.missingParam('response_type'));
  if (q.response_type !== 'code') {
    return bad({ status: 400, error: 'unsupported_response_type', code: 700054, message: `response_type '${q.response_type}' is not enabled for the application.` });
  }
  if (!q.scope) return bad(E.missingParam('scope'));
  const scopes = parseScopes(q.scope, authority.config.clientId);
  if (isScopeError(scopes)) return bad(scopeError(scopes));
  if (q.code_challenge !== undefined) {
    if ((q.code_challenge_method ?? 'plain') !== 'S256') {
      return bad({ status: 400, error: 'invalid_request', code: 501491, message: "Invalid code_challenge_method. The demo authority supports 'S256' only." });
    }
    if (!/^[A-Za-z0-9_-]{43}$/.test(q.code_challenge)) {
      return bad({ status: 400, error: 'invalid_request', code: 501491, message: 'Invalid size of Code_Challenge parameter.' });
    }
  }
  if (q.prompt !== undefined && !PROMPTS.has(q.prompt)) {
    return bad({ status: 400, error: 'invalid_request', code: 90023, message: `Invalid prompt value '${q.prompt}'.` });
  }
  return {
    kind: 'ok',
    params: {
      tenant, redirectUri: q.redirect_uri, responseMode: mode, state: q.state, nonce: q.nonce, scopes,
      codeChallenge: q.code_challenge, prompt: q.prompt, loginHint: q.login_hint,
    },
  };
}

function isMode(m: string): m is ResponseMode {
  return m === 'query' || m === 'fragment' || m === 'form_post';
}

/** Query string values as single strings; repeated parameters count as absent. */
export function singleValues(raw: unknown): Record<string, string | undefined> {
  const out: Record<string, string | undefined> = {};
  if (!raw || typeof raw !== 'object') return out;
  for (const [k, v] of Object.entries(raw as Record<string, unknown>)) if (typeof v === 'string') out[k] = v;
  return out;
}
