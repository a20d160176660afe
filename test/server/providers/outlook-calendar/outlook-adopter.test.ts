import { AppError } from '../../../../src/server/errors/app-error';
import type { AdopterCall, TokenSource } from '../../../../src/server/providers/adopter';
import { OutlookCalendarAdopter } from '../../../../src/server/providers/outlook-calendar/adopter';
import { GraphAuthError, type GraphClient } from '../../../../src/server/providers/outlook-calendar/graph-client';

const range = { from: new Date('2026-12-01T00:00:00Z'), to: new Date('2026-12-08T00:00:00Z') };
const utc = (iso: string) => ({ dateTime: iso, timeZone: 'UTC' });
const event = (id: string, start = '2026-12-02T09:00:00', end = '2026-12-02T09:30:00') => ({ id, subject: `Meeting ${id}`, start: utc(start), end: utc(end) });

const calls = { rejected: 0, refused: 0 };
const tokens: TokenSource = {
  get: async () => 'token',
  rejected: async () => void calls.rejected++,
  refused: async () => void calls.refused++,
};
const ctx: AdopterCall = { account: { tid: 't', oid: 'o' }, tokens };

function adopter(listAll: () => Promise<unknown[]>) {
  calls.rejected = 0;
  calls.refused = 0;
  const skipped: Array<[string | undefined, string]> = [];
  const graph = { listAll } as unknown as GraphClient;
  const a = new OutlookCalendarAdopter(graph, (_p, _t, _o, id) => `opaque-${id}`, (id, reason) => void skipped.push([id, reason]));
  return { a, calls, skipped };
}

describe('OutlookCalendarAdopter', () => {
  it('skips an event it cannot read (and says which, by opaque id) instead of failing the list', async () => {
    const { a, skipped } = adopter(async () => [
      event('good'),
      { ...event('zoned'), start: { dateTime: '2026-12-02T09:00:00', timeZone: 'Pacific Standard Time' } },
      { id: 'no-times', subject: 'x' },
      { subject: 'no id' },
    ]);
    const meetings = await a.upcomingMeetings(ctx, range, 50);
    expect(meetings.map((m) => m.id)).toEqual(['opaque-good']);
    expect(skipped.map(([id]) => id)).toEqual(['opaque-zoned', 'opaque-no-times', undefined]);
  });

  it('shows an event once however often the pages repeat it', async () => {
    const { a } = adopter(async () => Array.from({ length: 20 }, () => event('same')));
    expect(await a.upcomingMeetings(ctx, range, 50)).toHaveLength(1);
  });

  it('after a second refusal voids the grant (one state for /api/me and /api/meetings)', async () => {
    const { a, calls } = adopter(async () => {
      throw new GraphAuthError();
    });
    await expect(a.upcomingMeetings(ctx, range, 50)).rejects.toMatchObject({ code: 'reconnect_required' });
    expect(calls).toEqual({ rejected: 1, refused: 1 });
  });
});

describe('OutlookCalendarAdopter.calendarTimeZone (GET /me/mailboxSettings/timeZone)', () => {
  function zoneAdopter(get: (path: string) => Promise<Record<string, unknown>>) {
    const paths: string[] = [];
    const graph = { get: async (_mailbox: string, path: string) => (paths.push(path), get(path)) } as unknown as GraphClient;
    return { a: new OutlookCalendarAdopter(graph, () => 'id'), paths };
  }

  it.each([
    ['Pacific Standard Time', 'America/Los_Angeles'],
    ['Europe/Berlin', 'Europe/Berlin'],
    ['Atlantis Standard Time', undefined],
  ])('the mailbox says %s: %s', async (value, zone) => {
    const { a, paths } = zoneAdopter(async () => ({ '@odata.context': 'https://graph.microsoft.com/v1.0/$metadata#users(\'o\')/mailboxSettings/timeZone', value }));
    await expect(a.calendarTimeZone(ctx)).resolves.toBe(zone);
    expect(paths).toEqual(['/me/mailboxSettings/timeZone']);
  });

  it('403 (the grant lacks MailboxSettings.Read) is "not known"; an outage is thrown for the caller to keep briefly', async () => {
    await expect(zoneAdopter(async () => Promise.reject(new AppError('forbidden', 'no'))).a.calendarTimeZone(ctx)).resolves.toBeUndefined();
    await expect(zoneAdopter(async () => Promise.reject(new AppError('provider_unavailable', 'down'))).a.calendarTimeZone(ctx)).rejects.toMatchObject({ code: 'provider_unavailable' });
  });

  it('a refused token is retried once with a fresh one, like every Graph call', async () => {
    let first = true;
    const { a } = zoneAdopter(async () => {
      if (first) {
        first = false;
        throw new GraphAuthError();
      }
      return { value: 'Tokyo Standard Time' };
    });
    calls.rejected = 0;
    await expect(a.calendarTimeZone(ctx)).resolves.toBe('Asia/Tokyo');
    expect(calls.rejected).toBe(1);
  });
});
