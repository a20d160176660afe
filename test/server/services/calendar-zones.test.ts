import type { Provider } from '../../../src/server/providers/provider';
import { CalendarZones } from '../../../src/server/services/calendar-zones';
import type { TokenInjector } from '../../../src/server/vault/token-injector';

const HOUR = 3600_000;
const settled = () => new Promise((r) => setImmediate(r));
const ctx = { user: { tid: 't1', oid: 'o1' } } as Parameters<CalendarZones['zoneOf']>[0];
const injector = {} as TokenInjector;

function provider(ask: () => Promise<string | undefined>): Provider {
  return { id: 'outlook-calendar', adopter: { upcomingMeetings: async () => [], calendarTimeZone: ask } } as unknown as Provider;
}

describe('CalendarZones: the calendar’s own zone, asked once a day', () => {
  let now = Date.parse('2026-03-01T00:00:00Z');
  const clock = () => now;

  it('asks once, keeps a known zone 24 h, then asks again', async () => {
    const ask = jest.fn(async () => 'America/Los_Angeles');
    const zones = new CalendarZones(injector, { now: clock });
    const p = provider(ask);
    expect(await Promise.all([zones.zoneOf(ctx, p), zones.zoneOf(ctx, p)])).toEqual(['America/Los_Angeles', 'America/Los_Angeles']);
    now += 23 * HOUR;
    expect(await zones.zoneOf(ctx, p)).toBe('America/Los_Angeles');
    expect(ask).toHaveBeenCalledTimes(1);
    now += 2 * HOUR;
    expect(await zones.zoneOf(ctx, p)).toBe('America/Los_Angeles'); // the day-old answer at once, while asking again
    expect(ask).toHaveBeenCalledTimes(2);
  });

  it('"not known" is asked again after an hour; a failure after five minutes, keeping the zone it knew', async () => {
    const answers: Array<string | undefined | Error> = [undefined, 'Asia/Tokyo', new Error('503'), 'Asia/Tokyo'];
    const ask = jest.fn(async () => {
      const next = answers.shift();
      if (next instanceof Error) throw next;
      return next;
    });
    const zones = new CalendarZones(injector, { now: clock });
    const p = provider(ask);
    expect(await zones.zoneOf(ctx, p)).toBeUndefined();
    now += 30 * 60_000;
    expect(await zones.zoneOf(ctx, p)).toBeUndefined();
    now += 31 * 60_000;
    expect(await zones.zoneOf(ctx, p)).toBeUndefined(); // the old answer while asking again
    await settled();
    expect(await zones.zoneOf(ctx, p)).toBe('Asia/Tokyo');
    now += 25 * HOUR;
    expect(await zones.zoneOf(ctx, p)).toBe('Asia/Tokyo');
    await settled(); // that ask failed: the zone it knew, for five minutes
    now += 4 * 60_000;
    expect(await zones.zoneOf(ctx, p)).toBe('Asia/Tokyo');
    expect(ask).toHaveBeenCalledTimes(3);
    now += 2 * 60_000;
    expect(await zones.zoneOf(ctx, p)).toBe('Asia/Tokyo');
    expect(ask).toHaveBeenCalledTimes(4);
  });

  it('a slow provider never holds the answer: undefined after the wait, the zone on the next ask', async () => {
    let release: (zone: string) => void = () => undefined;
    const ask = jest.fn(() => new Promise<string>((r) => (release = r)));
    const zones = new CalendarZones(injector, { now: clock, waitMs: 10 });
    const p = provider(ask);
    expect(await zones.zoneOf(ctx, p)).toBeUndefined();
    release('Europe/Berlin');
    await settled();
    expect(await zones.zoneOf(ctx, p)).toBe('Europe/Berlin');
    expect(ask).toHaveBeenCalledTimes(1);
  });

  it('forget (connect, disconnect) makes the next ask go to the provider; a provider without the setting is never asked', async () => {
    const ask = jest.fn(async () => 'Europe/London');
    const zones = new CalendarZones(injector, { now: clock });
    await zones.zoneOf(ctx, provider(ask));
    zones.forget('t1', 'o1');
    await zones.zoneOf(ctx, provider(ask));
    expect(ask).toHaveBeenCalledTimes(2);
    const without = { id: 'google-calendar', adopter: { upcomingMeetings: async () => [] } } as unknown as Provider;
    expect(await zones.zoneOf(ctx, without)).toBeUndefined();
  });

  it('stays bounded: the least recently asked people go first', async () => {
    const zones = new CalendarZones(injector, { now: clock, maxEntries: 2 });
    const ask = jest.fn(async () => 'Asia/Tokyo');
    const p = provider(ask);
    for (const oid of ['a', 'b', 'c']) await zones.zoneOf({ user: { tid: 't', oid } } as typeof ctx, p);
    await zones.zoneOf({ user: { tid: 't', oid: 'a' } } as typeof ctx, p);
    expect(ask).toHaveBeenCalledTimes(4);
  });
});
