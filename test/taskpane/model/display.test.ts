import {
  dayKey,
  daysBetween,
  formatDayLabel,
  formatRelative,
  formatTimeRange,
  timeRangePieces,
  formatWhen,
  inCountdown,
} from '../../../src/taskpane/model/display';
import { createI18n, englishI18n } from '../../../src/taskpane/i18n';
import { ar as arCatalogue } from '../../../src/taskpane/i18n/messages/ar';
import { de as deCatalogue } from '../../../src/taskpane/i18n/messages/de';

const ny = { locale: 'en-US', timeZone: 'America/New_York' };
const berlin = { locale: 'de-DE', timeZone: 'Europe/Berlin' };

describe('dayKey', () => {
  it('uses the given zone, not the machine zone', () => {
    const instant = new Date('2024-05-02T02:30:00Z');
    expect(dayKey(instant, 'America/New_York')).toBe('2024-05-01');
    expect(dayKey(instant, 'Europe/Berlin')).toBe('2024-05-02');
    expect(dayKey(instant, 'Asia/Tokyo')).toBe('2024-05-02');
  });

  it('counts days across a DST change', () => {
    expect(daysBetween('2024-03-09', '2024-03-11')).toBe(2);
    expect(daysBetween('2024-03-11', '2024-03-09')).toBe(-2);
  });
});

describe('formatDayLabel', () => {
  it('says Today and Tomorrow, then weekday and date', () => {
    expect(formatDayLabel('2024-05-01', '2024-05-01', ny)).toBe('Today');
    expect(formatDayLabel('2024-05-02', '2024-05-01', ny)).toBe('Tomorrow');
    expect(formatDayLabel('2024-05-03', '2024-05-01', ny)).toBe('Friday, May 3');
  });

  it('follows the locale', () => {
    expect(formatDayLabel('2024-05-01', '2024-05-01', berlin)).toBe('Heute');
    expect(formatDayLabel('2024-05-02', '2024-05-01', berlin)).toBe('Morgen');
    expect(formatDayLabel('2024-05-03', '2024-05-01', berlin)).toBe('Freitag, 3. Mai');
  });
});

describe('formatTimeRange', () => {
  const start = new Date('2024-05-01T14:00:00Z');
  const end = new Date('2024-05-01T14:30:00Z');

  it('shows the range in the user zone and locale', () => {
    expect(formatTimeRange(start, end, ny).replace(/\s/g, ' ')).toBe('10:00 – 10:30 AM');
    expect(formatTimeRange(start, end, berlin).replace(/\s/g, ' ')).toMatch(/^16:00 ?– ?16:30/);
  });

  it('adds the date when the meeting ends on another day', () => {
    const late = formatTimeRange(new Date('2024-05-02T02:00:00Z'), new Date('2024-05-02T05:00:00Z'), ny);
    expect(late).toContain('May 1');
    expect(late).toContain('May 2');
  });
});

describe('timeRangePieces', () => {
  it('keeps a range within a day whole', () => {
    const start = new Date('2024-05-01T14:00:00Z');
    expect(timeRangePieces(start, new Date('2024-05-01T14:30:00Z'), ny)).toEqual([formatTimeRange(start, new Date('2024-05-01T14:30:00Z'), ny)]);
  });

  it.each([ny, berlin, { locale: 'ja-JP', timeZone: 'Asia/Tokyo' }, { locale: 'ar-EG', timeZone: 'Africa/Cairo' }])('splits a range across days at its separator ($locale)', (display) => {
    const [start, end] = [new Date('2024-05-01T21:15:00Z'), new Date('2024-05-02T23:15:00Z')];
    const pieces = timeRangePieces(start, end, display);
    expect(pieces.join('')).toBe(formatTimeRange(start, end, display));
    expect(pieces).toHaveLength(3);
    // Each end is a date and a time of its own; the separator between them holds neither.
    expect(pieces[1]!.trim()).toMatch(/^[^\p{N}\p{L}]+$/u);
    expect(pieces[0]).toMatch(/\p{N}/u);
    expect(pieces[2]).toMatch(/\p{N}/u);
  });
});

describe('formatRelative', () => {
  const start = new Date('2024-05-01T14:00:00Z');
  const end = new Date('2024-05-01T15:00:00Z');
  const t = englishI18n.t;
  const at = (iso: string) => formatRelative(start, end, new Date(iso), ny, t);

  it('counts down in minutes and hours, rounding up, until the last ten minutes', () => {
    expect(at('2024-05-01T13:48:00Z')).toBe('in 12 minutes');
    expect(at('2024-05-01T13:49:59Z')).toBe('in 11 minutes');
    expect(at('2024-05-01T11:50:00Z')).toBe('in 2 hours');
    expect(at('2024-04-29T14:00:00Z')).toBe('in 2 days');
  });

  it('ticks minutes and seconds in the last ten minutes', () => {
    expect(at('2024-05-01T13:50:00Z')).toBe('in 10:00');
    expect(at('2024-05-01T13:55:28Z')).toBe('in 4:32');
    expect(at('2024-05-01T13:59:59.500Z')).toBe('in 0:01');
    expect(inCountdown(start, new Date('2024-05-01T13:49:59Z'))).toBe(false);
    expect(inCountdown(start, new Date('2024-05-01T13:55:28Z'))).toBe(true);
    expect(inCountdown(start, start)).toBe(false);
  });

  it('says how long is left once started, then ended', () => {
    expect(at('2024-05-01T14:00:00Z')).toBe('ends in 1 hour');
    expect(at('2024-05-01T14:28:00Z')).toBe('ends in 32 minutes');
    expect(at('2024-05-01T14:59:30Z')).toBe('ends in 1 minute');
    expect(at('2024-05-01T15:00:00Z')).toBe('ended');
  });

  it('speaks the locale throughout, never half English', () => {
    const de = createI18n('de-DE', deCatalogue);
    const inDe = (iso: string) => formatRelative(start, end, new Date(iso), berlin, de.t);
    expect(inDe('2024-05-01T13:48:00Z')).toBe('in 12 Minuten');
    expect(inDe('2024-05-01T14:31:00Z')).toBe('endet in 29 Minuten');
    expect(inDe('2024-05-01T15:00:00Z')).toBe('beendet');
    const ar = createI18n('ar-EG', arCatalogue);
    expect(formatRelative(start, end, new Date('2024-05-01T13:55:28Z'), { locale: 'ar-EG', timeZone: 'Africa/Cairo' }, ar.t)).toBe('بعد ٤:٣٢');
  });
});

describe('formatWhen', () => {
  it('names the weekday and time in the zone and locale', () => {
    expect(formatWhen(new Date('2024-05-07T13:30:00Z'), ny).replace(/\s/g, ' ')).toBe('Tuesday 9:30 AM');
    expect(formatWhen(new Date('2024-05-07T13:30:00Z'), berlin)).toBe('Dienstag, 15:30');
  });
});
