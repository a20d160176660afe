import { DerivedMemo } from '../../../src/server/cache/derived-memo';
import type { Sealed } from '../../../src/server/vault/crypto';

const sealed = (n: number, bytes = 10): Sealed => ({ nonce: Buffer.alloc(12, n), ciphertext: Buffer.alloc(bytes) });

describe('DerivedMemo', () => {
  it('finds a derived form by the value it came from', () => {
    const memo = new DerivedMemo();
    const value = sealed(1);
    memo.set(value, sealed(100));
    expect(memo.get({ nonce: Buffer.from(value.nonce), ciphertext: Buffer.alloc(0) })).toEqual(sealed(100));
    expect(memo.get(sealed(2))).toBeUndefined();
  });

  it('drops the oldest beyond its entry and byte bounds', () => {
    const byCount = new DerivedMemo(2);
    for (const n of [1, 2, 3]) byCount.set(sealed(n), sealed(n));
    expect(byCount.get(sealed(1))).toBeUndefined();
    expect(byCount.get(sealed(3))).toBeDefined();
    const byBytes = new DerivedMemo(100, 250);
    for (const n of [1, 2, 3]) byBytes.set(sealed(n), sealed(n, 100));
    expect(byBytes.get(sealed(1))).toBeUndefined();
    expect(byBytes.get(sealed(2))).toBeUndefined();
    expect(byBytes.get(sealed(3))).toBeDefined();
  });
});
