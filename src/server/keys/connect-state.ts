import { createHash, createHmac, hkdfSync, randomBytes, timingSafeEqual } from 'node:crypto';
import type { MasterKeyRing } from '../vault/master-keys';

/** What a Connect popup's `state` binds: the user, this device's key id, the provider, a deadline. */
export interface ConnectState {
  nonce: string;
  tid: string;
  oid: string;
  keyId: string;
  provider: string;
  /** Epoch milliseconds. */
  expiresAt: number;
}

export class ConnectStateError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ConnectStateError';
  }
}

/**
 * Signed, self-contained OAuth `state` values, and the PKCE verifier derived from each one, so
 * the server keeps nothing but a used-nonce list (single use, enforced by the store). The state
 * names the master key that signed it, so a key rotation does not break consents in progress.
 */
export function createConnectStates(keys: MasterKeyRing, options: { lifetimeMs?: number; now?: () => number } = {}) {
  const now = options.now ?? Date.now;
  const lifetime = options.lifetimeMs ?? 10 * 60_000;
  const derived = new Map<string, Buffer>();
  const keyFor = (kid: string): Buffer | undefined => {
    const master = keys.byKid(kid);
    if (!master) return undefined;
    let key = derived.get(kid);
    if (!key) derived.set(kid, (key = Buffer.from(hkdfSync('sha256', master.key, Buffer.alloc(0), 'upnext oauth-state v1', 32))));
    return key;
  };
  const mac = (key: Buffer, text: string) => createHmac('sha256', key).update(text).digest();
  const verifierFor = (key: Buffer, nonce: string) => mac(key, `pkce\0${nonce}`).toString('base64url');

  return {
    issue(binding: Omit<ConnectState, 'nonce' | 'expiresAt'>): { state: string; codeVerifier: string; payload: ConnectState } {
      const kid = keys.current.kid;
      const key = keyFor(kid)!;
      const payload: ConnectState = { ...binding, nonce: randomBytes(16).toString('base64url'), expiresAt: now() + lifetime };
      const body = Buffer.from(JSON.stringify({ ...payload, k: kid })).toString('base64url');
      return { state: `${body}.${mac(key, `state\0${body}`).toString('base64url')}`, codeVerifier: verifierFor(key, payload.nonce), payload };
    },

    /** Checks signature and expiry; the caller checks the binding and consumes the nonce. */
    verify(state: string): { payload: ConnectState; codeVerifier: string } {
      const [body, sig, extra] = state.split('.');
      if (!body || !sig || extra !== undefined) throw new ConnectStateError('malformed');
      let claimed: ConnectState & { k?: unknown };
      try {
        claimed = JSON.parse(Buffer.from(body, 'base64url').toString('utf8')) as ConnectState & { k?: unknown };
      } catch {
        throw new ConnectStateError('malformed');
      }
      const key = typeof claimed?.k === 'string' ? keyFor(claimed.k) : undefined;
      if (!key) throw new ConnectStateError('unknown key');
      const expected = mac(key, `state\0${body}`);
      const given = Buffer.from(sig, 'base64url');
      if (given.length !== expected.length || !timingSafeEqual(given, expected)) throw new ConnectStateError('bad signature');
      const { k: _kid, ...payload } = claimed;
      if (typeof payload.expiresAt !== 'number' || payload.expiresAt < now()) throw new ConnectStateError('expired');
      return { payload, codeVerifier: verifierFor(key, payload.nonce) };
    },
  };
}

export type ConnectStates = ReturnType<typeof createConnectStates>;

export function pkceChallenge(verifier: string): string {
  return createHash('sha256').update(verifier).digest('base64url');
}
