import fc from 'fast-check';
import { DEMO_USERS, type GraphEvent } from '../../../src/demo';
import { wallTime, zonedToUtc } from '../../../src/demo/graph/timezones';
import { testClock } from '../../helpers/test-clock';
import { dana, makeDemo } from '../helpers';

const { demo } = makeDemo();
const NOW = testClock.start; // the run's chosen instant (UPNEXT_TEST_NOW)
const startOf = (e: GraphEvent): number => Date.parse(`${e.start.dateTime.slice(0, 23)}Z`);
const endOf = (e: GraphEvent): number => Date.parse(`${e.end.dateTime.slice(0, 23)}Z`);
const timed = (events: GraphEvent[]) => events.filter((e) => !e.isAllDay);
const html = (e: GraphEvent) => e.body.content;

describe('the seeded calendar', () => {
  const events = demo.calendar.eventsFor(dana.oid, NOW);

  it('has at least 25 events from the start of today (the mailbox zone) to 7 days ahead, ordered by start', () => {
    const today = wallTime(NOW, dana.timeZone);
    const midnight = zonedToUtc(today.year, today.month, today.day, 0, 0, dana.timeZone);
    const week = events.filter((e) => e.isAllDay || (endOf(e) > Math.min(midnight, NOW - 3600_000) && startOf(e) < NOW + 7 * 86_400_000));
    expect(week.length).toBeGreaterThanOrEqual(25);
    // Besides the week: a few days around it for search, never more than a week either way.
    for (const e of timed(events)) expect(Math.abs(startOf(e) - NOW)).toBeLessThan(8 * 86_400_000);
    const starts = timed(events).map(startOf);
    expect([...starts].sort((a, b) => a - b)).toEqual(starts);
  });

  it('has a past for search: a 1:1 with Priya yesterday and a retrospective a week ago, both ended', () => {
    const today = wallTime(NOW, dana.timeZone);
    const dayOf = (e: GraphEvent) => wallTime(startOf(e), dana.timeZone);
    const daysAgo = (e: GraphEvent) => Math.round((Date.UTC(today.year, today.month - 1, today.day) - Date.UTC(dayOf(e).year, dayOf(e).month - 1, dayOf(e).day)) / 86_400_000);
    const past = timed(events).filter((e) => endOf(e) < NOW);
    expect(past.filter((e) => daysAgo(e) === 1).map((e) => e.subject)).toContain('1:1 with Priya');
    expect(past.filter((e) => daysAgo(e) === 7).map((e) => e.subject)).toContain('Sprint retrospective');
    expect(timed(events).filter((e) => daysAgo(e) === -7).map((e) => e.subject)).toContain('1:1 with Priya');
  });

  it('is deterministic for a given now', () => {
    expect(demo.calendar.eventsFor(dana.oid, NOW)).toEqual(events);
    expect(makeDemo().demo.calendar.eventsFor(dana.oid, NOW)).toEqual(events);
  });

  it('differs per user and gives each its own ids', () => {
    const other = demo.calendar.eventsFor(DEMO_USERS[1]!.oid, NOW);
    const ids = new Set(events.map((e) => e.id));
    expect(other.some((e) => ids.has(e.id))).toBe(false);
    expect(new Set(events.map((e) => e.id)).size).toBe(events.length);
  });

  it('carries every kind of meeting the join-link detection and the list must handle', () => {
    const teams = events.filter((e) => e.onlineMeeting?.joinUrl.startsWith('https://teams.microsoft.com/l/meetup-join/'));
    expect(teams.length).toBeGreaterThan(0);
    expect(teams.every((e) => e.isOnlineMeeting && e.onlineMeetingProvider === 'teamsForBusiness')).toBe(true);
    const zoom = events.find((e) => /zoom\.us\/j\/\d+\?pwd=/.test(e.location.displayName));
    expect(zoom && html(zoom)).toMatch(/Passcode: \d{6}/);
    expect(events.some((e) => /webex\.com\/\w+\/j\.php\?MTID=/.test(html(e)))).toBe(true);
    expect(events.some((e) => /join\.gong\.io\//.test(e.location.displayName))).toBe(true);
    expect(events.some((e) => /meet\.google\.com\/[a-z]{3}-[a-z]{4}-[a-z]{3}/.test(html(e)))).toBe(true);
    expect(events.some((e) => /safelinks\.protection\.outlook\.com\/\?url=https%3A%2F%2F/.test(html(e)))).toBe(true);
    expect(events.filter((e) => e.isAllDay)).toHaveLength(1);
    expect(events.filter((e) => e.isCancelled)).toHaveLength(1);
    for (const r of ['declined', 'tentativelyAccepted', 'notResponded', 'organizer'] as const) {
      expect(events.some((e) => e.responseStatus.response === r)).toBe(true);
    }
    expect(events.some((e) => e.sensitivity === 'private')).toBe(true);
    const roomOnly = events.find((e) => e.location.locationType === 'conferenceRoom');
    expect(roomOnly?.isOnlineMeeting).toBe(false);
    expect(roomOnly && html(roomOnly)).not.toMatch(/https:\/\/(?!aka\.ms)/);
  });

  it('has a recurring standup: occurrences of one series sharing one join link', () => {
    const standups = events.filter((e) => e.type === 'occurrence');
    expect(standups.length).toBe(5);
    expect(new Set(standups.map((e) => e.seriesMasterId)).size).toBe(1);
    expect(new Set(standups.map((e) => e.onlineMeeting?.joinUrl)).size).toBe(1);
    expect(new Set(standups.map((e) => e.id)).size).toBe(5);
  });

  it('has two overlapping meetings on one day besides the "now" pair', () => {
    const t = timed(events).filter((e) => !e.isCancelled);
    const overlapping = t.filter((a) => t.some((b) => a !== b && startOf(a) < endOf(b) && startOf(b) < endOf(a)));
    expect(overlapping.length).toBeGreaterThanOrEqual(4);
  });

  it('lays meetings in the mailbox zone working hours (the week on working days), and all-day events on local midnights', () => {
    const fixed = timed(events).filter((e) => Math.abs(startOf(e) - NOW) > 3600_000);
    // Search's days (yesterday, a week ago, a week out) are calendar days, so "1:1 yesterday" finds something on a Monday too.
    const searchDays = new Set(['1:1 with Priya', 'Sprint retrospective', 'Design review: onboarding emails']);
    for (const e of fixed) {
      const local = wallTime(startOf(e), dana.timeZone);
      expect(local.hour).toBeGreaterThanOrEqual(9);
      expect(local.hour).toBeLessThan(18);
      if (searchDays.has(e.subject)) continue;
      expect(local.weekday).toBeGreaterThanOrEqual(1);
      expect(local.weekday).toBeLessThanOrEqual(5);
    }
    const allDay = events.find((e) => e.isAllDay);
    expect(allDay?.start.dateTime).toMatch(/T00:00:00\.0000000$/);
    expect(allDay?.end.dateTime).toMatch(/T00:00:00\.0000000$/);
  });

  it('writes HTML bodies like Outlook and a text bodyPreview', () => {
    const teams = events.find((e) => e.onlineMeeting)!;
    expect(teams.body.contentType).toBe('html');
    expect(teams.body.content).toMatch(/^<html>\r\n<head>/);
    expect(teams.body.content).toContain('Microsoft Teams');
    expect(teams.bodyPreview).not.toMatch(/[<>]/);
    expect(teams.bodyPreview.length).toBeLessThanOrEqual(255);
  });

  it('always has one meeting in progress and one starting within 10 minutes, whatever the time', () => {
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(2025, 0, 1), max: Date.UTC(2028, 0, 1) }), fc.constantFrom(...DEMO_USERS), (now, user) => {
        const evs = timed(demo.calendar.eventsFor(user.oid, now));
        expect(evs.length + 1).toBeGreaterThanOrEqual(25);
        expect(evs.some((e) => startOf(e) <= now && endOf(e) > now)).toBe(true);
        expect(evs.some((e) => startOf(e) > now && startOf(e) - now <= 10 * 60_000)).toBe(true);
      }),
      { numRuns: 60 },
    );
  });
});
