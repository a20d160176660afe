/** The authority's RS256 signing key: generated once, optionally persisted (0600) so issued tokens survive restarts. */
import { createHash, createPrivateKey, createPublicKey, generateKeyPairSync, type KeyObject } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export interface PublicJwk {
  kty: 'RSA';
  use: 'sig';
  alg: 'RS256';
  kid: string;
  n: string;
  e: string;
  issuer?: string;
}

export interface SigningKey {
  kid: string;
  privateKey: KeyObject;
  publicKey: KeyObject;
  publicJwk: PublicJwk;
}

const KEY_FILE = 'demo-idp-signing-key.pem';

export function loadOrCreateSigningKey(dataDir?: string): SigningKey {
  const pem = dataDir ? readOrCreatePem(dataDir) : generatePem();
  const privateKey = createPrivateKey(pem);
  const publicKey = createPublicKey(privateKey);
  const jwk = publicKey.export({ format: 'jwk' });
  if (typeof jwk.n !== 'string' || typeof jwk.e !== 'string') throw new Error('demo signing key is not RSA');
  // RFC 7638 thumbprint: stable kid for the same key, new kid when the key changes.
  const kid = createHash('sha256')
    .update(JSON.stringify({ e: jwk.e, kty: 'RSA', n: jwk.n }))
    .digest('base64url');
  return { kid, privateKey, publicKey, publicJwk: { kty: 'RSA', use: 'sig', alg: 'RS256', kid, n: jwk.n, e: jwk.e } };
}

function generatePem(): string {
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  return privateKey.export({ format: 'pem', type: 'pkcs8' }).toString();
}

function readOrCreatePem(dataDir: string): string {
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  const file = join(dataDir, KEY_FILE);
  if (existsSync(file)) {
    // A key readable by others would let them mint demo tokens; tighten it rather than trust it.
    chmodSync(file, 0o600);
    return readFileSync(file, 'utf8');
  }
  const pem = generatePem();
  writeFileSync(file, pem, { mode: 0o600, flag: 'wx' });
  chmodSync(file, 0o600); // the umask may have loosened the mode given to writeFileSync
  return pem;
}
