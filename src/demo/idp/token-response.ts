/** The JSON a successful token request gets, shaped like Entra's v2.0 answer. */
import { findDemoUser } from '../users';
import type { DemoAuthority } from './authority';
import { REFRESH_LIFETIME_S, SPA_REFRESH_LIFETIME_S } from './grants';
import { responseScope, type ScopeResource } from './scopes';
import { newUti, pairwiseSub, signJwt } from './tokens';

export interface IssueRequest {
  tid: string;
  oid: string;
  resource: ScopeResource;
  permissions: string[];
  oidc: string[];
  /** The caller proved it holds the client secret. */
  confidential: boolean;
  /** A browser client: short-lived refresh tokens that redeem only cross-origin. */
  spa: boolean;
  nonce?: string;
  clientInfo: boolean;
  /** Refresh always rotates; other grants give a refresh token only for offline_access. */
  forceRefreshToken?: boolean;
}

export type TokenResponse = Record<string, string | number>;

export async function issueTokens(authority: DemoAuthority, req: IssueRequest): Promise<TokenResponse> {
  const user = findDemoUser(req.oid);
  if (!user) throw new Error('token issued for an unknown demo user');
  const lifetime = authority.accessTokenLifetimeSeconds;
  const scp = req.permissions.join(' ');
  const body: TokenResponse = {
    token_type: 'Bearer',
    scope: responseScope(req, authority.apiResourceId),
    expires_in: lifetime,
    ext_expires_in: lifetime,
    access_token: await authority.signAccessToken(user, req.tid, req.resource, scp, req.confidential),
  };
  if (req.oidc.includes('offline_access') || req.forceRefreshToken) {
    const nowS = Math.floor(authority.config.now() / 1000);
    const life = req.spa ? SPA_REFRESH_LIFETIME_S : REFRESH_LIFETIME_S;
    body.refresh_token = authority.refreshTokens.seal({
      tid: req.tid, oid: req.oid, clientId: authority.config.clientId, resource: req.resource,
      permissions: req.permissions, oidc: req.oidc, spa: req.spa, iat: nowS, exp: nowS + life,
    });
    if (req.spa) body.refresh_token_expires_in = life;
  }
  if (req.oidc.includes('openid')) {
    const iat = Math.floor(authority.config.now() / 1000);
    const idClaims: Record<string, unknown> = {
      aud: authority.config.clientId, iss: authority.issuer(req.tid), iat, nbf: iat, exp: iat + 3600,
      name: user.name, oid: user.oid, preferred_username: user.username,
      sub: pairwiseSub(user.oid, authority.config.clientId), tid: req.tid, uti: newUti(), ver: '2.0',
    };
    if (req.oidc.includes('email')) idClaims.email = user.username;
    if (req.nonce) idClaims.nonce = req.nonce;
    body.id_token = await signJwt(authority.ctx, idClaims);
  }
  if (req.clientInfo) {
    body.client_info = Buffer.from(JSON.stringify({ uid: req.oid, utid: req.tid })).toString('base64url');
  }
  return body;
}
