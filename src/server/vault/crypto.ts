import { createCipheriv, createDecipheriv, createHash, hkdfSync, randomBytes } from 'node:crypto';

/**
 * The vault's cryptography (brief §2): AES-256-GCM under a key derived by HKDF-SHA256 from the
 * server master key and the device's user key, bound by associated data to the entry's owner.
 * Either key alone opens nothing.
 */
export interface EntryContext {
  tid: string;
  oid: string;
  provider: string;
  /** Hash of the user key that wrote the entry. */
  keyId: string;
  /** Id of the master key that wrote the entry. */
  masterKid: string;
}

export interface Sealed {
  nonce: Buffer;
  /** Ciphertext with the 16-byte GCM tag appended. */
  ciphertext: Buffer;
}

export class VaultCryptoError extends Error {
  constructor() {
    super('vault entry could not be opened');
    this.name = 'VaultCryptoError';
  }
}

const NONCE_BYTES = 12;
const TAG_BYTES = 16;

export function decodeUserKey(userKey: string): Buffer {
  const bytes = Buffer.from(userKey, 'base64url');
  if (bytes.length !== 32 || bytes.toString('base64url') !== userKey) throw new TypeError('user key must be 32 bytes of base64url');
  return bytes;
}

/** What the server stores in place of the user key: a one-way id, never the key. */
export function userKeyId(userKey: Buffer): string {
  return createHash('sha256').update('upnext user-key-id v1\0').update(userKey).digest('base64url');
}

/** The entry key: HKDF over both secrets, with the owner (tenant, user, provider) in `info`. */
export function deriveEntryKey(masterKey: Buffer, userKey: Buffer, ctx: Pick<EntryContext, 'tid' | 'oid' | 'provider'>, purpose = 'vault'): Buffer {
  if (masterKey.length !== 32 || userKey.length !== 32) throw new TypeError('master and user keys must be 32 bytes');
  const info = `upnext ${purpose} v1\0${ctx.tid}\0${ctx.oid}\0${ctx.provider}`;
  return Buffer.from(hkdfSync('sha256', Buffer.concat([masterKey, userKey]), 'upnext', info, 32));
}

export function associatedData(ctx: EntryContext): Buffer {
  return Buffer.from(['upnext-vault-v1', ctx.tid, ctx.oid, ctx.provider, ctx.keyId, ctx.masterKid].join('\0'));
}

/** Encrypts with a fresh random 12-byte nonce on every call. */
export function seal(key: Buffer, plaintext: Buffer, aad: Buffer): Sealed {
  const nonce = randomBytes(NONCE_BYTES);
  const cipher = createCipheriv('aes-256-gcm', key, nonce);
  cipher.setAAD(aad);
  // GCM is a stream mode: final() adds no bytes, so the body and tag are copied once, into place.
  const body = cipher.update(plaintext);
  cipher.final();
  return { nonce, ciphertext: Buffer.concat([body, cipher.getAuthTag()], body.length + TAG_BYTES) };
}

/** Any change to key, nonce, associated data or ciphertext fails authentication. */
export function open(key: Buffer, sealed: Sealed, aad: Buffer): Buffer {
  if (sealed.nonce.length !== NONCE_BYTES || sealed.ciphertext.length < TAG_BYTES) throw new VaultCryptoError();
  try {
    const decipher = createDecipheriv('aes-256-gcm', key, sealed.nonce);
    decipher.setAAD(aad);
    decipher.setAuthTag(sealed.ciphertext.subarray(sealed.ciphertext.length - TAG_BYTES));
    const plaintext = decipher.update(sealed.ciphertext.subarray(0, sealed.ciphertext.length - TAG_BYTES));
    decipher.final(); // checks the tag (throws on any change); GCM adds no bytes here
    return plaintext;
  } catch {
    throw new VaultCryptoError();
  }
}
