import { parseTestInstant, TEST_INSTANTS, testClock } from '../helpers/test-clock';

describe('the test clock', () => {
  it('pins Date to the chosen instant, flowing at the real rate', async () => {
    expect(Math.abs(Date.now() - testClock.now())).toBeLessThan(50);
    expect(Math.abs(new Date().getTime() - testClock.now())).toBeLessThan(50);
    expect(Date()).toBe(new Date(Date.parse(Date())).toString());
    const before = Date.now();
    await new Promise((r) => setTimeout(r, 30));
    expect(Date.now() - before).toBeGreaterThanOrEqual(25);
    // Everything but "now" is the real Date.
    expect(new Date('2026-03-29T01:00:00Z').getTime()).toBe(Date.UTC(2026, 2, 29, 1));
    expect(new Date(0)).toBeInstanceOf(Date);
    expect(Date.UTC(2027, 0, 1)).toBe(1798761600000);
  });

  it('starts at UPNEXT_TEST_NOW, by name or as an ISO instant with a zone, else the weekday morning', () => {
    expect(testClock.start).toBe(parseTestInstant(process.env.UPNEXT_TEST_NOW));
    expect(parseTestInstant(undefined)).toBe(Date.parse(TEST_INSTANTS['weekday-morning']));
    expect(parseTestInstant('saturday')).toBe(Date.parse('2026-12-05T10:00:00Z'));
    expect(parseTestInstant('2026-12-01T18:20:00+01:00')).toBe(Date.parse('2026-12-01T17:20:00Z'));
    for (const bad of ['2026-12-01T17:20:00', 'tomorrow', '2026-13-01T00:00:00Z']) expect(() => parseTestInstant(bad)).toThrow(TypeError);
  });
});
