import { graphDateTime, resolveZone, wallTime, zonedToUtc } from '../../../src/demo/graph/timezones';

describe('zone arithmetic', () => {
  it('maps Windows names to IANA and accepts IANA names', () => {
    expect(resolveZone('Pacific Standard Time')).toBe('America/Los_Angeles');
    expect(resolveZone('W. Europe Standard Time')).toBe('Europe/Berlin');
    expect(resolveZone('Asia/Tokyo')).toBe('Asia/Tokyo');
    expect(resolveZone('Mars/Olympus_Mons')).toBeUndefined();
  });

  it('finds the instant of a wall time on both sides of DST changes', () => {
    expect(zonedToUtc(2026, 3, 6, 9, 30, 'America/Los_Angeles')).toBe(Date.UTC(2026, 2, 6, 17, 30)); // PST
    expect(zonedToUtc(2026, 3, 9, 9, 30, 'America/Los_Angeles')).toBe(Date.UTC(2026, 2, 9, 16, 30)); // PDT
    expect(zonedToUtc(2026, 10, 26, 9, 0, 'Europe/Berlin')).toBe(Date.UTC(2026, 9, 26, 8, 0));
    // 01:30 happens twice when clocks fall back; the earlier one is meant.
    expect(zonedToUtc(2026, 11, 1, 1, 30, 'America/New_York')).toBe(Date.UTC(2026, 10, 1, 5, 30));
  });

  it('round-trips wall times and formats them like Graph', () => {
    const ms = Date.UTC(2026, 6, 1, 12, 5, 9);
    const w = wallTime(ms, 'Asia/Kolkata');
    expect(w).toEqual(expect.objectContaining({ year: 2026, month: 7, day: 1, hour: 17, minute: 35, second: 9 }));
    expect(graphDateTime(ms, 'Asia/Kolkata')).toBe('2026-07-01T17:35:09.0000000');
    expect(graphDateTime(ms, 'UTC')).toBe('2026-07-01T12:05:09.0000000');
  });
});
