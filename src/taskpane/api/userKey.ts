/**
 * This device's user key (brief §2): 32 random bytes made here at first start for the signed-in
 * user, kept only in this device's storage under that user's name, sent as `X-User-Key`.
 * It is never recovered or replaced from elsewhere: once gone, a new one is made and the server
 * answers "reconnect" for the connection made under the old one.
 */
import { base64url, jwtClaims } from '../host/encoding';

/** The device key's encoding, also known here to the key's own tests. */
export { base64url };

export type KeyValueStorage = Pick<Storage, 'getItem' | 'setItem'>;

export interface UserRef {
  tid: string;
  oid: string;
}

const KEY_PATTERN = /^[A-Za-z0-9_-]{43}$/;
/** Tenant and object ids are GUIDs; anything else in a token is not used to name storage. */
const ID_PATTERN = /^[A-Za-z0-9-]{1,64}$/;

export function userKeyStorageName(user: UserRef): string {
  return `upnext.userKey.v1.${user.tid}.${user.oid}`;
}

/**
 * `tid` and `oid` from a JWT's payload, read without checking the signature: the token only
 * names the storage slot here; the server checks it on every call.
 */
export function userFromToken(jwt: string): UserRef | undefined {
  const { tid, oid } = jwtClaims(jwt) ?? {};
  if (typeof tid !== 'string' || typeof oid !== 'string' || !ID_PATTERN.test(tid) || !ID_PATTERN.test(oid)) return undefined;
  return { tid, oid };
}

export interface UserKeys {
  /** The key for this user on this device, made (and stored) on first use. */
  forUser(user: UserRef): string;
  /** The key for the user a bearer token names, or undefined when the token names nobody. */
  forToken(jwt: string): string | undefined;
}

/**
 * Keys in `storage` (localStorage: it must outlive the tab). When storage refuses to keep the key
 * (private mode, blocked storage) the key lives in memory only, and the next start reconnects.
 */
export function createUserKeys(storage: KeyValueStorage | undefined, crypto: Pick<Crypto, 'getRandomValues'>): UserKeys {
  const memory = new Map<string, string>();
  const forUser = (user: UserRef): string => {
    const name = userKeyStorageName(user);
    // Storage first on every call, so two tabs that raced at first start settle on one key.
    let key: string | undefined;
    let readable = storage !== undefined;
    try {
      const stored = storage?.getItem(name);
      if (stored && KEY_PATTERN.test(stored)) key = stored;
    } catch {
      readable = false;
    }
    // Storage that cannot be read leaves the key in memory as all there is; storage that was
    // read and had none means the key is gone, and a new one is made.
    if (!key && !readable) key = memory.get(name);
    if (!key) {
      key = base64url(crypto.getRandomValues(new Uint8Array(32)));
      try {
        storage?.setItem(name, key);
      } catch {
        // Kept in memory only; see above.
      }
    }
    memory.set(name, key);
    return key;
  };
  return {
    forUser,
    forToken(jwt) {
      const user = userFromToken(jwt);
      return user ? forUser(user) : undefined;
    },
  };
}
