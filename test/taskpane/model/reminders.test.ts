import type { Meeting } from '../../../src/shared/api';
import { dueReminders, finish, nextReminderChange, NO_REMINDERS, remindAtStart, snooze } from '../../../src/taskpane/model/reminders';

const T = Date.parse('2026-03-10T09:00:00Z');
const min = 60_000;
const at = (m: number) => T + m * min;

function meeting(id: string, startMin: number, durationMin = 30, more: Partial<Meeting> = {}): Meeting {
  return { id, title: id, start: new Date(at(startMin)).toISOString(), end: new Date(at(startMin + durationMin)).toISOString(), isAllDay: false, status: 'accepted', showAs: 'busy', provider: 'outlook-calendar', ...more } as Meeting;
}

const ids = (list: Meeting[]) => list.map((m) => m.id);

describe('reminders', () => {
  const standup = meeting('standup', 10);

  it('shows N minutes before the start and until five minutes after it', () => {
    expect(ids(dueReminders([standup], at(7), 2, NO_REMINDERS))).toEqual([]);
    expect(ids(dueReminders([standup], at(8), 2, NO_REMINDERS))).toEqual(['standup']);
    expect(ids(dueReminders([standup], at(15), 2, NO_REMINDERS))).toEqual(['standup']);
    expect(ids(dueReminders([standup], at(15) + 1, 2, NO_REMINDERS))).toEqual([]);
    expect(ids(dueReminders([standup], at(5), 5, NO_REMINDERS))).toEqual(['standup']);
  });

  it('wakes exactly when the next reminder shows or runs out', () => {
    expect(nextReminderChange([standup], at(0), 2, NO_REMINDERS)).toBe(at(8));
    expect(nextReminderChange([standup], at(8), 2, NO_REMINDERS)).toBe(at(15) + 1);
    expect(nextReminderChange([standup], at(16), 2, NO_REMINDERS)).toBeUndefined();
  });

  it('comes back five minutes after a snooze, and at the start when asked', () => {
    const snoozed = snooze(NO_REMINDERS, 'standup', at(8));
    expect(ids(dueReminders([standup], at(12), 2, snoozed))).toEqual([]);
    expect(nextReminderChange([standup], at(8), 2, snoozed)).toBe(at(13));
    expect(ids(dueReminders([standup], at(13), 2, snoozed))).toEqual(['standup']);

    const atStart = remindAtStart(NO_REMINDERS, standup, at(8));
    expect(ids(dueReminders([standup], at(9), 2, atStart))).toEqual([]);
    expect(ids(dueReminders([standup], at(10), 2, atStart))).toEqual(['standup']);
  });

  it('a snooze past the late window ends the reminders', () => {
    const late = snooze(NO_REMINDERS, 'standup', at(14));
    expect(nextReminderChange([standup], at(14), 2, late)).toBeUndefined();
    expect(ids(dueReminders([standup], at(19), 2, late))).toEqual([]);
  });

  it('stops for good once joined or dismissed', () => {
    const joined = finish(NO_REMINDERS, 'standup');
    expect(ids(dueReminders([standup], at(9), 2, joined))).toEqual([]);
    expect(nextReminderChange([standup], at(0), 2, joined)).toBeUndefined();
  });

  it('never reminds of all-day, declined or cancelled events; earliest first when two are due', () => {
    const list = [meeting('later', 11), standup, meeting('allday', 10, 1440, { isAllDay: true }), meeting('declined', 10, 30, { status: 'declined' }), meeting('cancelled', 10, 30, { status: 'cancelled' })];
    expect(ids(dueReminders(list, at(9), 2, NO_REMINDERS))).toEqual(['standup', 'later']);
  });
});
