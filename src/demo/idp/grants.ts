/**
 * Authorization codes (in memory, single use, ten minutes) and refresh tokens (sealed, self-contained,
 * rotated: each one redeems once). Refresh tokens are sealed with a key derived from the signing key,
 * so with a persisted key they survive a restart, like Entra's opaque refresh tokens.
 */
import { createCipheriv, createDecipheriv, createHash, hkdfSync, randomBytes } from 'node:crypto';
import type { KeyObject } from 'node:crypto';
import type { ScopeResource } from './scopes';

export const CODE_LIFETIME_MS = 10 * 60_000;
/** Entra: refresh tokens redeemed by single-page apps live 24 hours; others 90 days. */
export const SPA_REFRESH_LIFETIME_S = 24 * 3600;
export const REFRESH_LIFETIME_S = 90 * 24 * 3600;

export interface CodeRecord {
  tid: string;
  oid: string;
  clientId: string;
  redirectUri: string;
  resource: ScopeResource;
  permissions: string[];
  oidc: string[];
  codeChallenge?: string;
  nonce?: string;
  expiresAt: number;
  redeemed: boolean;
}

export interface RefreshPayload {
  jti: string;
  tid: string;
  oid: string;
  clientId: string;
  resource: ScopeResource;
  permissions: string[];
  oidc: string[];
  /** Issued to a browser client: redeemable only cross-origin and only for 24 h. */
  spa: boolean;
  iat: number;
  exp: number;
  /** The user's revocation generation at issue; a later revokeSessions voids it. */
  gen: number;
}

export class CodeStore {
  private readonly codes = new Map<string, CodeRecord>();

  constructor(private readonly now: () => number) {}

  issue(record: Omit<CodeRecord, 'expiresAt' | 'redeemed'>): string {
    this.sweep();
    const code = `1.A${randomBytes(48).toString('base64url')}`;
    this.codes.set(digest(code), { ...record, expiresAt: this.now() + CODE_LIFETIME_MS, redeemed: false });
    return code;
  }

  /** The record, with its state left for the caller to judge (expired, already redeemed). Marks it redeemed. */
  take(code: string): CodeRecord | undefined {
    const record = this.codes.get(digest(code));
    if (!record) return undefined;
    const seen = { ...record };
    record.redeemed = true;
    return seen;
  }

  private sweep(): void {
    const now = this.now();
    for (const [k, v] of this.codes) if (v.expiresAt + CODE_LIFETIME_MS < now) this.codes.delete(k);
  }
}

export type RefreshCheck =
  | { ok: true; payload: RefreshPayload }
  | { ok: false; reason: 'malformed' | 'expired' | 'reused' | 'revoked' };

export class RefreshTokenSealer {
  private readonly key: Buffer;
  /** jti → exp (s) of refresh tokens already redeemed. */
  private readonly used = new Map<string, number>();
  private readonly generations = new Map<string, number>();

  constructor(signingKey: KeyObject, private readonly now: () => number) {
    const ikm = signingKey.export({ format: 'der', type: 'pkcs8' });
    this.key = Buffer.from(hkdfSync('sha256', ikm, Buffer.alloc(0), 'upnext demo refresh token seal v1', 32));
  }

  generation(oid: string): number {
    return this.generations.get(oid) ?? 0;
  }

  revokeAll(oid: string): void {
    this.generations.set(oid, this.generation(oid) + 1);
  }

  seal(payload: Omit<RefreshPayload, 'jti' | 'gen'>): string {
    const full: RefreshPayload = { ...payload, jti: randomBytes(16).toString('base64url'), gen: this.generation(payload.oid) };
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.key, iv);
    const ct = Buffer.concat([cipher.update(JSON.stringify(full), 'utf8'), cipher.final()]);
    return `1.A${Buffer.concat([iv, ct, cipher.getAuthTag()]).toString('base64url')}`;
  }

  /**
   * Opens and checks a refresh token without spending it, so a request refused for another reason
   * (consent, client) leaves it usable. Call `spend` synchronously after, before any await.
   */
  inspect(token: string): RefreshCheck {
    const payload = this.open(token);
    if (!payload) return { ok: false, reason: 'malformed' };
    if (payload.gen < this.generation(payload.oid)) return { ok: false, reason: 'revoked' };
    if (this.used.has(payload.jti)) return { ok: false, reason: 'reused' };
    if (payload.exp <= Math.floor(this.now() / 1000)) return { ok: false, reason: 'expired' };
    return { ok: true, payload };
  }

  /** Rotation: a refresh token redeems once; presenting it again is refused. */
  spend(payload: RefreshPayload): void {
    this.sweep(Math.floor(this.now() / 1000));
    this.used.set(payload.jti, payload.exp);
  }

  private open(token: string): RefreshPayload | undefined {
    if (!token.startsWith('1.A')) return undefined;
    const raw = Buffer.from(token.slice(3), 'base64url');
    if (raw.length < 12 + 16 + 2) return undefined;
    try {
      const decipher = createDecipheriv('aes-256-gcm', this.key, raw.subarray(0, 12));
      decipher.setAuthTag(raw.subarray(raw.length - 16));
      const pt = Buffer.concat([decipher.update(raw.subarray(12, raw.length - 16)), decipher.final()]);
      return JSON.parse(pt.toString('utf8')) as RefreshPayload;
    } catch {
      return undefined;
    }
  }

  private sweep(nowS: number): void {
    for (const [jti, exp] of this.used) if (exp <= nowS) this.used.delete(jti);
  }
}

function digest(code: string): string {
  return createHash('sha256').update(code).digest('hex');
}
