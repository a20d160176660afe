/**
 * Time-zone and locale aware formatting. Every function takes the zone and locale explicitly so
 * tests (and a future per-user setting) never depend on the machine's zone.
 */
import type { MessageKey, MessageParams } from '../i18n';

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
function rangeFormat(start: Date, end: Date, display: DisplayOptions): { format: Intl.DateTimeFormat; sameDay: boolean } {
  const sameDay = dayKey(start, display.timeZone) === dayKey(end, display.timeZone);
  const options: Intl.DateTimeFormatOptions = sameDay
    ? { hour: 'numeric', minute: '2-digit' }
    : { month: 'short', day: 'numeric', hour: 'numeric', minute: '2-digit' };
  return { format: dateFormat(display, options), sameDay };
}

export function formatTimeRange(start: Date, end: Date, display: DisplayOptions): string {
  return rangeFormat(start, end, display).format.formatRange(start, end);
}

/**
 * The range in the pieces a narrow card may break it into: one piece for a range within a day;
 * for one across days ("Dec 3, 11:15 PM – Dec 4, 12:15 AM") its start, the locale's separator and
 * its end, so each end stays whole and the line breaks at the separator. Joined, the pieces are
 * formatTimeRange's text.
 */
export function timeRangePieces(start: Date, end: Date, display: DisplayOptions): string[] {
  const { format, sameDay } = rangeFormat(start, end, display);
  if (sameDay) return [format.formatRange(start, end)];
  const parts = format.formatRangeToParts(start, end);
  const firstEnd = parts.findIndex((p) => p.source === 'endRange');
  let lastStart = -1;
  parts.forEach((p, i) => p.source === 'startRange' && (lastStart = i));
  const join = (from: number, to: number) => parts.slice(from, to).map((p) => p.value).join('');
  // Only the plain shape start · shared separator · end is split; anything else stays one piece.
  if (lastStart < 0 || firstEnd <= lastStart || parts.slice(0, lastStart).some((p) => p.source !== 'startRange')) return [join(0, parts.length)];
  return [join(0, lastStart + 1), join(lastStart + 1, firstEnd), join(firstEnd, parts.length)];
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** The last stretch before a start shown as a ticking "in 4:32" rather than whole minutes. */
export const COUNTDOWN_MS = 10 * MINUTE;

/** The catalogue's `t`, taken as a parameter so this module stays plain functions. */
export type Translate = (key: MessageKey, params?: MessageParams) => string;

const relativeFormats = new Map<string, Intl.RelativeTimeFormat>();

function relativeFormat(locale: string): Intl.RelativeTimeFormat {
  let format = relativeFormats.get(locale);
  if (!format) relativeFormats.set(locale, (format = new Intl.RelativeTimeFormat(locale, { numeric: 'always', style: 'long' })));
  return format;
}

/** "in 12 minutes", "in 2 hours": Intl.RelativeTimeFormat in the user's locale, rounded up so 30 s is never "in 0 minutes". */
function inAmount(ms: number, display: DisplayOptions): string {
  const format = relativeFormat(display.locale);
  if (ms < HOUR) return format.format(Math.ceil(ms / MINUTE), 'minute');
  if (ms < DAY) return format.format(Math.round(ms / HOUR), 'hour');
  return format.format(Math.round(ms / DAY), 'day');
}

/** "4:32" in the locale's digits. */
function clock(ms: number, locale: string): string {
  const seconds = Math.ceil(ms / 1000);
  const two = dateNumber(locale, 2);
  return `${dateNumber(locale, 1).format(Math.floor(seconds / 60))}:${two.format(seconds % 60)}`;
}

const numberFormats = new Map<string, Intl.NumberFormat>();

function dateNumber(locale: string, digits: number): Intl.NumberFormat {
  const key = `${locale}|${digits}`;
  let format = numberFormats.get(key);
  if (!format) numberFormats.set(key, (format = new Intl.NumberFormat(locale, { minimumIntegerDigits: digits, useGrouping: false })));
  return format;
}

/** Whether the start is close enough for the seconds to matter (the card then ticks every second). */
export function inCountdown(start: Date, now: Date): boolean {
  const until = start.getTime() - now.getTime();
  return until > 0 && until <= COUNTDOWN_MS;
}

/**
 * What a card says about time: "in 2 hours", then "in 4:32" for the last ten minutes, "ends in
 * 32 minutes" while it runs (what matters once it started is how long is left), then "ended".
 */
export function formatRelative(start: Date, end: Date, now: Date, display: DisplayOptions, t: Translate): string {
  const untilStart = start.getTime() - now.getTime();
  if (untilStart > COUNTDOWN_MS) return inAmount(untilStart, display);
  if (untilStart > 0) return t('list.countdown', { time: clock(untilStart, display.locale) });
  const untilEnd = end.getTime() - now.getTime();
  if (untilEnd <= 0) return t('list.ended');
  return t('list.endsIn', { relative: inAmount(untilEnd, display) });
}

/** "Tuesday 9:30 AM": what tells five "Join Daily standup" buttons apart. */
export function formatWhen(start: Date, display: DisplayOptions): string {
  return dateFormat(display, { weekday: 'long', hour: 'numeric', minute: '2-digit' }).format(start);
}

/** "Tokyo" for Asia/Tokyo, "Buenos Aires" for America/Argentina/Buenos_Aires: the zone's city. */
export function zoneCity(timeZone: string): string {
  return (timeZone.split('/').pop() ?? timeZone).replace(/_/g, ' ');
}

/** The zone's short name as the locale writes it at that instant ("CET", "GMT+9"). */
export function zoneShortName(instant: Date, display: DisplayOptions): string {
  return dateFormat(display, { timeZoneName: 'short' }).formatToParts(instant).find((p) => p.type === 'timeZoneName')?.value ?? display.timeZone;
}
