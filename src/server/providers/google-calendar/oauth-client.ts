import type { ProviderTokens } from '../provider';

/** Google's token endpoint answer, or its error: `{error, error_description}` (RFC 6749 §5.2). */
export class GoogleOAuthError extends Error {
  constructor(
    readonly status: number,
    readonly error: string,
  ) {
    // The description may echo request details; keep only the code.
    super(`Google's token service answered ${status} ${error}`);
    this.name = 'GoogleOAuthError';
  }
}

export interface GoogleTokenSet extends ProviderTokens {
  idToken?: string;
}

export interface GoogleOAuthClientOptions {
  clientId: string;
  clientSecret: string;
  tokenUrl: string;
  revokeUrl: string;
  timeoutMs?: number;
  now?: () => number;
  fetch?: typeof fetch;
}

/** Plain OAuth 2 calls to Google: code redemption (PKCE plus the client secret), refresh, revoke. */
export function createGoogleOAuthClient(options: GoogleOAuthClientOptions) {
  const doFetch = options.fetch ?? fetch;
  const now = options.now ?? Date.now;
  const timeout = () => AbortSignal.timeout(options.timeoutMs ?? 10_000);

  async function post(form: Record<string, string>): Promise<GoogleTokenSet> {
    const res = await doFetch(options.tokenUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' },
      body: new URLSearchParams({ client_id: options.clientId, client_secret: options.clientSecret, ...form }),
      signal: timeout(),
    });
    const json = (await res.json().catch(() => ({}))) as Record<string, unknown>;
    if (!res.ok || typeof json.access_token !== 'string') {
      throw new GoogleOAuthError(res.status, typeof json.error === 'string' ? json.error : 'invalid_response');
    }
    const expiresIn = Number(json.expires_in ?? 3600);
    return {
      accessToken: json.access_token,
      ...(typeof json.refresh_token === 'string' && { refreshToken: json.refresh_token }),
      expiresAt: now() + (Number.isFinite(expiresIn) && expiresIn > 0 ? expiresIn : 3600) * 1000,
      scopes: typeof json.scope === 'string' ? json.scope.split(' ').filter(Boolean) : [],
      ...(typeof json.id_token === 'string' && { idToken: json.id_token }),
    };
  }

  return {
    redeemCode(code: string, codeVerifier: string, redirectUri: string): Promise<GoogleTokenSet> {
      return post({ grant_type: 'authorization_code', code, code_verifier: codeVerifier, redirect_uri: redirectUri });
    },
    /** Google answers a refresh without a new refresh token as a rule; the caller keeps the old one. */
    refresh(refreshToken: string): Promise<GoogleTokenSet> {
      return post({ grant_type: 'refresh_token', refresh_token: refreshToken });
    },
    /** Revoking a refresh token ends the whole grant (its access tokens too). */
    async revoke(token: string): Promise<void> {
      const res = await doFetch(options.revokeUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({ token }),
        signal: timeout(),
      });
      const json = (await res.json().catch(() => ({}))) as Record<string, unknown>;
      if (!res.ok) throw new GoogleOAuthError(res.status, typeof json.error === 'string' ? json.error : 'invalid_response');
    },
  };
}

export type GoogleOAuthClient = ReturnType<typeof createGoogleOAuthClient>;
