/** The three grants the demo authority redeems. Each answers an Entra error or what to issue. */
import { createHash } from 'node:crypto';
import { DEMO_TENANT_ID, findDemoUser } from '../users';
import type { DemoAuthority } from './authority';
import { E, type EntraErrorSpec } from './errors';
import { isScopeError, parseScopes, type ParsedScopes, type ScopeError } from './scopes';
import type { IssueRequest } from './token-response';

export interface GrantInput {
  body: Record<string, string | undefined>;
  confidential: boolean;
  /** The request came from a browser on another origin (it carries `Origin`). */
  crossOrigin: boolean;
  clientInfo: boolean;
}

export type GrantOutcome = { ok: true; issue: IssueRequest } | { ok: false; error: EntraErrorSpec };

const fail = (error: EntraErrorSpec): GrantOutcome => ({ ok: false, error });

export function scopeError(err: ScopeError): EntraErrorSpec {
  if (err.kind === 'multiple_resources') return E.multipleResources(err.scope);
  if (err.kind === 'unknown_resource') return E.unknownResource(err.resource);
  return E.unknownPermission(err.scope);
}

export function redeemCode(authority: DemoAuthority, input: GrantInput): GrantOutcome {
  const { code, redirect_uri: redirectUri, code_verifier: verifier } = input.body;
  if (!code) return fail(E.missingParam('code'));
  if (!redirectUri) return fail(E.missingParam('redirect_uri'));
  if (!input.confidential && !input.crossOrigin) return fail(E.spaNeedsOrigin());
  const rec = authority.codes.take(code);
  if (!rec || rec.clientId !== authority.config.clientId) return fail(E.badGrant());
  if (rec.redeemed) return fail(E.codeRedeemed());
  if (rec.expiresAt <= authority.config.now()) return fail(E.expiredGrant());
  if (rec.redirectUri !== redirectUri) return fail(E.redirectMismatch(redirectUri));
  if (rec.codeChallenge) {
    const computed = verifier ? createHash('sha256').update(verifier).digest('base64url') : undefined;
    if (computed !== rec.codeChallenge) return fail(E.verifierMismatch());
  } else if (!input.confidential) {
    return fail(E.pkceRequired());
  }
  return {
    ok: true,
    issue: {
      tid: rec.tid, oid: rec.oid, resource: rec.resource, permissions: rec.permissions, oidc: rec.oidc,
      confidential: input.confidential, spa: !input.confidential, nonce: rec.nonce, clientInfo: input.clientInfo,
    },
  };
}

export function redeemRefreshToken(authority: DemoAuthority, input: GrantInput): GrantOutcome {
  const token = input.body.refresh_token;
  if (!token) return fail(E.missingParam('refresh_token'));
  const check = authority.refreshTokens.inspect(token);
  if (!check.ok) {
    if (check.reason === 'malformed') return fail(E.badGrant());
    if (check.reason === 'revoked') return fail(E.revokedGrant());
    if (check.reason === 'reused') return fail(E.expiredGrant());
    return fail(E.refreshExpired());
  }
  const rt = check.payload;
  if (rt.clientId !== authority.config.clientId) return fail(E.badGrant());
  if (rt.spa && !input.crossOrigin) return fail(E.spaNeedsOrigin());
  if (!rt.spa && !input.confidential) return fail(E.secretRequired());
  // Entra's refresh tokens are multi-resource: the `scope` of this request may name another resource.
  let target: Pick<ParsedScopes, 'resource' | 'permissions'> = rt;
  let oidc = rt.oidc;
  if (input.body.scope) {
    const parsed = parseScopes(input.body.scope, authority.config.clientId);
    if (isScopeError(parsed)) return fail(scopeError(parsed));
    target = parsed;
    oidc = [...new Set([...parsed.oidc, ...rt.oidc.filter((s) => s === 'offline_access')])];
  }
  let permissions = target.permissions;
  if (target.resource === 'graph') {
    const decision = authority.consent.check(rt.tid, rt.oid, target.permissions);
    if (!decision.ok) return fail(consentError(authority, decision.reason));
    permissions = decision.permissions;
  }
  authority.refreshTokens.spend(rt);
  return {
    ok: true,
    issue: {
      tid: rt.tid, oid: rt.oid, resource: target.resource, permissions, oidc,
      confidential: input.confidential, spa: rt.spa, clientInfo: input.clientInfo, forceRefreshToken: true,
    },
  };
}

export async function onBehalfOf(authority: DemoAuthority, input: GrantInput): Promise<GrantOutcome> {
  const { assertion, requested_token_use: use, scope } = input.body;
  if (!input.confidential) return fail(E.secretRequired());
  if (!assertion) return fail(E.missingParam('assertion'));
  if (use !== 'on_behalf_of') return fail(E.missingParam('requested_token_use'));
  if (!scope) return fail(E.missingParam('scope'));
  const parsed = parseScopes(scope, authority.config.clientId);
  if (isScopeError(parsed)) return fail(scopeError(parsed));
  // A token for Upnext's own API in exchange for itself would be a loop; only Graph is downstream.
  if (parsed.resource !== 'graph') return fail(E.unknownPermission(scope));
  const verified = await authority.verify(assertion, authority.config.clientId);
  if (!verified.ok) {
    if (verified.reason === 'expired' || verified.reason === 'not_yet_valid') return fail(E.assertionLifetime());
    if (verified.reason === 'audience') return fail(E.assertionAudience(verified.aud ?? '', authority.config.clientId));
    return fail(E.assertionSignature(verified.reason === 'issuer' ? 'The issuer is not trusted.' : 'The key was not found.'));
  }
  const oid = String(verified.claims.oid ?? '');
  const tid = String(verified.claims.tid ?? '');
  if (!findDemoUser(oid) || tid !== DEMO_TENANT_ID) return fail(E.badGrant());
  const decision = authority.consent.check(tid, oid, parsed.permissions);
  if (!decision.ok) return fail(consentError(authority, decision.reason));
  return {
    ok: true,
    issue: {
      tid, oid, resource: 'graph', permissions: decision.permissions, oidc: parsed.oidc.has('offline_access') ? ['offline_access'] : [],
      confidential: true, spa: false, clientInfo: input.clientInfo,
    },
  };
}

export function consentError(authority: DemoAuthority, reason: 'consent_required' | 'admin_consent_required'): EntraErrorSpec {
  return reason === 'admin_consent_required'
    ? E.adminConsentRequired()
    : E.consentRequired(authority.config.clientId, authority.clientName);
}
