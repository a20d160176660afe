import { displayLocation, joinState, nextJoinable, isHiddenByDefault } from '../../../src/taskpane/model/join';
import { meeting, teamsJoin } from '../fixtures';

const base = new Date('2024-05-01T14:00:00Z');
const at = (min: number) => new Date(base.getTime() + min * 60_000);

describe('joinState', () => {
  const m = meeting(base, 0, 30, { join: teamsJoin('a') });

  it('is secondary until 10 minutes before, primary until the end, then gone', () => {
    expect(joinState(m, at(-11))).toBe('early');
    expect(joinState(m, at(-10))).toBe('open');
    expect(joinState(m, at(29))).toBe('open');
    expect(joinState(m, at(30))).toBe('none');
  });

  it('offers nothing without a join link or when cancelled', () => {
    expect(joinState(meeting(base, 0, 30), at(0))).toBe('none');
    expect(joinState({ ...m, status: 'cancelled' }, at(0))).toBe('none');
  });
});

describe('nextJoinable', () => {
  it('prefers the meeting starting closest to now', () => {
    const long = meeting(base, -50, 60, { join: teamsJoin('long') });
    const soon = meeting(base, 5, 30, { join: teamsJoin('soon') });
    const later = meeting(base, 30, 30, { join: teamsJoin('later') });
    expect(nextJoinable([long, soon, later], at(0))?.id).toBe(soon.id);
    expect(nextJoinable([long, later], at(0))?.id).toBe(long.id);
  });

  it('skips declined, cancelled, all-day and link-less meetings', () => {
    const declined = meeting(base, 0, 30, { join: teamsJoin('d'), status: 'declined' });
    const cancelled = meeting(base, 0, 30, { join: teamsJoin('c'), status: 'cancelled' });
    const noLink = meeting(base, 0, 30);
    expect(nextJoinable([declined, cancelled, noLink], at(1))).toBeUndefined();
    expect(isHiddenByDefault(declined)).toBe(true);
    expect(isHiddenByDefault(noLink)).toBe(false);
  });

  it('finds nothing when every meeting is more than 10 minutes away', () => {
    expect(nextJoinable([meeting(base, 11, 30, { join: teamsJoin('x') })], at(0))).toBeUndefined();
  });
});

describe('displayLocation', () => {
  const zoom = { service: { id: 'zoom', name: 'Zoom' }, url: 'https://zoom.us/j/1' };
  it('keeps rooms and places', () => {
    expect(displayLocation({ location: 'Conf Room Rainier (12)' })).toBe('Conf Room Rainier (12)');
    expect(displayLocation({ location: 'Conf Room Rainier; Microsoft Teams Meeting', join: teamsJoin('x') })).toBe('Conf Room Rainier');
  });
  it('drops links (which may carry a passcode) and text that only names the service', () => {
    expect(displayLocation({ location: 'https://us02web.zoom.us/j/767?pwd=secret', join: zoom })).toBeUndefined();
    expect(displayLocation({ location: 'Join: https://zoom.us/j/1', join: zoom })).toBeUndefined();
    expect(displayLocation({ location: 'Microsoft Teams Meeting', join: teamsJoin('x') })).toBeUndefined();
    expect(displayLocation({ location: 'Zoom Meeting', join: zoom })).toBeUndefined();
    expect(displayLocation({ location: 'Zoom Meeting' })).toBe('Zoom Meeting');
    expect(displayLocation({})).toBeUndefined();
  });
});
