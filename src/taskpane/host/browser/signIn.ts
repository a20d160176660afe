/**
 * The interactive half of sign-in: authorization code + PKCE (RFC 7636, S256) with state and
 * nonce. Loaded with a dynamic import only when the user has to sign in or has just come back.
 */
import { base64url, jwtClaims } from '../encoding';
import { AuthError } from '../errors';
import type { AuthorityMetadata } from './discovery';
import { requestTokens, type KeyValueStorage, type TokenSet } from './tokens';

export const PENDING_KEY = 'upnext.auth.pending';

export interface SignInContext {
  clientId: string;
  scope: string;
  redirectUri: string;
  metadata: AuthorityMetadata;
  storage: KeyValueStorage;
  fetch: typeof fetch;
  crypto: Crypto;
  now(): number;
  navigate(url: string): void;
}

interface PendingSignIn {
  state: string;
  verifier: string;
  nonce: string;
  redirectUri: string;
}


function randomToken(crypto: Crypto, bytes: number): string {
  return base64url(crypto.getRandomValues(new Uint8Array(bytes)));
}

export async function codeChallenge(crypto: Crypto, verifier: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(verifier));
  return base64url(new Uint8Array(digest));
}

/** Saves the verifier, state and nonce for this tab, then leaves for the authorize endpoint. */
export async function startSignIn(ctx: SignInContext): Promise<void> {
  const pending: PendingSignIn = {
    state: randomToken(ctx.crypto, 16),
    verifier: randomToken(ctx.crypto, 32),
    nonce: randomToken(ctx.crypto, 16),
    redirectUri: ctx.redirectUri,
  };
  ctx.storage.setItem(PENDING_KEY, JSON.stringify(pending));
  const url = new URL(ctx.metadata.authorization_endpoint);
  url.search = new URLSearchParams({
    client_id: ctx.clientId,
    response_type: 'code',
    response_mode: 'query',
    redirect_uri: ctx.redirectUri,
    scope: ctx.scope,
    state: pending.state,
    nonce: pending.nonce,
    code_challenge: await codeChallenge(ctx.crypto, pending.verifier),
    code_challenge_method: 'S256',
  }).toString();
  ctx.navigate(url.toString());
}

function readPending(storage: KeyValueStorage): PendingSignIn | undefined {
  const raw = storage.getItem(PENDING_KEY);
  storage.removeItem(PENDING_KEY);
  if (!raw) return undefined;
  try {
    return JSON.parse(raw) as PendingSignIn;
  } catch {
    return undefined;
  }
}

function idTokenNonce(idToken: string): unknown {
  return jwtClaims(idToken)?.nonce;
}

/**
 * Checks the response against this tab's pending sign-in and redeems the code. The pending entry
 * is consumed first, so a response can never be replayed.
 */
export async function completeSignIn(ctx: SignInContext, response: URL): Promise<TokenSet> {
  const pending = readPending(ctx.storage);
  const params = response.searchParams;
  if (!pending || params.get('state') !== pending.state) {
    throw new AuthError('sign_in_failed', 'The sign-in response does not match a sign-in started here.');
  }
  const error = params.get('error');
  if (error) {
    throw new AuthError('sign_in_failed', `Sign-in did not complete (${error}).`);
  }
  const tokens = await requestTokens(
    ctx.fetch,
    ctx.metadata.token_endpoint,
    {
      client_id: ctx.clientId,
      grant_type: 'authorization_code',
      code: params.get('code') ?? '',
      redirect_uri: pending.redirectUri,
      code_verifier: pending.verifier,
      scope: ctx.scope,
    },
    ctx.now(),
  );
  // The token came straight from the token endpoint, so its signature needs no check here
  // (OIDC Core §3.1.3.7); the nonce still binds it to this sign-in.
  if (tokens.idToken !== undefined && idTokenNonce(tokens.idToken) !== pending.nonce) {
    throw new AuthError('sign_in_failed', 'The sign-in response does not match a sign-in started here.');
  }
  return tokens;
}
