import { PendingTokenWrites } from '../../../src/server/vault/pending-token-writes';

const tokens = { accessToken: 'at-2', refreshToken: 'rt-2', expiresAt: 0, scopes: [] };
const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('PendingTokenWrites', () => {
  it('retries with backoff until the write lands, then forgets the set', async () => {
    const settled: string[] = [];
    const writes = new PendingTokenWrites({ retryMs: 10, maxRetryMs: 40, onSettled: (o) => void settled.push(o) });
    let attempts = 0;
    writes.hold('e', {
      tokens,
      write: async () => {
        if (++attempts < 3) throw new Error('ECONNREFUSED');
        return true;
      },
    });
    expect(writes.tokens('e')).toBe(tokens);
    await wait(150);
    expect(attempts).toBe(3);
    expect(settled).toEqual(['stored']);
    expect(writes.tokens('e')).toBeUndefined();
    writes.stop();
  });

  it('drops the set once a newer entry superseded it', async () => {
    const settled: string[] = [];
    const writes = new PendingTokenWrites({ retryMs: 10_000, onSettled: (o) => void settled.push(o) });
    writes.hold('e', { tokens, write: async () => false });
    await writes.flush('e');
    expect(settled).toEqual(['superseded']);
    expect(writes.size).toBe(0);
    writes.stop();
  });

  it('flush on demand reports the store failure and keeps the set for the next try', async () => {
    const writes = new PendingTokenWrites({ retryMs: 10_000 });
    writes.hold('e', { tokens, write: async () => Promise.reject(new Error('ECONNREFUSED')) });
    await expect(writes.flush('e')).rejects.toThrow('ECONNREFUSED');
    expect(writes.tokens('e')).toBe(tokens);
    writes.stop();
  });
});
