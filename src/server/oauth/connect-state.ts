import { createHash, createHmac, hkdfSync, randomBytes, timingSafeEqual } from 'node:crypto';

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
 * the server keeps nothing but a used-nonce list (single use, enforced by the store).
 */
export function createConnectStates(masterKey: Buffer, options: { lifetimeMs?: number; now?: () => number } = {}) {
  const key = Buffer.from(hkdfSync('sha256', masterKey, Buffer.alloc(0), 'upnext oauth-state v1', 32));
  const now = options.now ?? Date.now;
  const lifetime = options.lifetimeMs ?? 10 * 60_000;
  const mac = (text: string) => createHmac('sha256', key).update(text).digest();

  return {
    issue(binding: Omit<ConnectState, 'nonce' | 'expiresAt'>): { state: string; codeVerifier: string; payload: ConnectState } {
      const payload: ConnectState = { ...binding, nonce: randomBytes(16).toString('base64url'), expiresAt: now() + lifetime };
      const body = Buffer.from(JSON.stringify(payload)).toString('base64url');
      return { state: `${body}.${mac(`state\0${body}`).toString('base64url')}`, codeVerifier: verifierFor(payload.nonce), payload };
    },

    /** Checks signature and expiry; the caller checks the binding and consumes the nonce. */
    verify(state: string): { payload: ConnectState; codeVerifier: string } {
      const [body, sig, extra] = state.split('.');
      if (!body || !sig || extra !== undefined) throw new ConnectStateError('malformed');
      const expected = mac(`state\0${body}`);
      const given = Buffer.from(sig, 'base64url');
      if (given.length !== expected.length || !timingSafeEqual(given, expected)) throw new ConnectStateError('bad signature');
      const payload = JSON.parse(Buffer.from(body, 'base64url').toString('utf8')) as ConnectState;
      if (typeof payload.expiresAt !== 'number' || payload.expiresAt < now()) throw new ConnectStateError('expired');
      return { payload, codeVerifier: verifierFor(payload.nonce) };
    },
  };

  function verifierFor(nonce: string): string {
    return mac(`pkce\0${nonce}`).toString('base64url');
  }
}

export type ConnectStates = ReturnType<typeof createConnectStates>;

export function pkceChallenge(verifier: string): string {
  return createHash('sha256').update(verifier).digest('base64url');
}
