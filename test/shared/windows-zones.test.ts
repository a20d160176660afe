import { ianaZone, WINDOWS_ZONES } from '../../src/shared/windows-zones';

describe('Windows zone names → IANA (CLDR windowsZones, territory 001)', () => {
  it.each([
    ['Pacific Standard Time', 'America/Los_Angeles'],
    ['W. Europe Standard Time', 'Europe/Berlin'],
    ['Romance Standard Time', 'Europe/Paris'],
    ['GMT Standard Time', 'Europe/London'],
    ['Eastern Standard Time', 'America/New_York'],
    ['Tokyo Standard Time', 'Asia/Tokyo'],
    ['India Standard Time', 'Asia/Kolkata'],
    ['China Standard Time', 'Asia/Shanghai'],
    ['AUS Eastern Standard Time', 'Australia/Sydney'],
    ['US Mountain Standard Time', 'America/Phoenix'],
    ['Nepal Standard Time', 'Asia/Kathmandu'],
    ['UTC', 'Etc/UTC'],
    ['UTC-08', 'Etc/GMT+8'],
    ['UTC+12', 'Etc/GMT-12'],
  ])('%s is %s', (windows, iana) => {
    expect(ianaZone(windows)).toBe(iana);
  });

  it('every zone in the table is one Intl knows, and the table is CLDR-sized, not a copy of the world', () => {
    const entries = Object.entries(WINDOWS_ZONES);
    expect(entries.length).toBeGreaterThan(130);
    expect(entries.length).toBeLessThan(160);
    for (const [, zone] of entries) expect(() => new Intl.DateTimeFormat('en-US', { timeZone: zone })).not.toThrow();
  });

  it('an IANA name passes through as the provider wrote it (Asia/Calcutta stays; the pane compares clocks)', () => {
    expect(ianaZone('America/Los_Angeles')).toBe('America/Los_Angeles');
    expect(ianaZone('Asia/Calcutta')).toBe('Asia/Calcutta');
  });

  it.each([['Pacific Standard Time (Narnia)'], ['pacific standard time'], ['Mars/Olympus_Mons'], [''], ['<script>'], ['a'.repeat(100)]])('%s is not known', (name) => {
    expect(ianaZone(name)).toBeUndefined();
  });
});
