/**
 * When the pane reminds of a meeting: `minutesBefore` its start, again after a snooze or at its
 * start when asked, never once the person joined or dismissed it, and not for meetings already
 * well under way (the list's countdown covers those). Pure, for tests with fixed instants.
 */
import type { Meeting } from '../../shared/api';
import { isHiddenByDefault } from './join';

/** The choices the settings offer; two minutes unless the person picks another. */
export const REMINDER_MINUTES = [1, 2, 5, 10] as const;
export const DEFAULT_REMINDER_MINUTES = 2;
/** How long Snooze waits. Five minutes: long enough to finish a sentence, short enough to be back before a short lateness. */
export const SNOOZE_MS = 5 * 60_000;
/** A reminder still shows this long after the start (the person was away); after that the list's "started … ago" is enough. */
export const LATE_MS = 5 * 60_000;

export interface ReminderState {
  /** Meeting id → the instant its reminder comes back (snoozed, or "at start"). */
  readonly snoozed: Readonly<Record<string, number>>;
  /** Meetings joined or dismissed: never reminded again. */
  readonly done: readonly string[];
}

export const NO_REMINDERS: ReminderState = { snoozed: {}, done: [] };

const remindable = (m: Meeting) => !m.isAllDay && !isHiddenByDefault(m);

/** The instant a meeting's reminder shows, or undefined when it never will. */
export function reminderAt(meeting: Meeting, minutesBefore: number, state: ReminderState): number | undefined {
  if (!remindable(meeting) || state.done.includes(meeting.id)) return undefined;
  const start = Date.parse(meeting.start);
  const at = state.snoozed[meeting.id] ?? start - minutesBefore * 60_000;
  return at > start + LATE_MS ? undefined : at;
}

/** The reminders showing at `now`, earliest start first. */
export function dueReminders(meetings: readonly Meeting[], now: number, minutesBefore: number, state: ReminderState): Meeting[] {
  return meetings
    .filter((m) => {
      const at = reminderAt(m, minutesBefore, state);
      return at !== undefined && at <= now && now <= Date.parse(m.start) + LATE_MS && now < Date.parse(m.end);
    })
    .sort((a, b) => Date.parse(a.start) - Date.parse(b.start));
}

/** The next instant after `now` at which something changes (a reminder shows or runs out), for one timer. */
export function nextReminderChange(meetings: readonly Meeting[], now: number, minutesBefore: number, state: ReminderState): number | undefined {
  let next: number | undefined;
  for (const m of meetings) {
    const at = reminderAt(m, minutesBefore, state);
    if (at === undefined) continue;
    const expires = Math.min(Date.parse(m.start) + LATE_MS, Date.parse(m.end));
    for (const t of [at, expires + 1]) if (t > now && (next === undefined || t < next)) next = t;
  }
  return next;
}

export function snooze(state: ReminderState, id: string, now: number): ReminderState {
  return { ...state, snoozed: { ...state.snoozed, [id]: now + SNOOZE_MS } };
}

/** "Remind me at start": back at the start itself (right away if it already started). */
export function remindAtStart(state: ReminderState, meeting: Meeting, now: number): ReminderState {
  return { ...state, snoozed: { ...state.snoozed, [meeting.id]: Math.max(Date.parse(meeting.start), now + 1) } };
}

/** Joined or dismissed: no more reminders for it. */
export function finish(state: ReminderState, id: string): ReminderState {
  return state.done.includes(id) ? state : { ...state, done: [...state.done, id] };
}
