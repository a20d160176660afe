import { dayKey, type DisplayOptions } from './display';

const DAY = 86_400_000;

/**
 * A search range as a person reads it, in their zone and language: "Wed, Dec 2" for a whole day,
 * "Wed, Dec 2, 2:00 – 4:00 PM" for part of one, "Dec 7 – 13" for several days.
 */
export function formatRange(fromIso: string, toIso: string, display: DisplayOptions): string {
  const from = new Date(fromIso);
  const to = new Date(toIso);
  // The range ends at midnight (exclusive): the last day shown is the one before.
  const lastInstant = new Date(to.getTime() - 1);
  const startsAtMidnight = dayKey(new Date(from.getTime() - 1), display.timeZone) !== dayKey(from, display.timeZone);
  const endsAtMidnight = dayKey(lastInstant, display.timeZone) !== dayKey(to, display.timeZone);
  const day: Intl.DateTimeFormatOptions = { weekday: 'short', month: 'short', day: 'numeric', timeZone: display.timeZone };
  if (startsAtMidnight && endsAtMidnight) {
    if (dayKey(from, display.timeZone) === dayKey(lastInstant, display.timeZone)) return new Intl.DateTimeFormat(display.locale, day).format(from);
    const options: Intl.DateTimeFormatOptions = { month: 'short', day: 'numeric', timeZone: display.timeZone };
    return new Intl.DateTimeFormat(display.locale, to.getTime() - from.getTime() > 7 * DAY + 2 * 3600_000 ? options : day).formatRange(from, lastInstant);
  }
  return new Intl.DateTimeFormat(display.locale, { ...day, hour: 'numeric', minute: '2-digit' }).formatRange(from, to);
}
