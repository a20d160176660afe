import { webcrypto } from 'node:crypto';
import { associatedData, decodeUserKey, deriveEntryKey, open, seal, userKeyId, VaultCryptoError, type EntryContext } from '../../../src/server/vault/crypto';

const subtle = webcrypto.subtle;
const MASTER = Buffer.alloc(32, 0x01);
const USER = Buffer.from('000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f', 'hex');
const CTX: EntryContext = {
  tid: '7c1e2f3a-5b64-4d8e-9f0a-1b2c3d4e5f60',
  oid: '4d6f1a2b-0c3e-4f5a-8b9c-1d2e3f4a5b6c',
  provider: 'outlook-calendar',
  keyId: userKeyId(USER),
  masterKid: 'k2026',
};

/** An independent HKDF (WebCrypto) to check ours against. */
async function webHkdf(ikm: Buffer, info: string): Promise<Buffer> {
  const base = await subtle.importKey('raw', ikm, 'HKDF', false, ['deriveBits']);
  const bits = await subtle.deriveBits({ name: 'HKDF', hash: 'SHA-256', salt: Buffer.from('upnext'), info: Buffer.from(info) }, base, 256);
  return Buffer.from(bits);
}

describe('vault crypto', () => {
  it('derives the entry key as HKDF-SHA256(master ‖ user, info = owner) — checked against WebCrypto', async () => {
    const ours = deriveEntryKey(MASTER, USER, CTX);
    const theirs = await webHkdf(Buffer.concat([MASTER, USER]), `upnext vault v1\0${CTX.tid}\0${CTX.oid}\0${CTX.provider}`);
    expect(ours.toString('hex')).toBe(theirs.toString('hex'));
  });

  it('derives different keys for another user, tenant, provider, user key or master key', () => {
    const base = deriveEntryKey(MASTER, USER, CTX).toString('hex');
    expect(deriveEntryKey(MASTER, USER, { ...CTX, oid: 'x' }).toString('hex')).not.toBe(base);
    expect(deriveEntryKey(MASTER, USER, { ...CTX, tid: 'x' }).toString('hex')).not.toBe(base);
    expect(deriveEntryKey(MASTER, USER, { ...CTX, provider: 'x' }).toString('hex')).not.toBe(base);
    expect(deriveEntryKey(MASTER, Buffer.alloc(32, 9), CTX).toString('hex')).not.toBe(base);
    expect(deriveEntryKey(Buffer.alloc(32, 9), USER, CTX).toString('hex')).not.toBe(base);
  });

  it('opens a ciphertext that WebCrypto AES-256-GCM produced from fixed inputs', async () => {
    const key = deriveEntryKey(MASTER, USER, CTX);
    const nonce = Buffer.from('0a0b0c0d0e0f101112131415', 'hex');
    const aad = associatedData(CTX);
    const webKey = await subtle.importKey('raw', key, 'AES-GCM', false, ['encrypt']);
    const ct = Buffer.from(await subtle.encrypt({ name: 'AES-GCM', iv: nonce, additionalData: aad, tagLength: 128 }, webKey, Buffer.from('refresh-token-vector')));
    expect(open(key, { nonce, ciphertext: ct }, aad).toString()).toBe('refresh-token-vector');
  });

  it('round-trips with a fresh nonce on every write', () => {
    const key = deriveEntryKey(MASTER, USER, CTX);
    const a = seal(key, Buffer.from('secret'), associatedData(CTX));
    const b = seal(key, Buffer.from('secret'), associatedData(CTX));
    expect(a.nonce.equals(b.nonce)).toBe(false);
    expect(a.ciphertext.equals(b.ciphertext)).toBe(false);
    expect(open(key, a, associatedData(CTX)).toString()).toBe('secret');
  });

  describe('tampering is rejected', () => {
    const key = deriveEntryKey(MASTER, USER, CTX);
    const sealed = seal(key, Buffer.from('{"refreshToken":"rt"}'), associatedData(CTX));

    it.each(['tid', 'oid', 'provider', 'keyId', 'masterKid'] as const)('associated data field %s changed', (field) => {
      expect(() => open(key, sealed, associatedData({ ...CTX, [field]: CTX[field] + 'x' }))).toThrow(VaultCryptoError);
    });

    it('each nonce byte flipped', () => {
      for (let i = 0; i < sealed.nonce.length; i++) {
        const nonce = Buffer.from(sealed.nonce);
        nonce[i]! ^= 0x01;
        expect(() => open(key, { nonce, ciphertext: sealed.ciphertext }, associatedData(CTX))).toThrow(VaultCryptoError);
      }
    });

    it('each ciphertext and tag byte flipped', () => {
      for (let i = 0; i < sealed.ciphertext.length; i++) {
        const ciphertext = Buffer.from(sealed.ciphertext);
        ciphertext[i]! ^= 0x80;
        expect(() => open(key, { nonce: sealed.nonce, ciphertext }, associatedData(CTX))).toThrow(VaultCryptoError);
      }
    });

    it('truncated ciphertext, wrong user key, wrong master key', () => {
      expect(() => open(key, { nonce: sealed.nonce, ciphertext: sealed.ciphertext.subarray(0, 10) }, associatedData(CTX))).toThrow(VaultCryptoError);
      expect(() => open(deriveEntryKey(MASTER, Buffer.alloc(32, 7), CTX), sealed, associatedData(CTX))).toThrow(VaultCryptoError);
      expect(() => open(deriveEntryKey(Buffer.alloc(32, 7), USER, CTX), sealed, associatedData(CTX))).toThrow(VaultCryptoError);
    });
  });

  it('keeps only a one-way id of the user key', () => {
    const id = userKeyId(USER);
    expect(id).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(id).not.toContain(USER.toString('base64url'));
    expect(userKeyId(Buffer.alloc(32, 3))).not.toBe(id);
  });

  it('accepts only canonical 32-byte base64url user keys', () => {
    expect(decodeUserKey(USER.toString('base64url')).equals(USER)).toBe(true);
    expect(() => decodeUserKey(Buffer.alloc(31).toString('base64url'))).toThrow(TypeError);
    expect(() => decodeUserKey('not base64url!')).toThrow(TypeError);
  });
});
