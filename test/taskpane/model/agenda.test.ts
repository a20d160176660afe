import { allDayKey, buildAgenda } from '../../../src/taskpane/model/agenda';
import { allDay, meeting } from '../fixtures';

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
