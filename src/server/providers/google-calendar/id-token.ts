import { decodeJwt } from 'jose';
import { GOOGLE_ISSUERS } from './settings';

export interface GoogleAccount {
  /** Google's stable account id. */
  sub: string;
  email: string;
}

/**
 * The Google account that signed in to the consent window. The id token came straight from the
 * token endpoint over TLS, so its claims are checked without Google's signing keys (OpenID Connect
 * Core §3.1.3.7): issuer, audience (our client id), expiry, and a verified e-mail.
 */
export function googleAccountOf(idToken: string | undefined, clientId: string, nowMs: number): GoogleAccount | undefined {
  if (!idToken) return undefined;
  let claims;
  try {
    claims = decodeJwt(idToken);
  } catch {
    return undefined;
  }
  if (typeof claims.iss !== 'string' || !(GOOGLE_ISSUERS as readonly string[]).includes(claims.iss)) return undefined;
  const audiences = Array.isArray(claims.aud) ? claims.aud : [claims.aud];
  if (!audiences.includes(clientId)) return undefined;
  if (audiences.length > 1 && claims.azp !== clientId) return undefined;
  if (typeof claims.exp !== 'number' || claims.exp * 1000 <= nowMs - 60_000) return undefined;
  if (claims.email_verified !== true && claims.email_verified !== 'true') return undefined;
  if (typeof claims.sub !== 'string' || !claims.sub || typeof claims.email !== 'string' || !claims.email) return undefined;
  return { sub: claims.sub, email: claims.email };
}
