import { calendarsElsewhere, sameClock, utcOffsetMinutes } from '../../../src/taskpane/model/zones';

// Pinned instants, the machine's zone irrelevant: a January and a July day.
const JAN = Date.parse('2026-01-15T12:00:00Z');
const JUL = Date.parse('2026-07-15T12:00:00Z');

describe('zones: offsets and "one clock"', () => {
  it('offsets at an instant, DST included', () => {
    expect(utcOffsetMinutes('Asia/Tokyo', JAN)).toBe(540);
    expect(utcOffsetMinutes('America/Los_Angeles', JAN)).toBe(-480);
    expect(utcOffsetMinutes('America/Los_Angeles', JUL)).toBe(-420);
    expect(utcOffsetMinutes('Asia/Kolkata', JUL)).toBe(330);
    expect(utcOffsetMinutes('Asia/Kathmandu', JUL)).toBe(345);
    expect(utcOffsetMinutes('Etc/UTC', JUL)).toBe(0);
  });

  it.each([
    ['Asia/Calcutta', 'Asia/Kolkata'],
    ['US/Pacific', 'America/Los_Angeles'],
    ['Europe/Berlin', 'Europe/Paris'],
    ['Etc/UTC', 'UTC'],
  ])('%s and %s are one clock', (a, b) => {
    expect(sameClock(a, b, JAN)).toBe(true);
    expect(sameClock(a, b, JUL)).toBe(true);
  });

  it.each([
    ['Asia/Tokyo', 'America/Los_Angeles', JAN],
    ['Europe/London', 'Atlantic/Reykjavik', JAN], // the same offset in winter, not in summer
    ['America/Phoenix', 'America/Los_Angeles', JUL], // the same offset in summer, not in winter
    ['Europe/London', 'Europe/Berlin', JUL],
  ])('%s and %s are not', (a, b, at) => {
    expect(sameClock(a, b, at)).toBe(false);
  });

  it('an unknown zone is never "another"', () => {
    expect(sameClock('Mars/Olympus_Mons', 'Asia/Tokyo', JAN)).toBe(true);
  });

  it('calendarsElsewhere keeps the calendars in another clock, one per zone, in order', () => {
    const calendars = [
      { name: 'Outlook Calendar', timeZone: 'America/Los_Angeles' },
      { name: 'Google Calendar', timeZone: 'US/Pacific' },
      { name: 'Work', timeZone: 'Asia/Tokyo' },
      { name: 'No zone' },
    ];
    expect(calendarsElsewhere('Asia/Tokyo', calendars, JAN).map((c) => c.name)).toEqual(['Outlook Calendar']);
    expect(calendarsElsewhere('America/Los_Angeles', calendars, JAN).map((c) => c.name)).toEqual(['Work']);
    expect(calendarsElsewhere('Asia/Tokyo', [], JAN)).toEqual([]);
  });
});
