/**
 * Plain OAuth 2.0 calls to the authority's token endpoint (Entra's path layout). Plain HTTP rather
 * than msal-node so the same code talks to Entra and to the demo authority on loopback. Knows
 * nothing of storage: callers decide what to keep.
 */
export interface TokenSet {
  accessToken: string;
  refreshToken?: string;
  /** Epoch milliseconds. */
  expiresAt: number;
  scopes: string[];
  /** Present when `openid` was asked for: who signed in. */
  idToken?: string;
}

/** An error answer from the authority, with Entra's numeric AADSTS codes. */
export class AuthorityError extends Error {
  readonly error: string;
  readonly errorCodes: number[];
  readonly suberror?: string;
  readonly status: number;
  constructor(status: number, error: string, errorCodes: number[], suberror?: string) {
    // The description may echo request details; keep only the codes.
    super(`authority answered ${error} (${errorCodes.join(',') || 'no code'})`);
    this.name = 'AuthorityError';
    this.status = status;
    this.error = error;
    this.errorCodes = errorCodes;
    this.suberror = suberror;
  }
}

export interface TokenClientOptions {
  authorityHost: string;
  clientId: string;
  clientSecret: string;
  timeoutMs?: number;
  now?: () => number;
  fetch?: typeof fetch;
}

export function createTokenClient(options: TokenClientOptions) {
  const doFetch = options.fetch ?? fetch;
  const now = options.now ?? Date.now;

  async function post(tid: string, form: Record<string, string>): Promise<TokenSet> {
    const body = new URLSearchParams({ client_id: options.clientId, client_secret: options.clientSecret, ...form });
    const res = await doFetch(`${options.authorityHost}/${encodeURIComponent(tid)}/oauth2/v2.0/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' },
      body,
      signal: AbortSignal.timeout(options.timeoutMs ?? 10_000),
    });
    const json = (await res.json().catch(() => ({}))) as Record<string, unknown>;
    if (!res.ok || typeof json.access_token !== 'string') {
      throw new AuthorityError(
        res.status,
        typeof json.error === 'string' ? json.error : 'invalid_response',
        Array.isArray(json.error_codes) ? json.error_codes.filter((c): c is number => typeof c === 'number') : [],
        typeof json.suberror === 'string' ? json.suberror : undefined,
      );
    }
    const expiresIn = Number(json.expires_in ?? 3600);
    return {
      accessToken: json.access_token,
      refreshToken: typeof json.refresh_token === 'string' ? json.refresh_token : undefined,
      expiresAt: now() + (Number.isFinite(expiresIn) ? expiresIn : 3600) * 1000,
      scopes: typeof json.scope === 'string' ? json.scope.split(' ') : [],
      ...(typeof json.id_token === 'string' && { idToken: json.id_token }),
    };
  }

  return {
    /** Exchanges the user's API token for a downstream token (on-behalf-of). */
    onBehalfOf(tid: string, assertion: string, scopes: string[]): Promise<TokenSet> {
      return post(tid, {
        grant_type: 'urn:ietf:params:oauth:grant-type:jwt-bearer',
        requested_token_use: 'on_behalf_of',
        assertion,
        scope: scopes.join(' '),
      });
    },
    refresh(tid: string, refreshToken: string, scopes: string[]): Promise<TokenSet> {
      return post(tid, { grant_type: 'refresh_token', refresh_token: refreshToken, scope: scopes.join(' ') });
    },
    redeemCode(tid: string, code: string, codeVerifier: string, redirectUri: string, scopes: string[]): Promise<TokenSet> {
      return post(tid, {
        grant_type: 'authorization_code',
        code,
        code_verifier: codeVerifier,
        redirect_uri: redirectUri,
        scope: scopes.join(' '),
      });
    },
  };
}

export type TokenClient = ReturnType<typeof createTokenClient>;
