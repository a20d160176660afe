/**
 * Wall-clock arithmetic in an IANA time zone, with Intl only (no zone database of our own).
 * Offsets are looked up for each instant, so dates across a DST change land on the right hour.
 */

export interface CalendarDay {
  year: number;
  /** 1–12. */
  month: number;
  day: number;
}

export interface WallTime extends CalendarDay {
  hour: number;
  minute: number;
  /** 1 = Monday … 7 = Sunday (ISO). */
  weekday: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(zone: string): Intl.DateTimeFormat {
  let f = formatters.get(zone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
      weekday: 'short',
    });
    formatters.set(zone, f);
  }
  return f;
}

/** True when Intl knows the zone (an IANA name such as `Europe/Berlin`, or `UTC`). */
export function isTimeZone(zone: string): boolean {
  if (!/^[A-Za-z][A-Za-z0-9_+\-/]{0,63}$/.test(zone)) return false;
  try {
    formatter(zone);
    return true;
  } catch {
    return false;
  }
}

const WEEKDAYS: Record<string, number> = { Mon: 1, Tue: 2, Wed: 3, Thu: 4, Fri: 5, Sat: 6, Sun: 7 };

/** The wall clock in `zone` at `instant` (ms since the epoch). */
export function wallTime(instant: number, zone: string): WallTime & { second: number } {
  const parts: Record<string, string> = {};
  for (const p of formatter(zone).formatToParts(new Date(instant))) parts[p.type] = p.value;
  return {
    year: Number(parts.year),
    month: Number(parts.month),
    day: Number(parts.day),
    hour: Number(parts.hour),
    minute: Number(parts.minute),
    second: Number(parts.second),
    weekday: WEEKDAYS[parts.weekday!] ?? 1,
  };
}

/** Minutes east of UTC in `zone` at `instant` (what chrono wants as `timezone`). */
export function offsetMinutes(zone: string, instant: number): number {
  const w = wallTime(instant, zone);
  const asUtc = Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second);
  return Math.round((asUtc - Math.floor(instant / 1000) * 1000) / 60_000);
}

/**
 * The instant a wall-clock time in `zone` names. A time skipped by a DST change moves forward by
 * the gap (02:30 on a spring-forward night is 03:30); a repeated time takes its first occurrence.
 */
export function zonedToUtc(day: CalendarDay, hour: number, minute: number, zone: string): number {
  const naive = Date.UTC(day.year, day.month - 1, day.day, hour, minute);
  // The offsets a day either side: equal on ordinary days, different around a DST change.
  const before = naive - offsetMinutes(zone, naive - 86_400_000) * 60_000;
  const after = naive - offsetMinutes(zone, naive + 86_400_000) * 60_000;
  const shown = [before, after].filter((c) => sameWall(wallTime(c, zone), day, hour, minute)).sort((a, b) => a - b);
  // No candidate shows the time: it fell in a gap; the offset before the gap moves it forward.
  return shown[0] ?? before;
}

function sameWall(w: WallTime, day: CalendarDay, hour: number, minute: number): boolean {
  return w.year === day.year && w.month === day.month && w.day === day.day && w.hour === hour && w.minute === minute;
}

/** The calendar day `n` days after `day` (n may be negative). */
export function addDays(day: CalendarDay, n: number): CalendarDay {
  const d = new Date(Date.UTC(day.year, day.month - 1, day.day + n));
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

/** ISO weekday (1 = Monday) of a calendar day. */
export function weekdayOf(day: CalendarDay): number {
  const w = new Date(Date.UTC(day.year, day.month - 1, day.day)).getUTCDay();
  return w === 0 ? 7 : w;
}

/** The first day of the month `n` months after the month of `day`. */
export function addMonths(day: CalendarDay, n: number): CalendarDay {
  const d = new Date(Date.UTC(day.year, day.month - 1 + n, 1));
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: 1 };
}
