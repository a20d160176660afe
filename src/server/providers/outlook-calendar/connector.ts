import { decodeJwt } from 'jose';
import type { UserIdentity } from '../../auth/user-token-verifier';
import { AppError } from '../../errors/app-error';
import type { ConsentRequest, Connector, ProviderTokens } from '../provider';
import { classifyAuthorityFailure } from './classify';
import { AuthorityError, type TokenClient, type TokenSet } from './token-client';

export interface OutlookConnectorOptions {
  tokenClient: TokenClient;
  authorityHost: string;
  clientId: string;
  /** Graph's resource URI, for the admin-consent `.default` scope. */
  graphResource: string;
  scopes: string[];
  /** Asked for in the consent window only (optional permissions; see scopes.ts). */
  consentOnlyScopes?: string[];
  /** Where the consent window returns (the auth-end page). */
  redirectUri: string;
}

/**
 * Entra: silent on-behalf-of with the user's API token first; when the authority wants consent, an
 * authorize URL for the window (the code flow also asks `openid`, to learn who signed in there).
 */
export function outlookConnector(options: OutlookConnectorOptions): Connector {
  const codeScopes = ['openid', ...options.scopes, ...(options.consentOnlyScopes ?? [])];
  const adminConsentUrl = (tid: string) => {
    const query = new URLSearchParams({ client_id: options.clientId, scope: `${options.graphResource}/.default`, redirect_uri: options.redirectUri });
    return `${options.authorityHost}/${encodeURIComponent(tid)}/v2.0/adminconsent?${query.toString()}`;
  };

  return {
    async connectSilently(user) {
      try {
        return stored(await options.tokenClient.onBehalfOf(user.tid, user.assertion, options.scopes));
      } catch (err) {
        const failure = classifyAuthorityFailure(err, adminConsentUrl(user.tid));
        if (failure.code === 'reconnect_required') throw new AppError('consent_required', 'Upnext needs your consent to read your calendar.', { cause: err });
        throw failure;
      }
    },

    authorizeUrl(user: UserIdentity, request: ConsentRequest): string {
      const query = new URLSearchParams({
        client_id: options.clientId,
        response_type: 'code',
        response_mode: 'query',
        redirect_uri: options.redirectUri,
        scope: codeScopes.join(' '),
        state: request.state,
        code_challenge: request.codeChallenge,
        code_challenge_method: 'S256',
      });
      if (user.username) query.set('login_hint', user.username);
      return `${options.authorityHost}/${encodeURIComponent(user.tid)}/oauth2/v2.0/authorize?${query.toString()}`;
    },

    async redeem(user, code, codeVerifier) {
      let tokens: TokenSet;
      try {
        tokens = await options.tokenClient.redeemCode(user.tid, code, codeVerifier, options.redirectUri, codeScopes);
      } catch (err) {
        if (err instanceof AuthorityError && err.error === 'invalid_grant') {
          throw new AppError('bad_request', 'The sign-in answer has expired or was refused; start again.', { cause: err });
        }
        throw classifyAuthorityFailure(err, adminConsentUrl(user.tid));
      }
      // login_hint is only a hint: whoever signed in in the window is who the tokens belong to.
      const signedIn = idTokenSubject(tokens.idToken);
      if (!signedIn || signedIn.tid !== user.tid || signedIn.oid !== user.oid) {
        throw new AppError('bad_request', 'A different account signed in to the consent window; connect again and sign in as yourself.');
      }
      return stored(tokens);
    },

    adminConsentUrl,
  };
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

function stored(tokens: TokenSet): ProviderTokens {
  return { accessToken: tokens.accessToken, refreshToken: tokens.refreshToken, expiresAt: tokens.expiresAt, scopes: tokens.scopes };
}
