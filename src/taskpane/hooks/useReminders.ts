import { useCallback, useEffect, useRef, useState } from 'react';
import type { Meeting } from '../../shared/api';
import { dueReminders, finish, nextReminderChange, NO_REMINDERS, remindAtStart, snooze, type ReminderState } from '../model/reminders';

export interface Reminders {
  /** The meetings whose reminder shows now, earliest first. */
  due: Meeting[];
  snooze(meeting: Meeting): void;
  remindAtStart(meeting: Meeting): void;
  /** Joined or dismissed: no more reminders for it. */
  finish(meeting: Meeting): void;
}

/**
 * The pane's reminders: one timer to the next change (not a poll), plus the pane's own clock
 * (`now`, re-read after sleep). `onShow` hears of each reminder as it appears (announce, notify).
 */
export function useReminders(meetings: readonly Meeting[], minutesBefore: number, now: Date, onShow: (meeting: Meeting) => void): Reminders {
  const [state, setState] = useState<ReminderState>(NO_REMINDERS);
  const [tick, setTick] = useState(() => now.getTime());
  const clock = Math.max(tick, now.getTime());
  useEffect(() => {
    const next = nextReminderChange(meetings, clock, minutesBefore, state);
    if (next === undefined) return;
    // setTimeout's longest wait is about 24.8 days; the list never reaches that far.
    const timer = setTimeout(() => setTick(Date.now()), Math.min(Math.max(0, next - Date.now()), 2 ** 31 - 1));
    return () => clearTimeout(timer);
  }, [meetings, minutesBefore, state, clock]);

  const due = dueReminders(meetings, clock, minutesBefore, state);
  // Each showing (a first reminder, or one back from a snooze) is heard once.
  const shown = useRef(new Set<string>());
  const latest = useRef(onShow);
  useEffect(() => {
    latest.current = onShow;
  });
  const showing = due.map((m) => `${m.id}@${state.snoozed[m.id] ?? 'first'}`).join(' ');
  useEffect(() => {
    for (const m of due) {
      const key = `${m.id}@${state.snoozed[m.id] ?? 'first'}`;
      if (!shown.current.has(key)) {
        shown.current.add(key);
        latest.current(m);
      }
    }
    // `showing` names exactly what `due` holds: a new array each render is not a new reminder.
  }, [showing]);

  return {
    due,
    snooze: useCallback((m: Meeting) => setState((s) => snooze(s, m.id, Date.now())), []),
    remindAtStart: useCallback((m: Meeting) => setState((s) => remindAtStart(s, m, Date.now())), []),
    finish: useCallback((m: Meeting) => setState((s) => finish(s, m.id)), []),
  };
}
