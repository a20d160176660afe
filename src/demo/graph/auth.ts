/** Bearer checks like Graph's: our own Graph tokens only (signature, audience, lifetime, issuer). */
import type { Request } from 'express';
import type { JWTPayload } from 'jose';
import { findDemoUser, type DemoUser } from '../users';
import type { DemoAuthority } from '../idp/authority';
import { GRAPH_RESOURCE } from '../idp/scopes';
import { G, type GraphErrorSpec } from './errors';

export type GraphAuth = { ok: true; user: DemoUser; scopes: Set<string>; claims: JWTPayload } | { ok: false; error: GraphErrorSpec };

const MESSAGES = {
  malformed: 'CompactToken parsing failed with error code: 80049217',
  signature: 'Access token validation failure. Invalid signature.',
  issuer: 'Access token validation failure. Invalid issuer.',
  audience: 'Access token validation failure. Invalid audience.',
  expired: 'Lifetime validation failed, the token is expired.',
  not_yet_valid: 'Lifetime validation failed, the token is not yet valid.',
} as const;

export async function authenticateGraph(authority: DemoAuthority, req: Request): Promise<GraphAuth> {
  const header = req.get('authorization') ?? '';
  const m = /^Bearer\s+(\S+)\s*$/i.exec(header);
  if (!m?.[1]) return { ok: false, error: G.unauthenticated('Access token is empty.') };
  const result = await authority.verify(m[1], GRAPH_RESOURCE);
  if (!result.ok) return { ok: false, error: G.unauthenticated(MESSAGES[result.reason]) };
  const user = findDemoUser(String(result.claims.oid ?? ''));
  if (!user) return { ok: false, error: G.unauthenticated('Access token validation failure. Unknown user.') };
  const scopes = new Set(typeof result.claims.scp === 'string' ? result.claims.scp.split(' ') : []);
  return { ok: true, user, scopes, claims: result.claims };
}

export function hasAny(scopes: Set<string>, wanted: readonly string[]): boolean {
  return wanted.some((s) => scopes.has(s));
}
