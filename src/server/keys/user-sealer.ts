import { associatedData, deriveEntryKey, open, seal, userKeyId, type Sealed } from '../vault/crypto';
import type { MasterKeyRing } from '../vault/master-keys';
import { requireUserKey } from '../vault/user-key';

/**
 * Cache values sealed under a key derived from the master key and the caller's user key, so a
 * dump of the cache (in process or Redis) reveals nothing without the users' devices.
 */
export function createUserSealer(keys: MasterKeyRing, maxRemembered = 10_000) {
  // Derived keys are remembered per caller (by key id, never by the user key itself), so a cache
  // hit costs one hash and one AES-GCM open.
  // The bound sealer is kept with them, so a request allocates no closures.
  const derived = new Map<string, BoundSealer>();

  function parts(tid: string, oid: string, scope: string, userKeyText: string | undefined) {
    const userKey = requireUserKey(userKeyText);
    return partsFor(tid, oid, scope, userKey, userKeyId(userKey));
  }

  function partsFor(tid: string, oid: string, scope: string, userKey: Buffer, keyId: string) {
    const id = `${tid}\0${oid}\0${scope}\0${keyId}`;
    let found = derived.get(id);
    if (!found) {
      const owner = { tid, oid, provider: scope };
      const master = keys.current;
      const aad = associatedData({ ...owner, keyId, masterKid: master.kid });
      // Derived forms (a precompressed answer) get their own associated data: never mistaken for a value.
      found = bound({ keyId, key: deriveEntryKey(master.key, userKey, owner, 'cache'), aad, bytesAad: Buffer.concat([aad, Buffer.from('\0derived')]) });
      if (derived.size >= maxRemembered) derived.delete(derived.keys().next().value as string);
      derived.set(id, found);
    }
    return found;
  }

  return {
    /** A sealer bound to one caller; `keyId` goes into cache keys so devices never collide. */
    forCaller(tid: string, oid: string, scope: string, userKey: string | undefined): BoundSealer {
      return parts(tid, oid, scope, userKey);
    },
    /** The same for several scopes (one per provider) of one call: the user key is read and hashed once. */
    forDevice(tid: string, oid: string, userKeyText: string | undefined) {
      const userKey = requireUserKey(userKeyText);
      const keyId = userKeyId(userKey);
      return { forScope: (scope: string): BoundSealer => partsFor(tid, oid, scope, userKey, keyId) };
    },
  };
}

function bound({ keyId, key, aad, bytesAad }: { keyId: string; key: Buffer; aad: Buffer; bytesAad: Buffer }) {
  return {
    keyId,
    seal: (value: unknown): Sealed => seal(key, Buffer.from(JSON.stringify(value)), aad),
    /** The sealed value's JSON as bytes (what goes on the wire, no decoding to a string). */
    open: (sealed: Sealed): Buffer => open(key, sealed, aad),
    openText: (sealed: Sealed): string => open(key, sealed, aad).toString('utf8'),
    /** Bytes derived from a value (its compressed answer), sealed apart from values. */
    sealDerived: (bytes: Buffer): Sealed => seal(key, bytes, bytesAad),
    openDerived: (sealed: Sealed): Buffer => open(key, sealed, bytesAad),
  };
}

type BoundSealer = ReturnType<typeof bound>;

export type UserSealer = ReturnType<typeof createUserSealer>;
