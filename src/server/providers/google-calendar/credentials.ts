import type { Credentials } from '../provider';
import { classifyGoogleFailure } from './classify';
import type { GoogleOAuthClient } from './oauth-client';

/** Google refreshes without rotation (no new refresh token, as a rule) and revokes on request. */
export function googleCredentials(oauth: GoogleOAuthClient): Credentials {
  return {
    async refresh(_tid, refreshToken) {
      const fresh = await oauth.refresh(refreshToken);
      return { accessToken: fresh.accessToken, refreshToken: fresh.refreshToken, expiresAt: fresh.expiresAt, scopes: fresh.scopes };
    },
    classify: classifyGoogleFailure,
    revoke: (token) => oauth.revoke(token),
  };
}
