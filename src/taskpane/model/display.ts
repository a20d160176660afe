/**
 * Time-zone and locale aware formatting. Every function takes the zone and locale explicitly so
 * tests (and a future per-user setting) never depend on the machine's zone.
 */
export interface DisplayOptions {
  locale: string;
  timeZone: string;
}

export function systemDisplayOptions(): DisplayOptions {
  const resolved = new Intl.DateTimeFormat().resolvedOptions();
  return { locale: resolved.locale, timeZone: resolved.timeZone };
}

const formatters = new Map<string, Intl.DateTimeFormat>();

/** Formatters are costly to build and the list re-renders every 30 s, so keep them. */
function dateFormat(display: DisplayOptions, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = JSON.stringify([display.locale, display.timeZone, options]);
  let format = formatters.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(display.locale, { ...options, timeZone: display.timeZone });
    formatters.set(key, format);
  }
  return format;
}

/** The calendar date (YYYY-MM-DD) of an instant in the given zone. */
export function dayKey(instant: Date, timeZone: string): string {
  const parts = dateFormat({ locale: 'en-US', timeZone }, { year: 'numeric', month: '2-digit', day: '2-digit' })
    .formatToParts(instant);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')}`;
}

/** Whole days from one day key to another (DST-proof: keys are calendar dates, compared as UTC). */
export function daysBetween(fromKey: string, toKey: string): number {
  return Math.round((Date.parse(`${toKey}T00:00:00Z`) - Date.parse(`${fromKey}T00:00:00Z`)) / 86_400_000);
}

export function addDays(key: string, days: number): string {
  return new Date(Date.parse(`${key}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

function capitalize(text: string, locale: string): string {
  return text.charAt(0).toLocaleUpperCase(locale) + text.slice(1);
}

/** "Today", "Tomorrow", then the weekday and date ("Wednesday, May 1"), all in the user's locale. */
export function formatDayLabel(key: string, todayKey: string, display: DisplayOptions): string {
  const offset = daysBetween(todayKey, key);
  if (offset === 0 || offset === 1) {
    const relative = new Intl.RelativeTimeFormat(display.locale, { numeric: 'auto' }).format(offset, 'day');
    return capitalize(relative, display.locale);
  }
  // The key is a calendar date, so format it as noon UTC in UTC: no zone can shift its day.
  const noon = new Date(`${key}T12:00:00Z`);
  return dateFormat({ locale: display.locale, timeZone: 'UTC' }, { weekday: 'long', month: 'long', day: 'numeric' }).format(noon);
}

/** "10:00 – 10:30 AM"; the date is added when the meeting ends on another day. */
export function formatTimeRange(start: Date, end: Date, display: DisplayOptions): string {
  const sameDay = dayKey(start, display.timeZone) === dayKey(end, display.timeZone);
  const options: Intl.DateTimeFormatOptions = sameDay
    ? { hour: 'numeric', minute: '2-digit' }
    : { month: 'short', day: 'numeric', hour: 'numeric', minute: '2-digit' };
  return dateFormat(display, options).formatRange(start, end);
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

function relativeAmount(ms: number, display: DisplayOptions, direction: 1 | -1, roundMinutes: (n: number) => number): string {
  const format = new Intl.RelativeTimeFormat(display.locale, { numeric: 'always', style: 'long' });
  if (ms < HOUR) return format.format(direction * roundMinutes(ms / MINUTE), 'minute');
  if (ms < DAY) return format.format(direction * Math.round(ms / HOUR), 'hour');
  return format.format(direction * Math.round(ms / DAY), 'day');
}

/**
 * "in 12 minutes", "started 5 minutes ago". The amounts come from Intl.RelativeTimeFormat in the
 * user's locale; the long style because the short one reads "in 12 min." in en-US.
 */
export function formatRelative(start: Date, end: Date, now: Date, display: DisplayOptions): string {
  const untilStart = start.getTime() - now.getTime();
  if (untilStart > 0) {
    // Round up: a meeting 30 s away is "in 1 minute", never "in 0 minutes".
    return relativeAmount(untilStart, display, 1, Math.ceil);
  }
  if (now.getTime() >= end.getTime()) return 'ended';
  const sinceStart = -untilStart;
  if (sinceStart < MINUTE) return 'started just now';
  return `started ${relativeAmount(sinceStart, display, -1, Math.floor)}`;
}
