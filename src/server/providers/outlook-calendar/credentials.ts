import type { Credentials } from '../provider';
import { classifyAuthorityFailure } from './classify';
import type { TokenClient } from './token-client';

/** Entra refreshes per tenant and may rotate the refresh token; it offers no revocation endpoint. */
export function outlookCredentials(tokenClient: TokenClient, scopes: string[]): Credentials {
  return {
    async refresh(tid, refreshToken) {
      const fresh = await tokenClient.refresh(tid, refreshToken, scopes);
      return { accessToken: fresh.accessToken, refreshToken: fresh.refreshToken, expiresAt: fresh.expiresAt, scopes: fresh.scopes };
    },
    classify: (err) => classifyAuthorityFailure(err),
  };
}
