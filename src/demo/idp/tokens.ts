/** Signs and verifies the authority's JWTs (API access, Graph access, ID tokens), with Entra's v2.0 claims. */
import { createHash, randomBytes } from 'node:crypto';
import { decodeProtectedHeader, errors as joseErrors, jwtVerify, SignJWT, type JWTPayload } from 'jose';
import type { DemoUser } from '../users';
import type { SigningKey } from './keys';
import { GRAPH_RESOURCE } from './scopes';

export interface DemoTokenClaims {
  aud: string;
  iss: string;
  iat: number;
  nbf: number;
  exp: number;
  azp: string;
  azpacr: '0' | '1';
  name: string;
  oid: string;
  preferred_username: string;
  scp: string;
  sub: string;
  tid: string;
  uti: string;
  ver: '2.0';
  roles?: string[];
  groups?: string[];
  [claim: string]: unknown;
}

export type TokenOverrides = Partial<DemoTokenClaims> & { lifetimeSeconds?: number };

export interface IssuerContext {
  authorityHost: string;
  clientId: string;
  now: () => number;
  key: SigningKey;
}

export function issuerFor(authorityHost: string, tid: string): string {
  return `${authorityHost}/${tid}/v2.0`;
}

/** Entra's `sub` is pairwise: the same user looks different to different apps. */
export function pairwiseSub(oid: string, clientId: string): string {
  return createHash('sha256').update(`${oid}|${clientId}`).digest('base64url').slice(0, 43);
}

export function newUti(): string {
  return randomBytes(16).toString('base64url');
}

export async function signJwt(ctx: IssuerContext, claims: Record<string, unknown>): Promise<string> {
  return new SignJWT(claims as JWTPayload)
    .setProtectedHeader({ alg: 'RS256', typ: 'JWT', kid: ctx.key.kid })
    .sign(ctx.key.privateKey);
}

export function userClaims(
  ctx: IssuerContext,
  user: DemoUser,
  tid: string,
  audience: 'api' | 'graph',
  scp: string,
  lifetimeSeconds: number,
  confidential: boolean,
): DemoTokenClaims {
  const iat = Math.floor(ctx.now() / 1000);
  const claims: DemoTokenClaims = {
    aud: audience === 'api' ? ctx.clientId : GRAPH_RESOURCE,
    iss: issuerFor(ctx.authorityHost, tid),
    iat,
    nbf: iat,
    exp: iat + lifetimeSeconds,
    azp: ctx.clientId,
    azpacr: confidential ? '1' : '0',
    name: user.name,
    oid: user.oid,
    preferred_username: user.username,
    scp,
    sub: pairwiseSub(user.oid, ctx.clientId),
    tid,
    uti: newUti(),
    ver: '2.0',
  };
  if (audience === 'api') {
    if (user.roles.length) claims.roles = [...user.roles];
    if (user.groupsOverage) {
      // Entra's overage shape: no `groups`, a pointer to where the membership can be read instead.
      claims._claim_names = { groups: 'src1' };
      claims._claim_sources = { src1: { endpoint: `https://graph.microsoft.com/v1.0/users/${user.oid}/getMemberObjects` } };
    } else if (user.groups.length) claims.groups = [...user.groups];
  } else {
    claims.app_displayname = 'Upnext';
    claims.appid = ctx.clientId;
  }
  return claims;
}

export type VerifyFailure = 'malformed' | 'signature' | 'expired' | 'not_yet_valid' | 'audience' | 'issuer';
export type VerifyResult = { ok: true; claims: JWTPayload } | { ok: false; reason: VerifyFailure; aud?: string };

/** Verifies a token this authority issued: RS256, our kid, lifetime (no skew), issuer of its tenant, audience. */
export async function verifyOwnToken(
  ctx: IssuerContext,
  token: string,
  audience: string,
  tenantAllowed: (tid: string) => boolean,
): Promise<VerifyResult> {
  try {
    const header = decodeProtectedHeader(token);
    if (header.kid !== ctx.key.kid) return { ok: false, reason: 'signature' };
  } catch {
    return { ok: false, reason: 'malformed' };
  }
  let payload: JWTPayload;
  try {
    ({ payload } = await jwtVerify(token, ctx.key.publicKey, {
      algorithms: ['RS256'],
      currentDate: new Date(ctx.now()),
    }));
  } catch (err) {
    if (err instanceof joseErrors.JWTExpired) return { ok: false, reason: 'expired' };
    if (err instanceof joseErrors.JWTClaimValidationFailed && err.claim === 'nbf') return { ok: false, reason: 'not_yet_valid' };
    if (err instanceof joseErrors.JWTInvalid || err instanceof joseErrors.JWSInvalid) return { ok: false, reason: 'malformed' };
    return { ok: false, reason: 'signature' };
  }
  const tid = typeof payload.tid === 'string' ? payload.tid : '';
  if (!tenantAllowed(tid) || payload.iss !== issuerFor(ctx.authorityHost, tid)) return { ok: false, reason: 'issuer' };
  const aud = Array.isArray(payload.aud) ? payload.aud : [payload.aud];
  if (!aud.includes(audience)) return { ok: false, reason: 'audience', aud: String(payload.aud ?? '') };
  return { ok: true, claims: payload };
}
