import { webcrypto } from 'node:crypto';
import { base64url, createUserKeys, userFromToken, userKeyStorageName } from '../../../src/taskpane/api/userKey';

const TID = '7c1e2f3a-5b64-4d8e-9f0a-1b2c3d4e5f60';
const DANA = '4d6f1a2b-0c3e-4f5a-8b9c-1d2e3f4a5b6c';
const JONAS = '8e2a9b3c-4d5e-4f60-a7b8-c9d0e1f2a3b4';

function jwt(claims: Record<string, unknown>): string {
  const part = (o: unknown) => Buffer.from(JSON.stringify(o)).toString('base64url');
  return `${part({ alg: 'RS256' })}.${part(claims)}.sig`;
}

function memoryStorage() {
  const map = new Map<string, string>();
  return {
    map,
    getItem: (k: string) => map.get(k) ?? null,
    setItem: (k: string, v: string) => void map.set(k, v),
  };
}

describe('user key', () => {
  it('base64url has no padding and 43 characters for 32 bytes', () => {
    const text = base64url(new Uint8Array(32).fill(255));
    expect(text).toHaveLength(43);
    expect(text).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(base64url(Uint8Array.of(0xfb, 0xff))).toBe('-_8');
  });

  it('reads tid and oid from the token, and nothing from a token without them', () => {
    expect(userFromToken(jwt({ tid: TID, oid: DANA, name: 'Dana' }))).toEqual({ tid: TID, oid: DANA });
    expect(userFromToken(jwt({ tid: TID }))).toBeUndefined();
    expect(userFromToken(jwt({ tid: TID, oid: '../../etc' }))).toBeUndefined();
    expect(userFromToken('not-a-jwt')).toBeUndefined();
    expect(userFromToken('a.%%%.c')).toBeUndefined();
  });

  it('makes 32 random bytes once per user and keeps them under that user', () => {
    const storage = memoryStorage();
    const getRandomValues = jest.fn(<T extends ArrayBufferView | null>(array: T) => webcrypto.getRandomValues(array as Uint8Array) as unknown as T);
    const keys = createUserKeys(storage, { getRandomValues } as Pick<Crypto, 'getRandomValues'>);
    const dana = keys.forToken(jwt({ tid: TID, oid: DANA }))!;
    expect(dana).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(keys.forToken(jwt({ tid: TID, oid: DANA, exp: 2 }))).toBe(dana);
    expect(storage.map.get(userKeyStorageName({ tid: TID, oid: DANA }))).toBe(dana);
    expect(storage.map.has(`upnext.userKey.v1.${TID}.${DANA}`)).toBe(true);
    const jonas = keys.forToken(jwt({ tid: TID, oid: JONAS }))!;
    expect(jonas).not.toBe(dana);
    expect(getRandomValues).toHaveBeenCalledTimes(2);
    expect((getRandomValues.mock.calls[0]![0] as Uint8Array).length).toBe(32);
  });

  it('survives a restart through storage, and a wiped key is replaced, never recovered', () => {
    const storage = memoryStorage();
    const first = createUserKeys(storage, webcrypto as unknown as Crypto).forUser({ tid: TID, oid: DANA });
    const restarted = createUserKeys(storage, webcrypto as unknown as Crypto);
    expect(restarted.forUser({ tid: TID, oid: DANA })).toBe(first);
    storage.map.clear();
    const fresh = restarted.forUser({ tid: TID, oid: DANA });
    expect(fresh).not.toBe(first);
    expect(storage.map.get(userKeyStorageName({ tid: TID, oid: DANA }))).toBe(fresh);
  });

  it('ignores a malformed stored value', () => {
    const storage = memoryStorage();
    storage.map.set(userKeyStorageName({ tid: TID, oid: DANA }), 'short');
    const key = createUserKeys(storage, webcrypto as unknown as Crypto).forUser({ tid: TID, oid: DANA });
    expect(key).toMatch(/^[A-Za-z0-9_-]{43}$/);
  });

  it('keeps the key in memory when storage is blocked', () => {
    const blocked = {
      getItem: () => {
        throw new Error('SecurityError');
      },
      setItem: () => {
        throw new Error('SecurityError');
      },
    };
    const keys = createUserKeys(blocked, webcrypto as unknown as Crypto);
    const key = keys.forUser({ tid: TID, oid: DANA });
    expect(keys.forUser({ tid: TID, oid: DANA })).toBe(key);
  });
});
