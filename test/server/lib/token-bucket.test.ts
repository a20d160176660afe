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
