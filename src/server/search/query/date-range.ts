import * as chrono from 'chrono-node';
import { DAY_PARTS, type DayPart, type Span } from './lexicon';
import type { HourRange } from './hour-range';
import type { QueryLanguage } from './types';
import { addDays, addMonths, offsetMinutes, wallTime, weekdayOf, zonedToUtc, type CalendarDay } from './zone';

/** What the date words of a query said, before they become one [from, to) range. */
export interface DateClues {
  span?: { span: Span; offset: number };
  part?: DayPart;
  /** The day-part word also named the day ("tonight", "ce soir"). */
  today?: boolean;
  hours?: HourRange;
  chrono?: chrono.ParsedResult;
}

/** chrono's parser for a language; English variants other than US read day-month dates. */
export function chronoFor(language: QueryLanguage, locale: string): chrono.Chrono {
  if (language === 'de') return chrono.de.casual;
  if (language === 'fr') return chrono.fr.casual;
  if (language === 'ja') return chrono.ja.casual;
  return /^en(?:-us)?$/i.test(locale) || !/^en-/i.test(locale) ? chrono.casual : chrono.en.GB;
}

/**
 * chrono with the caller's zone: its IANA name alone would be ignored (chrono then follows the
 * server's zone), so it gets the zone's offset at the reference instant, in minutes.
 */
export function parseDates(parser: chrono.Chrono, text: string, now: number, zone: string): chrono.ParsedResult[] {
  return parser.parse(text, { instant: new Date(now), timezone: offsetMinutes(zone, now) }, { forwardDate: true });
}

const dayOf = (c: chrono.ParsedComponents): CalendarDay => ({ year: c.get('year')!, month: c.get('month')!, day: c.get('day')! });

/**
 * Turns the clues into one range in the caller's zone. A week is Monday to Sunday; a bare day is
 * the whole day; a part of the day or an hour range narrows a single day (today when no day was
 * named); over several days they are left out (one range cannot say "mornings").
 */
export function rangeOf(clues: DateClues, now: number, zone: string): { from: number; to: number } | undefined {
  const today: CalendarDay = wallTime(now, zone);
  let days: { first: CalendarDay; last: CalendarDay } | undefined;
  let at: { start: CalendarDay & { hour: number; minute: number }; end?: CalendarDay & { hour: number; minute: number } } | undefined;

  if (clues.span) days = spanDays(clues.span.span, clues.span.offset, today);
  const c = clues.chrono;
  if (c && days && clues.span?.span === 'week' && c.start.isCertain('weekday') && !c.start.isCertain('day')) {
    // "friday next week": that weekday inside the week named.
    const d = addDays(days.first, (c.start.get('weekday')! + 6) % 7);
    days = { first: d, last: d };
  } else if (c && !days) {
    if (c.start.isCertain('hour') && !clues.hours && !clues.part) {
      at = { start: { ...dayOf(c.start), hour: c.start.get('hour')!, minute: c.start.get('minute') ?? 0 } };
      if (c.end?.isCertain('hour')) at.end = { ...dayOf(c.end), hour: c.end.get('hour')!, minute: c.end.get('minute') ?? 0 };
    }
    days = { first: dayOf(c.start), last: c.end ? dayOf(c.end) : dayOf(c.start) };
  }
  if (!days && (clues.part || clues.hours || clues.today)) days = { first: today, last: today };
  if (!days) return undefined;

  if (at) {
    const from = zonedToUtc(at.start, at.start.hour, at.start.minute, zone);
    const to = at.end ? zonedToUtc(at.end, at.end.hour, at.end.minute, zone) : from + 3600_000;
    return to > from ? { from, to } : { from, to: from + 3600_000 };
  }
  const single = sameDay(days.first, days.last);
  const hours = single ? (clues.hours ?? (clues.part ? { from: DAY_PARTS[clues.part][0] * 60, to: DAY_PARTS[clues.part][1] * 60 } : undefined)) : undefined;
  if (hours) {
    return {
      from: zonedToUtc(days.first, Math.floor(hours.from / 60), hours.from % 60, zone),
      to: zonedToUtc(days.first, Math.floor(hours.to / 60), hours.to % 60, zone),
    };
  }
  const last = laterOf(days.first, days.last);
  return { from: zonedToUtc(days.first, 0, 0, zone), to: zonedToUtc(addDays(last, 1), 0, 0, zone) };
}

function spanDays(span: Span, offset: number, today: CalendarDay): { first: CalendarDay; last: CalendarDay } {
  if (span === 'month') {
    const first = addMonths(today, offset);
    return { first, last: addDays(addMonths(first, 1), -1) };
  }
  const monday = addDays(today, 1 - weekdayOf(today) + 7 * offset);
  return span === 'week' ? { first: monday, last: addDays(monday, 6) } : { first: addDays(monday, 5), last: addDays(monday, 6) };
}

function sameDay(a: CalendarDay, b: CalendarDay): boolean {
  return a.year === b.year && a.month === b.month && a.day === b.day;
}

function laterOf(a: CalendarDay, b: CalendarDay): CalendarDay {
  return Date.UTC(b.year, b.month - 1, b.day) >= Date.UTC(a.year, a.month - 1, a.day) ? b : a;
}
