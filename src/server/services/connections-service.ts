import { decodeJwt } from 'jose';
import type { ProviderId } from '../../shared/api';
import { AppError } from '../errors/app-error';
import { classifyAuthorityFailure } from '../providers/outlook-calendar/classify';
import { scopesOf } from '../oauth/scopes-of';
import { ConnectStateError, pkceChallenge, type ConnectStates } from '../keys/connect-state';
import { AuthorityError, type TokenClient, type TokenSet } from '../providers/outlook-calendar/token-client';
import type { Store } from '../store/store';
import { userKeyId } from '../vault/crypto';
import { requireUserKey } from '../vault/user-key';
import type { InjectorContext } from '../vault/token-injector';
import type { StoredTokens, Vault } from '../vault/vault';

export interface ConnectionsOptions {
  vault: Vault;
  store: Pick<Store, 'consumeOAuthState'>;
  tokenClient: TokenClient;
  states: ConnectStates;
  scopes: Partial<Record<ProviderId, string[]>>;
  authorityHost: string;
  clientId: string;
  /** Graph's resource URI, for the admin-consent `.default` scope. */
  graphResource: string;
  /** Where the consent popup returns (the auth-end page). */
  redirectUri: string;
  now?: () => number;
}

/**
 * Connect, complete and disconnect (brief §1 Connect card). Silent first: the on-behalf-of
 * exchange; when the authority wants consent, a signed single-use `state` and PKCE for a popup.
 */
export class ConnectionsService {
  private readonly now: () => number;

  constructor(private readonly options: ConnectionsOptions) {
    this.now = options.now ?? Date.now;
  }

  async connect(ctx: InjectorContext, provider: ProviderId): Promise<void> {
    const userKey = requireUserKey(ctx.userKey);
    let tokens: TokenSet;
    try {
      tokens = await this.options.tokenClient.onBehalfOf(ctx.user.tid, ctx.user.assertion, scopesOf(this.options.scopes, provider));
    } catch (err) {
      const failure = classifyAuthorityFailure(err, this.adminConsentUrl(ctx.user.tid));
      if (failure.code === 'consent_required' || failure.code === 'reconnect_required') {
        throw new AppError('consent_required', 'Upnext needs your consent to read your calendar.', {
          cause: err,
          url: this.authorizeUrl(ctx, provider, userKey),
          // Entra answers 65001 both when the user may consent and when only an admin may; the
          // consent window tells which, and then the pane needs this.
          adminConsentUrl: this.adminConsentUrl(ctx.user.tid),
        });
      }
      throw failure;
    }
    await this.options.vault.save({ tid: ctx.user.tid, oid: ctx.user.oid, provider }, userKey, stored(tokens));
  }

  async complete(ctx: InjectorContext, provider: ProviderId, code: string, state: string): Promise<void> {
    const userKey = requireUserKey(ctx.userKey);
    let verified;
    try {
      verified = this.options.states.verify(state);
    } catch (err) {
      const reason = err instanceof ConnectStateError ? err.message : 'unreadable';
      throw new AppError('bad_request', `The sign-in answer is not valid (${reason}); start again.`);
    }
    const { payload, codeVerifier } = verified;
    if (payload.tid !== ctx.user.tid || payload.oid !== ctx.user.oid || payload.provider !== provider || payload.keyId !== userKeyId(userKey)) {
      throw new AppError('bad_request', 'The sign-in answer belongs to another user, device or integration; start again.');
    }
    if (!(await this.options.store.consumeOAuthState(payload.nonce, payload.expiresAt, this.now()))) {
      throw new AppError('bad_request', 'The sign-in answer was already used; start again.');
    }
    let tokens: TokenSet;
    try {
      tokens = await this.options.tokenClient.redeemCode(ctx.user.tid, code, codeVerifier, this.options.redirectUri, this.codeScopes(provider));
    } catch (err) {
      if (err instanceof AuthorityError && err.error === 'invalid_grant') {
        throw new AppError('bad_request', 'The sign-in answer has expired or was refused; start again.', { cause: err });
      }
      throw classifyAuthorityFailure(err, this.adminConsentUrl(ctx.user.tid));
    }
    // login_hint is only a hint: whoever signed in in the window is who the tokens belong to.
    const signedIn = idTokenSubject(tokens.idToken);
    if (!signedIn || signedIn.tid !== ctx.user.tid || signedIn.oid !== ctx.user.oid) {
      throw new AppError('bad_request', 'A different account signed in to the consent window; connect again and sign in as yourself.');
    }
    await this.options.vault.save({ tid: ctx.user.tid, oid: ctx.user.oid, provider }, userKey, stored(tokens));
  }

  /** The code flow also asks for `openid`, to learn from the id token who signed in. */
  private codeScopes(provider: ProviderId): string[] {
    return ['openid', ...scopesOf(this.options.scopes, provider)];
  }

  async disconnect(ctx: InjectorContext, provider: ProviderId): Promise<void> {
    await this.options.vault.deleteAll({ tid: ctx.user.tid, oid: ctx.user.oid, provider });
  }

  adminConsentUrl(tid: string): string {
    const query = new URLSearchParams({
      client_id: this.options.clientId,
      scope: `${this.options.graphResource}/.default`,
      redirect_uri: this.options.redirectUri,
    });
    return `${this.options.authorityHost}/${encodeURIComponent(tid)}/v2.0/adminconsent?${query.toString()}`;
  }

  private authorizeUrl(ctx: InjectorContext, provider: ProviderId, userKey: Buffer): string {
    const { state, codeVerifier } = this.options.states.issue({ tid: ctx.user.tid, oid: ctx.user.oid, keyId: userKeyId(userKey), provider });
    const query = new URLSearchParams({
      client_id: this.options.clientId,
      response_type: 'code',
      response_mode: 'query',
      redirect_uri: this.options.redirectUri,
      scope: this.codeScopes(provider).join(' '),
      state,
      code_challenge: pkceChallenge(codeVerifier),
      code_challenge_method: 'S256',
    });
    if (ctx.user.username) query.set('login_hint', ctx.user.username);
    return `${this.options.authorityHost}/${encodeURIComponent(ctx.user.tid)}/oauth2/v2.0/authorize?${query.toString()}`;
  }
}

/**
 * The tenant and object id of an id token that came straight from the token endpoint over TLS (the
 * code flow's own channel, so its signature adds nothing here: OpenID Connect Core 3.1.3.7).
 */
function idTokenSubject(idToken: string | undefined): { tid: string; oid: string } | undefined {
  if (!idToken) return undefined;
  try {
    const payload = decodeJwt(idToken);
    return typeof payload.tid === 'string' && typeof payload.oid === 'string' ? { tid: payload.tid.toLowerCase(), oid: payload.oid.toLowerCase() } : undefined;
  } catch {
    return undefined;
  }
}

function stored(tokens: TokenSet): StoredTokens {
  return { accessToken: tokens.accessToken, refreshToken: tokens.refreshToken, expiresAt: tokens.expiresAt, scopes: tokens.scopes };
}
