import { mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadOrCreateDemoMasterKeys, MasterKeyError, parseMasterKeys } from '../../../src/server/vault/master-keys';

const key = (n: number) => Buffer.alloc(32, n).toString('base64');

describe('master keys', () => {
  it('takes the first key as current and finds older ones by kid', () => {
    const ring = parseMasterKeys(`new:${key(2)}, old:${key(1)}`);
    expect(ring.current.kid).toBe('new');
    expect(ring.oldest.kid).toBe('old');
    expect(ring.byKid('old')?.key.equals(Buffer.alloc(32, 1))).toBe(true);
    expect(ring.byKid('gone')).toBeUndefined();
  });

  it.each([
    ['', /holds no key/],
    [`:${key(1)}`, /no valid key id/],
    [`k1:${Buffer.alloc(16).toString('base64')}`, /32 bytes/],
    [`k1:${key(1)},k1:${key(2)}`, /appears twice/],
  ])('refuses %j', (value, message) => {
    expect(() => parseMasterKeys(value)).toThrow(MasterKeyError);
    expect(() => parseMasterKeys(value)).toThrow(message);
  });

  it('never echoes key material in its messages', () => {
    const secret = Buffer.alloc(20, 7).toString('base64');
    try {
      parseMasterKeys(`k1:${secret}`);
    } catch (err) {
      expect(String((err as Error).message)).not.toContain(secret);
    }
  });

  it('generates the demo key once, owner-readable only, and reuses it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'upnext-keys-'));
    const first = loadOrCreateDemoMasterKeys(dir);
    const second = loadOrCreateDemoMasterKeys(dir);
    expect(second.current.key.equals(first.current.key)).toBe(true);
    expect(statSync(join(dir, 'master-keys')).mode & 0o777).toBe(0o600);
    expect(readFileSync(join(dir, 'master-keys'), 'utf8')).toMatch(/^demo-[\d-]+:[A-Za-z0-9+/=]{44}\n$/);
  });
});
