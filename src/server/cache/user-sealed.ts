import { AppError } from '../errors/app-error';
import { associatedData, decodeUserKey, deriveEntryKey, open, seal, userKeyId, type Sealed } from '../vault/crypto';
import type { MasterKeyRing } from '../vault/master-keys';

/**
 * Cache values sealed under a key derived from the master key and the caller's user key, so a
 * dump of the cache (in process or Redis) reveals nothing without the users' devices.
 */
export function createUserSealer(keys: MasterKeyRing, maxRemembered = 10_000) {
  // Derivations are remembered per caller (in memory only), so a cache hit costs one AES-GCM open.
  const derived = new Map<string, ReturnType<typeof derive>>();

  function parts(tid: string, oid: string, scope: string, userKeyText: string | undefined) {
    const id = `${tid}\0${oid}\0${scope}\0${userKeyText}`;
    let found = derived.get(id);
    if (!found) {
      found = derive(tid, oid, scope, userKeyText);
      if (derived.size >= maxRemembered) derived.delete(derived.keys().next().value as string);
      derived.set(id, found);
    }
    return found;
  }

  function derive(tid: string, oid: string, scope: string, userKeyText: string | undefined) {
    if (!userKeyText) throw new AppError('user_key_missing', 'This device has no user key; connect your calendar again.');
    let userKey: Buffer;
    try {
      userKey = decodeUserKey(userKeyText);
    } catch {
      throw new AppError('user_key_missing', 'The X-User-Key header must be 32 bytes in base64url.');
    }
    const owner = { tid, oid, provider: scope };
    const keyId = userKeyId(userKey);
    const master = keys.current;
    return { keyId, key: deriveEntryKey(master.key, userKey, owner, 'cache'), aad: associatedData({ ...owner, keyId, masterKid: master.kid }) };
  }

  return {
    /** A sealer bound to one caller; `keyId` goes into cache keys so devices never collide. */
    forCaller(tid: string, oid: string, scope: string, userKey: string | undefined) {
      const { keyId, key, aad } = parts(tid, oid, scope, userKey);
      return {
        keyId,
        seal: (value: unknown): Sealed => seal(key, Buffer.from(JSON.stringify(value)), aad),
        open: <T>(sealed: Sealed): T => JSON.parse(open(key, sealed, aad).toString('utf8')) as T,
        openText: (sealed: Sealed): string => open(key, sealed, aad).toString('utf8'),
      };
    },
  };
}

export type UserSealer = ReturnType<typeof createUserSealer>;
