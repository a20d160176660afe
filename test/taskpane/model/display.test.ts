import {
  dayKey,
  daysBetween,
  formatDayLabel,
  formatRelative,
  formatTimeRange,
} from '../../../src/taskpane/model/display';

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

describe('formatRelative', () => {
  const start = new Date('2024-05-01T14:00:00Z');
  const end = new Date('2024-05-01T15:00:00Z');
  const at = (iso: string) => formatRelative(start, end, new Date(iso), ny);

  it('counts down to the start, rounding up', () => {
    expect(at('2024-05-01T13:48:00Z')).toBe('in 12 minutes');
    expect(at('2024-05-01T13:59:30Z')).toBe('in 1 minute');
    expect(at('2024-05-01T11:50:00Z')).toBe('in 2 hours');
    expect(at('2024-04-29T14:00:00Z')).toBe('in 2 days');
  });

  it('counts up once started, then says ended', () => {
    expect(at('2024-05-01T14:00:20Z')).toBe('started just now');
    expect(at('2024-05-01T14:05:59Z')).toBe('started 5 minutes ago');
    expect(at('2024-05-01T15:00:00Z')).toBe('ended');
  });

  it('localises the amount', () => {
    expect(formatRelative(start, end, new Date('2024-05-01T13:48:00Z'), berlin)).toBe('in 12 Minuten');
  });
});
