import { errors as joseErrors } from 'jose';
import type { AppError } from '../errors/app-error';

const REALM = 'realm="upnext"';

/**
 * The `WWW-Authenticate` challenge of a 401 (RFC 6750 §3): the bare realm when no credentials
 * came (`unauthenticated`), `error="invalid_token"` with a fixed description when a token came but
 * was refused. The description is one of two constants: never the token, its claims or the
 * verifier's message, which may name a claim.
 */
export function bearerChallenge(error: AppError): string {
  if (error.code !== 'invalid_token') return `Bearer ${REALM}`;
  const description = error.cause instanceof joseErrors.JWTExpired ? 'The access token expired' : 'The access token is invalid';
  return `Bearer ${REALM}, error="invalid_token", error_description="${description}"`;
}
