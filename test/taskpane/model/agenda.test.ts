import { allDayKey, buildAgenda, findConflicts } from '../../../src/taskpane/model/agenda';
import { primaryJoin } from '../../../src/taskpane/model/join';
import { allDay, meeting, teamsJoin } from '../fixtures';

// 10:00 in New York on Wednesday 1 May 2024.
const now = new Date('2024-05-01T14:00:00Z');
const options = { locale: 'en-US', timeZone: 'America/New_York', showHidden: false };
const ids = (list: Array<{ id: string }>) => list.map((m) => m.id);

describe('buildAgenda', () => {
  const running = meeting(now, -15, 45, { title: 'Running' });
  const overlapping = meeting(now, -5, 30, { title: 'Overlapping' });
  const nextA = meeting(now, 20, 30, { title: 'Next A' });
  const nextB = meeting(now, 20, 60, { title: 'Next B' });
  const laterToday = meeting(now, 120, 30, { title: 'Later today' });
  // 21:30 New York time on 1 May is already 2 May in UTC: must stay under Today.
  const evening = meeting(now, 11 * 60 + 30, 30, { title: 'Evening' });
  const tomorrow = meeting(now, 24 * 60, 30, { title: 'Tomorrow' });
  const friday = meeting(now, 48 * 60, 30, { title: 'Friday' });
  const ended = meeting(now, -90, 30, { title: 'Ended' });
  const declined = meeting(now, 180, 30, { status: 'declined' });
  const cancelled = meeting(now, 200, 30, { status: 'cancelled' });
  const holiday = allDay('2024-05-02', '2024-05-03', { title: 'Holiday' });
  const all = [friday, tomorrow, evening, laterToday, nextB, nextA, overlapping, running, ended, declined, cancelled, holiday];

  it('puts meetings in progress under Now and the earliest upcoming under Next', () => {
    const agenda = buildAgenda(all, now, options);
    expect(ids(agenda.now)).toEqual([running.id, overlapping.id]);
    expect(ids(agenda.next)).toEqual([nextA.id, nextB.id]);
  });

  it('groups the rest by day in the user zone, in order, without repeats or ended meetings', () => {
    const agenda = buildAgenda(all, now, options);
    expect(agenda.days.map((d) => d.label)).toEqual(['Today', 'Tomorrow', 'Friday, May 3']);
    expect(ids(agenda.days[0]!.meetings)).toEqual([laterToday.id, evening.id]);
    expect(ids(agenda.days[1]!.meetings)).toEqual([tomorrow.id]);
    expect(ids(agenda.days[1]!.allDay)).toEqual([holiday.id]);
    expect(ids(agenda.days[2]!.meetings)).toEqual([friday.id]);
    const shown = [...agenda.now, ...agenda.next, ...agenda.days.flatMap((d) => [...d.allDay, ...d.meetings])];
    expect(new Set(ids(shown)).size).toBe(shown.length);
    expect(ids(shown)).not.toContain(ended.id);
  });

  it('hides cancelled and declined meetings unless asked, and counts them', () => {
    const hidden = buildAgenda(all, now, options);
    expect(hidden.hiddenCount).toBe(2);
    expect(ids(hidden.days[0]!.meetings)).not.toContain(declined.id);
    const shown = buildAgenda(all, now, { ...options, showHidden: true });
    expect(ids(shown.days[0]!.meetings)).toEqual([laterToday.id, declined.id, cancelled.id, evening.id]);
  });

  it('never offers a cancelled meeting as Next', () => {
    const soonCancelled = meeting(now, 5, 30, { status: 'cancelled' });
    const agenda = buildAgenda([soonCancelled, nextA], now, { ...options, showHidden: true });
    expect(ids(agenda.next)).toEqual([nextA.id]);
    expect(ids(agenda.days[0]!.meetings)).toEqual([soonCancelled.id]);
  });
});

describe('allDayKey', () => {
  it('keeps the calendar date whatever the zone, and pins multi-day events to today', () => {
    expect(allDayKey(allDay('2024-05-02', '2024-05-03'), '2024-05-01')).toBe('2024-05-02');
    expect(allDayKey(allDay('2024-04-29', '2024-05-04'), '2024-05-01')).toBe('2024-05-01');
    expect(allDayKey(allDay('2024-04-29', '2024-05-01'), '2024-05-01')).toBeUndefined();
  });

  it('shows an all-day event of today in the Today group', () => {
    const agenda = buildAgenda([allDay('2024-05-01', '2024-05-02', { id: 'today' })], now, options);
    expect(agenda.days.map((d) => [d.label, ids(d.allDay)])).toEqual([['Today', ['today']]]);
  });
});

