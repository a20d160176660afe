import { AppError } from '../../errors/app-error';
import type { Connector, ConsentRequest } from '../provider';
import { classifyGoogleFailure } from './classify';
import { googleAccountOf } from './id-token';
import { GoogleOAuthError, type GoogleOAuthClient } from './oauth-client';
import { GOOGLE_SCOPES } from './settings';

export interface GoogleConnectorOptions {
  oauth: GoogleOAuthClient;
  clientId: string;
  authorizeUrl: string;
  redirectUri: string;
  now: () => number;
}

const CALENDAR_SCOPE = GOOGLE_SCOPES[2];

/**
 * Google: no silent connect; the consent window (code + PKCE, with the client secret at redemption)
 * asks for offline access. The id token of the answer must name a verified Google account for our
 * client, and the calendar scope must really have been granted (Google lets people untick it).
 */
export function googleConnector(options: GoogleConnectorOptions): Connector {
  return {
    authorizeUrl(_user, request: ConsentRequest) {
      const query = new URLSearchParams({
        client_id: options.clientId,
        redirect_uri: options.redirectUri,
        response_type: 'code',
        scope: GOOGLE_SCOPES.join(' '),
        state: request.state,
        code_challenge: request.codeChallenge,
        code_challenge_method: 'S256',
        access_type: 'offline',
        include_granted_scopes: 'true',
        // Google issues a refresh token only with the first grant or with prompt=consent. Every
        // window here makes a new device entry, which needs its own refresh token.
        prompt: 'consent',
      });
      return `${options.authorizeUrl}?${query.toString()}`;
    },

    async redeem(_user, code, codeVerifier) {
      let tokens;
      try {
        tokens = await options.oauth.redeemCode(code, codeVerifier, options.redirectUri);
      } catch (err) {
        if (err instanceof GoogleOAuthError && err.error === 'invalid_grant') {
          throw new AppError('bad_request', 'The Google sign-in answer has expired or was refused; start again.', { cause: err });
        }
        throw classifyGoogleFailure(err);
      }
      const account = googleAccountOf(tokens.idToken, options.clientId, options.now());
      if (!account) throw new AppError('bad_request', 'Google did not confirm a verified account for Upnext; connect again.');
      if (!tokens.scopes.includes(CALENDAR_SCOPE)) {
        throw new AppError('bad_request', 'Google Calendar access was not granted; connect again and allow Upnext to see your events.');
      }
      return { accessToken: tokens.accessToken, refreshToken: tokens.refreshToken, expiresAt: tokens.expiresAt, scopes: tokens.scopes, account: account.email };
    },
  };
}
