import { AuthError } from '../errors';

export interface TokenSet {
  accessToken: string;
  /** Epoch milliseconds. */
  expiresAt: number;
  refreshToken?: string;
  idToken?: string;
}

export type KeyValueStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

/** Tokens live in memory and in sessionStorage (so a reload in the same tab stays signed in). */
export class TokenCache {
  private memory: TokenSet | undefined;

  constructor(
    private readonly storage: KeyValueStorage,
    private readonly key: string,
  ) {}

  get(): TokenSet | undefined {
    if (this.memory) return this.memory;
    const raw = this.storage.getItem(this.key);
    if (!raw) return undefined;
    try {
      const parsed = JSON.parse(raw) as Partial<TokenSet>;
      if (typeof parsed.accessToken === 'string' && typeof parsed.expiresAt === 'number') {
        this.memory = parsed as TokenSet;
      }
    } catch {
      this.storage.removeItem(this.key);
    }
    return this.memory;
  }

  set(tokens: TokenSet): void {
    this.memory = tokens;
    this.storage.setItem(this.key, JSON.stringify(tokens));
  }

  clear(): void {
    this.memory = undefined;
    this.storage.removeItem(this.key);
  }
}

/** Answers that mean the user must go through the authorize endpoint again. */
const INTERACTION_ERRORS = new Set(['invalid_grant', 'interaction_required', 'login_required', 'consent_required']);

/** One POST to the token endpoint (RFC 6749 §4.1.3, §6), form encoded, as a public client. */
export async function requestTokens(
  fetchFn: typeof fetch,
  tokenEndpoint: string,
  params: Record<string, string>,
  now: number,
): Promise<TokenSet> {
  let response: Response;
  try {
    response = await fetchFn(tokenEndpoint, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams(params).toString(),
    });
  } catch (cause) {
    throw new AuthError('network_error', 'The sign-in service cannot be reached.', { cause });
  }
  const body = (await response.json().catch(() => ({}))) as Record<string, unknown>;
  if (!response.ok) {
    const error = typeof body.error === 'string' ? body.error : 'unknown';
    const code = INTERACTION_ERRORS.has(error) ? 'interaction_required' : 'sign_in_failed';
    throw new AuthError(code, `The sign-in service refused the request (${error}).`);
  }
  if (typeof body.access_token !== 'string' || body.access_token === '') {
    throw new AuthError('sign_in_failed', 'The sign-in service returned no access token.');
  }
  const expiresIn = Number(body.expires_in);
  return {
    accessToken: body.access_token,
    expiresAt: now + (Number.isFinite(expiresIn) && expiresIn > 0 ? expiresIn : 300) * 1000,
    refreshToken: typeof body.refresh_token === 'string' ? body.refresh_token : undefined,
    idToken: typeof body.id_token === 'string' ? body.id_token : undefined,
  };
}
