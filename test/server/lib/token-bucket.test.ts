import { KeyedTokenBucket } from '../../../src/server/lib/token-bucket';

describe('KeyedTokenBucket', () => {
  it('allows the capacity at once, then one per refill, per key', () => {
    let now = 0;
    const bucket = new KeyedTokenBucket(3, 0.5, () => now);
    expect([1, 2, 3].map(() => bucket.take('u').ok)).toEqual([true, true, true]);
    expect(bucket.take('u')).toEqual({ ok: false, retryAfterSeconds: 2 });
    expect(bucket.take('other').ok).toBe(true);
    now += 2000;
    expect(bucket.take('u').ok).toBe(true);
    expect(bucket.take('u').ok).toBe(false);
  });
});

describe('KeyedTokenBucket.refund', () => {
  it('gives a token back, never beyond capacity', () => {
    const bucket = new KeyedTokenBucket(2, 0, () => 0);
    expect(bucket.take('u').ok).toBe(true);
    expect(bucket.take('u').ok).toBe(true);
    expect(bucket.take('u').ok).toBe(false);
    bucket.refund('u');
    bucket.refund('u');
    bucket.refund('u');
    expect(bucket.take('u').ok).toBe(true);
    expect(bucket.take('u').ok).toBe(true);
    expect(bucket.take('u').ok).toBe(false);
  });
});
