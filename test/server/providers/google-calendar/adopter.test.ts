import type { AdopterCall } from '../../../../src/server/providers/adopter';
import { GoogleCalendarAdopter } from '../../../../src/server/providers/google-calendar/adopter';
import { GoogleAuthError, type CalendarClient } from '../../../../src/server/providers/google-calendar/calendar-client';

const range = { from: new Date('2026-12-01T00:00:00Z'), to: new Date('2026-12-08T00:00:00Z') };
const event = (id: string, start = '2026-12-02T09:00:00Z') => ({ id, summary: id, start: { dateTime: start }, end: { dateTime: start.replace('T09', 'T10') } });

function setup(listEvents: () => Promise<unknown[]>) {
  const calls = { get: 0, rejected: 0, refused: 0 };
  const call: AdopterCall = {
    account: { tid: 't', oid: 'o' },
    tokens: { get: async () => `token-${++calls.get}`, rejected: async () => void calls.rejected++, refused: async () => void calls.refused++ },
  };
  const skipped: Array<string | undefined> = [];
  const adopter = new GoogleCalendarAdopter({ listEvents } as unknown as CalendarClient, (_p, _t, _o, id) => `opaque-${id}`, (id) => void skipped.push(id));
  return { adopter, call, calls, skipped };
}

describe('GoogleCalendarAdopter', () => {
  it('maps in start order, shows a repeated event once, and skips an unreadable one by opaque id', async () => {
    const { adopter, call, skipped } = setup(async () => [event('late', '2026-12-03T09:00:00Z'), event('early'), event('early'), { id: 'bad', start: { dateTime: 'soon' }, end: { dateTime: 'later' } }, { summary: 'no id' }]);
    const meetings = await adopter.upcomingMeetings(call, range, 50);
    expect(meetings.map((m) => m.id)).toEqual(['opaque-early', 'opaque-late']);
    expect(meetings.every((m) => m.provider === 'google-calendar')).toBe(true);
    expect(skipped).toEqual(['opaque-bad', undefined]);
  });

  it('a 401 asks for a fresh token once; a second 401 voids the grant (reconnect_required)', async () => {
    let n = 0;
    const once = setup(async () => {
      if (n++ === 0) throw new GoogleAuthError();
      return [event('a')];
    });
    await expect(once.adopter.upcomingMeetings(once.call, range, 50)).resolves.toHaveLength(1);
    expect(once.calls).toEqual({ get: 2, rejected: 1, refused: 0 });
    const twice = setup(async () => {
      throw new GoogleAuthError();
    });
    await expect(twice.adopter.upcomingMeetings(twice.call, range, 50)).rejects.toMatchObject({ code: 'reconnect_required' });
    expect(twice.calls).toEqual({ get: 2, rejected: 1, refused: 1 });
  });
});
