import type { AdopterCall } from '../../../../src/server/providers/adopter';
import { GoogleCalendarAdopter } from '../../../../src/server/providers/google-calendar/adopter';
import { GoogleAuthError, type CalendarClient, type ListRange } from '../../../../src/server/providers/google-calendar/calendar-client';
import { SEARCH_FIELDS } from '../../../../src/server/providers/google-calendar/google-event';

const from = new Date('2026-11-01T00:00:00Z');
const to = new Date('2027-01-30T00:00:00Z');

function setup(listEvents: (range: ListRange) => Promise<unknown[]>) {
  const calls = { get: 0, rejected: 0, refused: 0 };
  const call: AdopterCall = {
    account: { tid: 't', oid: 'o' },
    tokens: { get: async () => `token-${++calls.get}`, rejected: async () => void calls.rejected++, refused: async () => void calls.refused++ },
  };
  const adopter = new GoogleCalendarAdopter({ listEvents } as unknown as CalendarClient, (_p, _t, _o, id) => `opaque-${id}`);
  return { adopter, call, calls };
}

describe('GoogleCalendarAdopter.search', () => {
  it('a dateless query with words asks events.list with q over the window, expanded, with attendees and series', async () => {
    const asked: ListRange[] = [];
    const { adopter, call } = setup(async (range) => {
      asked.push(range);
      return [
        {
          id: 'e1',
          summary: 'Budget review',
          start: { dateTime: '2026-12-02T09:00:00Z' },
          end: { dateTime: '2026-12-02T10:00:00Z' },
          organizer: { email: 'ana@partner.example', displayName: 'Ana Lima' },
          attendees: [{ email: 'sam@example.com', displayName: 'Sam Reed', responseStatus: 'accepted' }],
          recurringEventId: 'series-1',
        },
        { id: 'e1', summary: 'Budget review', start: { dateTime: '2026-12-02T09:00:00Z' }, end: { dateTime: '2026-12-02T10:00:00Z' } },
        { id: 'bad', start: { dateTime: 'soon' }, end: { dateTime: 'later' } },
      ];
    });
    const found = await adopter.search(call, { text: 'budget', people: ['Sam'], services: [] }, { from, to, dateless: true });
    expect(asked).toEqual([{ timeMin: from.toISOString(), timeMax: to.toISOString(), limit: 500, fields: SEARCH_FIELDS, q: 'budget Sam' }]);
    expect(SEARCH_FIELDS).toContain('attendees(self,responseStatus,email,displayName)');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({
      meeting: { id: 'opaque-e1', title: 'Budget review', provider: 'google-calendar' },
      attendees: [{ name: 'Sam Reed', email: 'sam@example.com' }],
      organizerEmail: 'ana@partner.example',
      seriesId: 'series-1',
    });
  });

  it('a dated window is listed whole (no q): SearchService matches the words', async () => {
    const asked: ListRange[] = [];
    const { adopter, call } = setup(async (range) => (asked.push(range), []));
    await adopter.search(call, { text: 'budget', people: [], services: [], from: from.toISOString(), to: to.toISOString() }, { from, to, dateless: false });
    expect(asked[0]!.q).toBeUndefined();
  });

  it('a second 401 voids the grant (reconnect_required)', async () => {
    const { adopter, call, calls } = setup(async () => {
      throw new GoogleAuthError();
    });
    await expect(adopter.search(call, { text: 'x', people: [], services: [] }, { from, to, dateless: true })).rejects.toMatchObject({ code: 'reconnect_required' });
    expect(calls).toEqual({ get: 2, rejected: 1, refused: 1 });
  });
});
