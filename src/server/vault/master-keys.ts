import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export interface MasterKey {
  kid: string;
  key: Buffer;
}

/** The server's master keys: the first is current (new writes), the others still decrypt. */
export interface MasterKeyRing {
  current: MasterKey;
  /**
   * The oldest key still configured: what long-lived derived secrets (opaque ids) hang on, so
   * prepending a new current key changes nothing that clients or the graph store hold.
   */
  oldest: MasterKey;
  byKid(kid: string): MasterKey | undefined;
}

export class MasterKeyError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'MasterKeyError';
  }
}

const KID = /^[A-Za-z0-9._-]{1,64}$/;

/** Parses `kid:base64key,...`. Every key must be exactly 32 bytes; messages never echo a key. */
export function parseMasterKeys(value: string): MasterKeyRing {
  const keys: MasterKey[] = [];
  for (const [index, part] of value.split(',').map((p) => p.trim()).filter(Boolean).entries()) {
    const colon = part.indexOf(':');
    const kid = colon > 0 ? part.slice(0, colon) : '';
    if (!KID.test(kid)) throw new MasterKeyError(`TOKEN_MASTER_KEYS entry ${index + 1} has no valid key id (kid:base64key).`);
    const key = Buffer.from(part.slice(colon + 1), 'base64');
    if (key.length !== 32) throw new MasterKeyError(`TOKEN_MASTER_KEYS key "${kid}" must decode to 32 bytes.`);
    if (keys.some((k) => k.kid === kid)) throw new MasterKeyError(`TOKEN_MASTER_KEYS key id "${kid}" appears twice.`);
    keys.push({ kid, key });
  }
  if (keys.length === 0) throw new MasterKeyError('TOKEN_MASTER_KEYS holds no key.');
  const map = new Map(keys.map((k) => [k.kid, k]));
  return { current: keys[0]!, oldest: keys[keys.length - 1]!, byKid: (kid) => map.get(kid) };
}

/**
 * Demo mode only: a master key generated once into the data directory, readable by the owner
 * alone, so a restart keeps opening what was stored before.
 */
export function loadOrCreateDemoMasterKeys(dataDir: string): MasterKeyRing {
  const file = join(dataDir, 'master-keys');
  if (!existsSync(file)) {
    mkdirSync(dataDir, { recursive: true, mode: 0o700 });
    const line = `demo-${new Date().toISOString().slice(0, 10)}:${randomBytes(32).toString('base64')}\n`;
    writeFileSync(file, line, { mode: 0o600, flag: 'wx' });
  }
  chmodSync(file, 0o600);
  return parseMasterKeys(readFileSync(file, 'utf8').trim());
}
