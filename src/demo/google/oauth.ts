/**
 * The demo Google OAuth server's state: authorization codes (single use, PKCE), grants (one per
 * consent, holding the refresh token, never rotated), access tokens, revocation, and the testing
 * controls tests and the demo use.
 */
import { createHash, generateKeyPairSync, randomBytes, type KeyObject } from 'node:crypto';
import { SignJWT } from 'jose';
import type { DemoGoogleAccount } from './accounts';

export const GOOGLE_CALENDAR_EVENTS_READONLY = 'https://www.googleapis.com/auth/calendar.events.readonly';
export const GOOGLE_CALENDAR_READONLY = 'https://www.googleapis.com/auth/calendar.readonly';

interface PendingCode {
  account: DemoGoogleAccount;
  clientId: string;
  redirectUri: string;
  scopes: string[];
  challenge?: string;
  offline: boolean;
  forceConsent: boolean;
  expiresAt: number;
}

interface Grant {
  id: string;
  account: DemoGoogleAccount;
  scopes: string[];
  refreshToken?: string;
  revoked: boolean;
}

export interface AccessGrant {
  account: DemoGoogleAccount;
  scopes: string[];
}

export interface DemoGoogleOAuthOptions {
  clientId: string;
  clientSecret: string;
  /** Exact redirect URIs registered for the client. */
  redirectUris: string[];
  now: () => number;
}

export type TokenAnswer =
  | { ok: true; body: Record<string, unknown> }
  | { ok: false; status: number; error: string; description: string };

export class DemoGoogleOAuth {
  private readonly codes = new Map<string, PendingCode>();
  private readonly grants = new Map<string, Grant>();
  private readonly byRefresh = new Map<string, Grant>();
  private readonly byAccess = new Map<string, { grant: Grant; expiresAt: number }>();
  private readonly key: KeyObject = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey;
  private failNextToken?: number;
  /** Lifetime of access tokens, seconds (tests shorten it). */
  accessTokenSeconds = 3599;
  /** Counters tests read. */
  readonly counts = { tokenRequests: 0, refreshes: 0, revocations: 0 };

  constructor(readonly options: DemoGoogleOAuthOptions) {}

  isRegisteredRedirect(uri: string): boolean {
    return this.options.redirectUris.includes(uri);
  }

  issueCode(code: Omit<PendingCode, 'expiresAt'>): string {
    const value = `4/0A${randomBytes(30).toString('base64url')}`;
    this.codes.set(value, { ...code, expiresAt: this.options.now() + 5 * 60_000 });
    return value;
  }

  async token(form: Record<string, string>, basic?: { id: string; secret: string }): Promise<TokenAnswer> {
    this.counts.tokenRequests += 1;
    const clientId = basic?.id ?? form.client_id;
    const secret = basic?.secret ?? form.client_secret;
    if (clientId !== this.options.clientId || secret !== this.options.clientSecret) {
      return { ok: false, status: 401, error: 'invalid_client', description: 'The OAuth client was not found.' };
    }
    if (this.failNextToken !== undefined) {
      const status = this.failNextToken;
      this.failNextToken = undefined;
      return { ok: false, status, error: status === 429 ? 'rate_limit_exceeded' : 'internal_failure', description: 'Injected failure.' };
    }
    if (form.grant_type === 'authorization_code') return this.redeem(form);
    if (form.grant_type === 'refresh_token') return this.refresh(form);
    return { ok: false, status: 400, error: 'unsupported_grant_type', description: 'Invalid grant_type.' };
  }