describe('Now and Next around the clock', () => {
  const la = { locale: 'en-US', timeZone: 'America/Los_Angeles', showHidden: false };
  const withJoin = (base: Date, startMin: number, durationMin: number, title: string) =>
    meeting(base, startMin, durationMin, { title, join: teamsJoin(title) });

  it('in the morning, a meeting joinable in 7 minutes is under Next beside the earliest, never alone under Today', () => {
    // 8:53 in Los Angeles.
    const morning = new Date('2024-05-01T15:53:00Z');
    const running = withJoin(morning, -23, 60, 'Running');
    const inFour = withJoin(morning, 4, 30, 'In four');
    const inSeven = withJoin(morning, 7, 30, 'In seven');
    const later = withJoin(morning, 67, 30, 'Later');
    const agenda = buildAgenda([later, inSeven, inFour, running], morning, la);
    expect(ids(agenda.now)).toEqual([running.id]);
    expect(ids(agenda.next)).toEqual([inFour.id, inSeven.id]);
    expect(agenda.days.map((d) => [d.label, ids(d.meetings)])).toEqual([['Today', [later.id]]]);
    // One primary Join: the one starting soonest.
    expect(primaryJoin([later, inSeven, inFour, running], morning)).toBe(inFour.id);
  });

  it('in the evening, tomorrow\'s first meeting stays in its day and is marked as next there', () => {
    // 20:10 in Los Angeles; tomorrow 9:30.
    const evening = new Date('2024-05-02T03:10:00Z');
    const standup = withJoin(evening, 13 * 60 + 20, 15, 'Daily standup');
    const agenda = buildAgenda([standup], evening, la);
    expect(agenda.next).toEqual([]);
    expect(agenda.nextLater).toBe(standup.id);
    expect(agenda.days.map((d) => [d.label, ids(d.meetings)])).toEqual([['Tomorrow', [standup.id]]]);
  });

  it('late at night, a meeting just after midnight is Next once its join window opens', () => {
    // 23:55 in Los Angeles; a call at 00:03 is tomorrow's, but joinable now.
    const night = new Date('2024-05-02T06:55:00Z');
    const call = withJoin(night, 8, 30, 'Late call');
    const breakfast = withJoin(night, 8 * 60, 30, 'Breakfast');
    const agenda = buildAgenda([breakfast, call], night, la);
    expect(ids(agenda.next)).toEqual([call.id]);
    expect(agenda.nextLater).toBeUndefined();
    expect(agenda.days.map((d) => [d.label, ids(d.meetings)])).toEqual([['Tomorrow', [breakfast.id]]]);
    // An hour earlier it was still tomorrow's business, kept in its day.
    const earlier = new Date(night.getTime() - 60 * 60_000);
    expect(buildAgenda([breakfast, call], earlier, la).nextLater).toBe(call.id);
  });

  it('keeps the day of a meeting right across the spring DST change', () => {
    // 22:30 on Saturday 9 March 2024 in Los Angeles; clocks jump at 2:00 on Sunday.
    const saturday = new Date('2024-03-10T06:30:00Z');
    const sunday = withJoin(saturday, 10 * 60 + 30, 30, 'Sunday 8:00');
    const agenda = buildAgenda([sunday], saturday, la);
    expect(agenda.days.map((d) => d.label)).toEqual(['Tomorrow']);
    expect(agenda.nextLater).toBe(sunday.id);
  });

  it('marks overlapping meetings as conflicts, both ways, but not back-to-back, free, declined or cancelled ones', () => {
    const base = new Date('2024-05-01T16:00:00Z');
    const a = meeting(base, 0, 60, { title: 'Design review' });
    const b = meeting(base, 30, 60, { title: 'Customer call' });
    const backToBack = meeting(base, 90, 30, { title: 'After' });
    const free = meeting(base, 0, 120, { title: 'Free', showAs: 'free' });
    const declined = meeting(base, 0, 120, { title: 'Declined', status: 'declined' });
    const conflicts = findConflicts([a, b, backToBack, free, declined]);
    expect(conflicts.get(a.id)).toEqual(['Customer call']);
    expect(conflicts.get(b.id)).toEqual(['Design review']);
    expect(conflicts.has(backToBack.id)).toBe(false);
    expect(conflicts.has(free.id)).toBe(false);
    expect(conflicts.has(declined.id)).toBe(false);
    expect(buildAgenda([a, b], new Date(base.getTime() - 3_600_000), options).conflicts.get(a.id)).toEqual(['Customer call']);
  });
});

describe('primaryJoin', () => {
  const base = new Date('2024-05-01T16:00:00Z');
  const running = meeting(base, -20, 60, { join: teamsJoin('r') });
  const soon = meeting(base, 5, 60, { join: teamsJoin('s') });
  const tomorrow = meeting(base, 24 * 60, 30, { join: teamsJoin('t') });

  it('is the meeting the person joined while it runs, else the soonest start among open ones', () => {
    expect(primaryJoin([running, soon, tomorrow], base)).toBe(soon.id);
    expect(primaryJoin([running, soon, tomorrow], base, running.id)).toBe(running.id);
    // Joined and over: the next one takes over.
    expect(primaryJoin([running, soon], new Date(base.getTime() + 41 * 60_000), running.id)).toBe(soon.id);
    expect(primaryJoin([tomorrow], base)).toBeUndefined();
  });
});
