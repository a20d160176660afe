import { findHourRange } from '../../../src/server/search/query/hour-range';
import { LEXICONS } from '../../../src/server/search/query/lexicon';
import { isTimeZone, offsetMinutes, zonedToUtc } from '../../../src/server/search/query/zone';

const iso = (ms: number) => new Date(ms).toISOString();

describe('zone arithmetic', () => {
  it('knows IANA zones and refuses anything else', () => {
    expect(isTimeZone('Europe/Berlin')).toBe(true);
    expect(isTimeZone('UTC')).toBe(true);
    expect(isTimeZone('Mars/Olympus')).toBe(false);
    expect(isTimeZone('../../etc/passwd')).toBe(false);
    expect(isTimeZone('')).toBe(false);
  });

  it('gives offsets east of UTC in minutes, per instant', () => {
    expect(offsetMinutes('Asia/Kathmandu', Date.parse('2026-06-01T00:00:00Z'))).toBe(345);
    expect(offsetMinutes('America/New_York', Date.parse('2026-07-01T00:00:00Z'))).toBe(-240);
    expect(offsetMinutes('America/New_York', Date.parse('2026-12-01T00:00:00Z'))).toBe(-300);
  });

  it('moves a wall time skipped by spring-forward on by the gap, and takes the first of a repeated one', () => {
    expect(iso(zonedToUtc({ year: 2026, month: 3, day: 29 }, 2, 30, 'Europe/Berlin'))).toBe('2026-03-29T01:30:00.000Z');
    expect(iso(zonedToUtc({ year: 2026, month: 10, day: 25 }, 2, 30, 'Europe/Berlin'))).toBe('2026-10-25T00:30:00.000Z');
    expect(iso(zonedToUtc({ year: 2026, month: 10, day: 25 }, 3, 30, 'Europe/Berlin'))).toBe('2026-10-25T02:30:00.000Z');
  });
});

describe('hour ranges', () => {
  const en = (q: string) => findHourRange(q, LEXICONS.en, true)?.range;
  it('reads am/pm from either end and refuses backward or impossible ranges', () => {
    expect(en('between 2 and 4pm')).toEqual({ from: 14 * 60, to: 16 * 60 });
    expect(en('between 11 and 1pm')).toEqual({ from: 11 * 60, to: 13 * 60 });
    expect(en('between 9:15 and 10:45')).toEqual({ from: 9 * 60 + 15, to: 10 * 60 + 45 });
    expect(en('between 5pm and 3pm')).toBeUndefined();
    expect(en('between 9:75 and 10')).toBeUndefined();
    expect(en('between 13pm and 14pm')).toBeUndefined();
  });
  it('needs a time marker on a bare dash range, so "sprint 1-2" stays text', () => {
    expect(en('sprint 1-2')).toBeUndefined();
    expect(en('2-4pm')).toEqual({ from: 14 * 60, to: 16 * 60 });
    expect(findHourRange('14-16 Uhr', LEXICONS.de, false)?.range).toEqual({ from: 14 * 60, to: 16 * 60 });
    expect(findHourRange('午後2時から4時', LEXICONS.ja, false)?.range).toEqual({ from: 14 * 60, to: 16 * 60 });
  });
});