  private async redeem(form: Record<string, string>): Promise<TokenAnswer> {
    const pending = form.code ? this.codes.get(form.code) : undefined;
    if (form.code) this.codes.delete(form.code);
    if (!pending || pending.expiresAt < this.options.now()) return { ok: false, status: 400, error: 'invalid_grant', description: 'Malformed auth code.' };
    if (form.redirect_uri !== pending.redirectUri) return { ok: false, status: 400, error: 'redirect_uri_mismatch', description: 'Bad Request' };
    if (pending.challenge) {
      const verifier = form.code_verifier ?? '';
      if (createHash('sha256').update(verifier).digest('base64url') !== pending.challenge) {
        return { ok: false, status: 400, error: 'invalid_grant', description: 'Invalid code verifier.' };
      }
    }
    const grant: Grant = { id: randomBytes(8).toString('hex'), account: pending.account, scopes: pending.scopes, revoked: false };
    // Google hands out a refresh token with offline access on the first grant or with prompt=consent.
    const earlier = [...this.grants.values()].some((g) => !g.revoked && g.account.sub === pending.account.sub && g.refreshToken);
    if (pending.offline && (pending.forceConsent || !earlier)) {
      grant.refreshToken = `1//0${randomBytes(40).toString('base64url')}`;
      this.byRefresh.set(grant.refreshToken, grant);
    }
    this.grants.set(grant.id, grant);
    const body = this.accessAnswer(grant);
    if (grant.refreshToken) body.refresh_token = grant.refreshToken;
    if (grant.scopes.includes('openid')) body.id_token = await this.idToken(grant.account, pending.clientId);
    return { ok: true, body };
  }

  private refresh(form: Record<string, string>): TokenAnswer {
    this.counts.refreshes += 1;
    const grant = form.refresh_token ? this.byRefresh.get(form.refresh_token) : undefined;
    if (!grant || grant.revoked) return { ok: false, status: 400, error: 'invalid_grant', description: 'Token has been expired or revoked.' };
    // No rotation: the answer carries no refresh token.
    return { ok: true, body: this.accessAnswer(grant) };
  }

  private accessAnswer(grant: Grant): Record<string, unknown> {
    const accessToken = `ya29.a0${randomBytes(48).toString('base64url')}`;
    this.byAccess.set(accessToken, { grant, expiresAt: this.options.now() + this.accessTokenSeconds * 1000 });
    return { access_token: accessToken, expires_in: this.accessTokenSeconds, scope: grant.scopes.join(' '), token_type: 'Bearer' };
  }

  private idToken(account: DemoGoogleAccount, clientId: string): Promise<string> {
    const now = Math.floor(this.options.now() / 1000);
    return new SignJWT({ azp: clientId, email: account.email, email_verified: true, name: account.name })
      .setProtectedHeader({ alg: 'RS256', kid: 'demo-google-1', typ: 'JWT' })
      .setIssuer('https://accounts.google.com')
      .setAudience(clientId)
      .setSubject(account.sub)
      .setIssuedAt(now)
      .setExpirationTime(now + 3600)
      .sign(this.key);
  }

  /** The grant behind a bearer token, when it is live. */
  access(token: string): AccessGrant | undefined {
    const found = this.byAccess.get(token);
    if (!found || found.grant.revoked || found.expiresAt <= this.options.now()) return undefined;
    return { account: found.grant.account, scopes: found.grant.scopes };
  }

  /**
   * Revocation as Google does it: a refresh or access token ends the app's access to the account,
   * every grant of this client for that account with it.
   */
  revoke(token: string): boolean {
    const grant = this.byRefresh.get(token) ?? this.byAccess.get(token)?.grant;
    if (!grant || grant.revoked) return false;
    this.revokeAccount(grant.account.sub);
    this.counts.revocations += 1;
    return true;
  }

  // Testing controls.

  /** The user removes Upnext at myaccount.google.com (or six months pass): every grant of the account ends. */
  revokeAccount(sub: string): number {
    let n = 0;
    for (const grant of this.grants.values()) {
      if (grant.account.sub !== sub || grant.revoked) continue;
      grant.revoked = true;
      n++;
    }
    return n;
  }

  /** Live grants of an account (what a consent left behind, minus revocations). */
  liveGrants(sub: string): number {
    return [...this.grants.values()].filter((g) => g.account.sub === sub && !g.revoked).length;
  }

  /** The next token request answers this status. */
  failNextTokenRequest(status: 429 | 500 | 503): void {
    this.failNextToken = status;
  }
}
