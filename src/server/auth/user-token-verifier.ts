import { createRemoteJWKSet, errors as joseErrors, jwtVerify, type JWTPayload } from 'jose';
import { AppError } from '../errors/app-error';

/** Who is calling: always keyed by tenant + object id, never by e-mail or UPN. */
export interface UserIdentity {
  tid: string;
  oid: string;
  name: string;
  username?: string;
  groups: string[];
  roles: string[];
  /**
   * The token carries the groups overage claim (`_claim_names.groups` or `hasgroups`): the user is
   * in too many groups for the token, so `groups` is empty and says nothing about membership.
   */
  groupsOverage?: boolean;
  /** The raw bearer token, kept only to hand to the on-behalf-of exchange. */
  assertion: string;
  /** The token's exp, epoch seconds. */
  expiresAt: number;
}

export interface UserTokenVerifierOptions {
  authorityHost: string;
  audiences: string[];
  allowedTenants: '*' | string[];
  requiredScope?: string;
  /** Seconds of clock skew accepted on exp/nbf. */
  clockToleranceSeconds?: number;
  /** How long fetched signing keys are trusted, and how soon an unknown kid may trigger a refetch. */
  jwksCacheMaxAgeMs?: number;
  jwksCooldownMs?: number;
  jwksTimeoutMs?: number;
  /** Verified tokens remembered so a busy pane does not pay an RSA check per call. */
  maxCachedTokens?: number;
  /**
   * How long a verified token is remembered at most (besides its exp and iat + 24 h): a few
   * minutes, so a signing key withdrawn at the next JWKS refresh stops opening the API soon after.
   */
  maxRememberMs?: number;
  now?: () => number;
}

/** Entra's access tokens live 60–90 minutes; anything claiming far longer is not one of them. */
const MAX_TOKEN_LIFE_S = 24 * 3600;

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Validates the user JWT the way Entra's v2 tokens must be validated: signature from the
 * authority's JWKS (RS256 only), the issuer exactly `<authority>/<tid>/v2.0` for the token's own
 * tenant, one of our audiences, exp/nbf, an allowed tenant, and the `access_as_user` scope.
 */
export function createUserTokenVerifier(options: UserTokenVerifierOptions) {
  const jwks = createRemoteJWKSet(new URL(`${options.authorityHost}/common/discovery/v2.0/keys`), {
    cacheMaxAge: options.jwksCacheMaxAgeMs ?? 6 * 3600_000,
    cooldownDuration: options.jwksCooldownMs ?? 30_000,
    timeoutDuration: options.jwksTimeoutMs ?? 5_000,
  });
  const requiredScope = options.requiredScope ?? 'access_as_user';
  const now = options.now ?? Date.now;
  const maxCached = options.maxCachedTokens ?? 10_000;
  const maxRememberMs = options.maxRememberMs ?? 5 * 60_000;
  // Only successes are remembered, each until min(exp, iat + 24 h, verified + a few minutes).
  const verified = new Map<string, { user: UserIdentity; expMs: number }>();

  return async function verifyUserToken(token: string): Promise<UserIdentity> {
    const hit = verified.get(token);
    if (hit) {
      if (hit.expMs > now()) return hit.user;
      verified.delete(token);
    }
    const { user, issuedAt } = await verifyFully(token);
    if (verified.size >= maxCached) verified.delete(verified.keys().next().value as string);
    verified.set(token, { user, expMs: Math.min(user.expiresAt * 1000, (issuedAt + MAX_TOKEN_LIFE_S) * 1000, now() + maxRememberMs) });
    return user;
  };

  async function verifyFully(token: string): Promise<{ user: UserIdentity; issuedAt: number }> {
    let payload: JWTPayload;
    try {
      ({ payload } = await jwtVerify(token, jwks, {
        algorithms: ['RS256'],
        audience: options.audiences,
        clockTolerance: options.clockToleranceSeconds ?? 60,
        maxTokenAge: MAX_TOKEN_LIFE_S,
        currentDate: new Date(now()),
        requiredClaims: ['exp', 'iat', 'tid', 'oid'],
      }));
    } catch (err) {
      throw new AppError('invalid_token', describeJoseFailure(err), { cause: err });
    }
    // maxTokenAge bounds the age (iat) only; a token claiming to live longer than a day is refused too.
    if (Number(payload.exp) - Number(payload.iat) > MAX_TOKEN_LIFE_S) throw new AppError('invalid_token', 'The token claims a lifetime longer than 24 hours.');
    const tid = String(payload.tid ?? '');
    const oid = String(payload.oid ?? '');
    if (!GUID.test(tid) || !GUID.test(oid)) throw new AppError('invalid_token', 'The token has no valid tenant or object id.');
    if (payload.iss !== `${options.authorityHost}/${tid}/v2.0`) {
      throw new AppError('invalid_token', 'The token was not issued by the expected authority for its tenant.');
    }
    if (options.allowedTenants !== '*' && !options.allowedTenants.includes(tid.toLowerCase())) {
      throw new AppError('forbidden', 'Your organization is not allowed to use this service.');
    }
    const scopes = typeof payload.scp === 'string' ? payload.scp.split(' ') : [];
    if (!scopes.includes(requiredScope)) {
      throw new AppError('forbidden', `The token lacks the ${requiredScope} scope.`);
    }
    const user: UserIdentity = {
      tid: tid.toLowerCase(),
      oid: oid.toLowerCase(),
      name: typeof payload.name === 'string' ? payload.name : '',
      username: typeof payload.preferred_username === 'string' ? payload.preferred_username : undefined,
      groups: stringArray(payload.groups),
      roles: stringArray(payload.roles),
      groupsOverage: hasGroupsOverage(payload),
      assertion: token,
      expiresAt: Number(payload.exp),
    };
    return { user, issuedAt: Number(payload.iat) };
  }
}

export type VerifyUserToken = ReturnType<typeof createUserTokenVerifier>;

function stringArray(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

/** Entra's groups overage: `_claim_names: {groups: "src1"}` in access tokens, `hasgroups: true` in implicit-flow tokens. */
function hasGroupsOverage(payload: JWTPayload): boolean {
  const names = payload._claim_names;
  const named = typeof names === 'object' && names !== null && typeof (names as Record<string, unknown>).groups === 'string';
  return named || payload.hasgroups === true || payload.hasgroups === 'true';
}

function describeJoseFailure(err: unknown): string {
  if (err instanceof joseErrors.JWTExpired) return 'The token has expired.';
  if (err instanceof joseErrors.JWTClaimValidationFailed) return `The token's ${err.claim} claim is not acceptable.`;
  if (err instanceof joseErrors.JWKSNoMatchingKey) return 'The token was signed with an unknown key.';
  if (err instanceof joseErrors.JOSEAlgNotAllowed) return 'The token uses a signing algorithm that is not accepted.';
  if (err instanceof joseErrors.JWSSignatureVerificationFailed) return 'The token signature is not valid.';
  if (err instanceof joseErrors.JWKSTimeout) return 'The signing keys could not be fetched in time.';
  return 'The token is not valid.';
}
