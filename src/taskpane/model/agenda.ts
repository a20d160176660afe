import type { Meeting } from '../../shared/api';
import { addDays, dayKey, daysBetween, formatDayLabel, type DisplayOptions } from './display';
import { isHiddenByDefault, JOIN_LEAD_MS } from './join';

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
  /**
   * The upcoming meeting(s) with the earliest start (several when they start together), and any
   * other whose join window is already open. Only today's: a first meeting tomorrow stays in its day.
   */
  next: Meeting[];
  /** The next meeting when it is on a later day: it stays in its day group and is marked there. */
  nextLater?: string;
  days: DayGroup[];
  /** For each meeting that overlaps others, their titles (cancelled, declined and free time never conflict). */
  conflicts: ReadonlyMap<string, string[]>;
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
  const candidates = upcoming.filter((m) => m.status !== 'cancelled');
  const firstNext = candidates[0];
  const soon = (m: Meeting) => Date.parse(m.start) - t <= JOIN_LEAD_MS;
  const today = (m: Meeting) => dayKey(new Date(m.start), options.timeZone) === todayKey;
  const next = firstNext && (today(firstNext) || soon(firstNext))
    ? candidates.filter((m) => m.start === firstNext.start || soon(m))
    : [];
  const nextLater = firstNext && next.length === 0 ? firstNext.id : undefined;
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
  return { now: inProgress, next, ...(nextLater !== undefined && { nextLater }), days, hiddenCount, conflicts: findConflicts(timed) };
}

/** Meetings whose times overlap (one ending as the other starts is no conflict). */
export function findConflicts(meetings: readonly Meeting[]): Map<string, string[]> {
  const busy = meetings
    .filter((m) => !m.isAllDay && !isHiddenByDefault(m) && m.showAs !== 'free')
    .map((m) => ({ m, start: Date.parse(m.start), end: Date.parse(m.end) }))
    .sort((a, b) => a.start - b.start);
  const conflicts = new Map<string, string[]>();
  const add = (a: Meeting, b: Meeting) => conflicts.set(a.id, [...(conflicts.get(a.id) ?? []), b.title]);
  for (let i = 0; i < busy.length; i++) {
    for (let j = i + 1; j < busy.length && busy[j]!.start < busy[i]!.end; j++) {
      add(busy[i]!.m, busy[j]!.m);
      add(busy[j]!.m, busy[i]!.m);
    }
  }
  return conflicts;
}
