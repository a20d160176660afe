import { createOpaqueIds } from '../../../src/server/lib/opaque-id';
import { KeyedSemaphore } from '../../../src/server/lib/semaphore';
import { SingleFlight } from '../../../src/server/lib/single-flight';
import { redactUrl } from '../../../src/server/logger';

describe('SingleFlight', () => {
  it('shares one execution among concurrent callers, then runs anew', async () => {
    const flight = new SingleFlight<number>();
    let runs = 0;
    const work = () => new Promise<number>((r) => setTimeout(() => r(++runs), 5));
    const results = await Promise.all(Array.from({ length: 20 }, () => flight.run('k', work)));
    expect(new Set(results)).toEqual(new Set([1]));
    expect(await flight.run('k', work)).toBe(2);
    expect(flight.size).toBe(0);
  });

  it('passes a failure to every waiter and forgets it', async () => {
    const flight = new SingleFlight<number>();
    const failing = () => Promise.reject(new Error('boom'));
    await expect(Promise.all([flight.run('k', failing), flight.run('k', failing)])).rejects.toThrow('boom');
    await expect(flight.run('k', async () => 3)).resolves.toBe(3);
  });
});

describe('KeyedSemaphore', () => {
  it('never lets more than the limit run at once per key', async () => {
    const sem = new KeyedSemaphore(4);
    let active = 0;
    let peak = 0;
    await Promise.all(
      Array.from({ length: 30 }, () =>
        sem.use('mailbox', async () => {
          peak = Math.max(peak, ++active);
          await new Promise((r) => setTimeout(r, 2));
          active--;
        }),
      ),
    );
    expect(peak).toBe(4);
  });
});

describe('opaque ids', () => {
  const ids = createOpaqueIds(Buffer.alloc(32, 9));
  it('are stable, distinct per user and item, and reveal nothing of the item id', () => {
    const a = ids('outlook-calendar', 't', 'o', 'AAMkAGI2TG93AAA=');
    expect(ids('outlook-calendar', 't', 'o', 'AAMkAGI2TG93AAA=')).toBe(a);
    expect(ids('outlook-calendar', 't', 'other', 'AAMkAGI2TG93AAA=')).not.toBe(a);
    expect(ids('outlook-calendar', 't', 'o', 'AAMkAGI2TG93AAB=')).not.toBe(a);
    expect(a).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(a).not.toContain('AAMk');
  });
});

describe('redactUrl', () => {
  it('masks secret query values and keeps the rest', () => {
    expect(redactUrl('/taskpane.html?code=abc&state=xyz&view=day')).toBe('/taskpane.html?code=%5Bredacted%5D&state=%5Bredacted%5D&view=day');
    expect(redactUrl('/api/meetings')).toBe('/api/meetings');
  });
});
