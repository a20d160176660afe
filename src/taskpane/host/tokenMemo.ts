/**
 * Keeps the last user JWT until shortly before its `exp`, so the pane does not ask the host (or
 * open a dialog) on every API call. The token is only read for its expiry, never trusted: the
 * server verifies it.
 */
import { jwtClaims } from './encoding';

const EXPIRY_MARGIN_MS = 2 * 60_000;

export function tokenExpiry(jwt: string): number | undefined {
  const exp = jwtClaims(jwt)?.exp;
  return typeof exp === 'number' && Number.isFinite(exp) ? exp * 1000 : undefined;
}

export class TokenMemo {
  private token: string | undefined;
  private expiresAt = 0;
  private pending: Promise<string> | undefined;

  constructor(private readonly now: () => number = Date.now) {}

  get(): string | undefined {
    return this.token !== undefined && this.expiresAt - EXPIRY_MARGIN_MS > this.now() ? this.token : undefined;
  }

  set(token: string): string {
    // No readable expiry: keep it for a minute rather than not at all.
    this.expiresAt = tokenExpiry(token) ?? this.now() + EXPIRY_MARGIN_MS + 60_000;
    this.token = token;
    return token;
  }

  clear(): void {
    this.token = undefined;
  }

  /**
   * The kept token, or one `acquire` shared by every caller until it settles: the pane's first
   * calls come together, and one sign-in (or one dialog) is enough.
   */
  fetch(forceRefresh: boolean, acquire: (forceRefresh: boolean) => Promise<string>): Promise<string> {
    if (forceRefresh) this.clear();
    const cached = this.get();
    if (cached) return Promise.resolve(cached);
    this.pending ??= acquire(forceRefresh).finally(() => {
      this.pending = undefined;
    });
    return this.pending;
  }
}
