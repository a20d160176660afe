/** The demo authority's state and the controls tests use: keys, lifetimes, consent, counters. */
import { timingSafeEqual, createHash } from 'node:crypto';
import { DEMO_TENANT_ID, DEMO_USERS, findDemoUser, type DemoUser } from '../users';
import { ConsentStore } from './consent';
import { CodeStore, RefreshTokenSealer } from './grants';
import type { PublicJwk, SigningKey } from './keys';
import { API_PERMISSION, DECLARED_GRAPH_PERMISSIONS } from './scopes';
import { issuerFor, signJwt, userClaims, verifyOwnToken, type IssuerContext, type TokenOverrides, type VerifyResult } from './tokens';

export type TokenGrantKind = 'authorization_code' | 'refresh_token' | 'on_behalf_of' | 'other';

export interface AuthorityConfig {
  authorityHost: string;
  clientId: string;
  clientSecret: string;
  allowedRedirectOrigins: string[];
  allowedRedirectUris?: string[];
  key: SigningKey;
  now: () => number;
}

export class DemoAuthority {
  readonly tenantId = DEMO_TENANT_ID;
  readonly clientName = 'Upnext';
  readonly ctx: IssuerContext;
  readonly codes: CodeStore;
  readonly refreshTokens: RefreshTokenSealer;
  readonly consent: ConsentStore;
  private accessLifetimeS = 3600;
  private readonly counts: Record<TokenGrantKind, number> = { authorization_code: 0, refresh_token: 0, on_behalf_of: 0, other: 0 };

  constructor(readonly config: AuthorityConfig) {
    this.ctx = { authorityHost: config.authorityHost, clientId: config.clientId, now: config.now, key: config.key };
    this.codes = new CodeStore(config.now);
    this.refreshTokens = new RefreshTokenSealer(config.key.privateKey, config.now);
    this.consent = new ConsentStore(DEMO_USERS.map((u) => ({ tid: DEMO_TENANT_ID, oid: u.oid })));
  }

  /** `<authorityHost>/<tid>/v2.0`. */
  issuer(tid: string = DEMO_TENANT_ID): string {
    return issuerFor(this.config.authorityHost, tid);
  }

  /** The API's identifier URI, as the SPA requests it: `api://<host>/<clientId>`. */
  get apiResourceId(): string {
    return `api://${new URL(this.config.authorityHost).host}/${this.config.clientId}`;
  }

  get accessTokenLifetimeSeconds(): number {
    return this.accessLifetimeS;
  }

  setAccessTokenLifetime(seconds: number): void {
    if (!Number.isInteger(seconds) || seconds < 1) throw new TypeError('access token lifetime must be a positive integer of seconds');
    this.accessLifetimeS = seconds;
  }

  /** Requests seen by the token endpoint, by grant (failed ones included). */
  get tokenRequests(): Readonly<Record<TokenGrantKind, number>> {
    return { ...this.counts };
  }

  countTokenRequest(kind: TokenGrantKind): void {
    this.counts[kind] += 1;
  }

  resetCounters(): void {
    for (const k of Object.keys(this.counts) as TokenGrantKind[]) this.counts[k] = 0;
  }

  /** An API access token exactly like the one the authorize + token flow gives the SPA. */
  async signUserToken(oid: string, overrides: TokenOverrides = {}): Promise<string> {
    return this.signFor(oid, 'api', API_PERMISSION, overrides, false);
  }

  /** A Graph access token like the on-behalf-of exchange gives the server. */
  async signGraphToken(oid: string, overrides: TokenOverrides = {}): Promise<string> {
    return this.signFor(oid, 'graph', DECLARED_GRAPH_PERMISSIONS.join(' '), overrides, true);
  }

  async signAccessToken(user: DemoUser, tid: string, audience: 'api' | 'graph', scp: string, confidential: boolean): Promise<string> {
    return signJwt(this.ctx, userClaims(this.ctx, user, tid, audience, scp, this.accessLifetimeS, confidential));
  }

  verify(token: string, audience: string): Promise<VerifyResult> {
    return verifyOwnToken(this.ctx, token, audience, (tid) => tid === DEMO_TENANT_ID);
  }

  jwks(): { keys: PublicJwk[] } {
    return { keys: [{ ...this.config.key.publicJwk }] };
  }

  checkSecret(given: string): boolean {
    // Hash both sides so the comparison is constant-time whatever the lengths.
    const a = createHash('sha256').update(given).digest();
    const b = createHash('sha256').update(this.config.clientSecret).digest();
    return timingSafeEqual(a, b);
  }

  isAllowedRedirect(uri: string): boolean {
    let url: URL;
    try {
      url = new URL(uri);
    } catch {
      return false;
    }
    if (url.username || url.password || url.hash) return false;
    if (this.config.allowedRedirectUris) return this.config.allowedRedirectUris.includes(url.href);
    return this.config.allowedRedirectOrigins.includes(url.origin);
  }

  // Consent controls (issue 3 item 5).
  setConsent(tid: string, oid: string, granted: boolean): void {
    this.consent.setUserConsent(tid, oid, granted);
  }

  requireAdminConsent(tid: string, required: boolean): void {
    this.consent.setRequiresAdminConsent(tid, required);
  }

  setAdminConsent(tid: string, granted: boolean): void {
    this.consent.setAdminConsent(tid, granted ? DECLARED_GRAPH_PERMISSIONS : undefined);
  }

  /** The user's consent to Upnext is withdrawn: on-behalf-of and Graph refreshes then answer 65001. */
  revokeGrant(oid: string): void {
    this.consent.revokeUser(oid);
  }

  /** Every refresh token the user holds is revoked (like revokeSignInSessions): redemption answers 50173. */
  revokeSessions(oid: string): void {
    this.refreshTokens.revokeAll(oid);
  }

  private async signFor(oid: string, audience: 'api' | 'graph', scp: string, overrides: TokenOverrides, confidential: boolean): Promise<string> {
    const user = findDemoUser(oid);
    if (!user) throw new TypeError(`unknown demo user ${oid}`);
    const { lifetimeSeconds, ...claimOverrides } = overrides;
    const claims = userClaims(this.ctx, user, DEMO_TENANT_ID, audience, scp, lifetimeSeconds ?? this.accessLifetimeS, confidential);
    return signJwt(this.ctx, { ...claims, ...claimOverrides });
  }
}
