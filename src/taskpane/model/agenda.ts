import type { Meeting } from '../../shared/api';
import { addDays, dayKey, daysBetween, formatDayLabel, type DisplayOptions } from './display';
import { isHiddenByDefault } from './join';

export interface DayGroup {
  /** Calendar date in the user's zone, YYYY-MM-DD. */
  key: string;
  label: string;
  allDay: Meeting[];
  meetings: Meeting[];
}

/** What the list shows, top to bottom. A meeting appears in exactly one place. */
export interface Agenda {
  /** Timed meetings in progress. */
  now: Meeting[];
  /** The upcoming meeting(s) with the earliest start (several when they start together). */
  next: Meeting[];
  days: DayGroup[];
  /** How many cancelled or declined meetings the filter hides. */
  hiddenCount: number;
}

export interface AgendaOptions extends DisplayOptions {
  showHidden: boolean;
}

export function compareMeetings(a: Meeting, b: Meeting): number {
  return (
    Date.parse(a.start) - Date.parse(b.start) ||
    Date.parse(a.end) - Date.parse(b.end) ||
    a.title.localeCompare(b.title) ||
    (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
  );
}

/**
 * All-day events are floating calendar dates: the provider sends midnight UTC, and converting
 * that to the user's zone would move them to the previous day west of Greenwich.
 * Returns the first day of the event that is not before today, or undefined once it is over.
 */
export function allDayKey(meeting: Meeting, todayKey: string): string | undefined {
  const first = meeting.start.slice(0, 10);
  const endExclusive = meeting.end.slice(0, 10);
  const lastDay = endExclusive > first ? addDays(endExclusive, -1) : first;
  if (lastDay < todayKey) return undefined;
  return first < todayKey ? todayKey : first;
}

export function buildAgenda(meetings: readonly Meeting[], now: Date, options: AgendaOptions): Agenda {
  const t = now.getTime();
  const todayKey = dayKey(now, options.timeZone);
  const hiddenCount = meetings.filter(isHiddenByDefault).length;
  const visible = meetings.filter((m) => options.showHidden || !isHiddenByDefault(m)).sort(compareMeetings);

  const timed = visible.filter((m) => !m.isAllDay && Date.parse(m.end) > t);
  const inProgress = timed.filter((m) => Date.parse(m.start) <= t);
  const upcoming = timed.filter((m) => Date.parse(m.start) > t);
  // Cancelled meetings never count as "next": nobody will be there.
  const firstNext = upcoming.find((m) => m.status !== 'cancelled');
  const next = firstNext ? upcoming.filter((m) => m.start === firstNext.start && m.status !== 'cancelled') : [];
  const placed = new Set([...inProgress, ...next]);

  const groups = new Map<string, DayGroup>();
  const group = (key: string): DayGroup => {
    let found = groups.get(key);
    if (!found) {
      found = { key, label: formatDayLabel(key, todayKey, options), allDay: [], meetings: [] };
      groups.set(key, found);
    }
    return found;
  };
  for (const meeting of visible) {
    if (meeting.isAllDay) {
      const key = allDayKey(meeting, todayKey);
      if (key) group(key).allDay.push(meeting);
    } else if (!placed.has(meeting) && Date.parse(meeting.end) > t) {
      group(dayKey(new Date(meeting.start), options.timeZone)).meetings.push(meeting);
    }
  }
  const days = [...groups.values()].sort((a, b) => daysBetween(b.key, a.key));
  return { now: inProgress, next, days, hiddenCount };
}
