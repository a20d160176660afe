import { createCalendarClient, GoogleAuthError } from '../../../../src/server/providers/google-calendar/calendar-client';

type Answer = { status: number; body: unknown };
const range = { timeMin: '2026-12-01T00:00:00.000Z', timeMax: '2026-12-08T00:00:00.000Z', limit: 500 };
const rateLimited = (reason: string): Answer => ({ status: 403, body: { error: { code: 403, message: 'Rate Limit Exceeded', errors: [{ domain: 'usageLimits', reason, message: 'x' }] } } });

function client(answers: Answer[], options: { maxPages?: number } = {}) {
  const urls: URL[] = [];
  const sleeps: number[] = [];
  const fetch = (async (input: RequestInfo | URL) => {
    urls.push(new URL(String(input)));
    const next = answers.shift();
    if (!next) throw new Error('no more answers');
    return new Response(JSON.stringify(next.body), { status: next.status, headers: { 'content-type': 'application/json' } });
  }) as typeof globalThis.fetch;
  const calendar = createCalendarClient({ baseUrl: 'https://calendar.example/v3', fetch, sleep: async (ms) => void sleeps.push(ms), random: () => 1, ...options });
  return { calendar, urls, sleeps };
}

describe('Google Calendar client', () => {
  it('asks events.list on primary with the mapped fields, expanded and ordered, and follows nextPageToken', async () => {
    const { calendar, urls } = client([
      { status: 200, body: { items: [{ id: 'a' }], nextPageToken: 'p2' } },
      { status: 200, body: { items: [{ id: 'b' }] } },
    ]);
    const events = await calendar.listEvents(range, 'tok');
    expect(events.map((e) => e.id)).toEqual(['a', 'b']);
    expect(urls[0]!.pathname).toBe('/v3/calendars/primary/events');
    expect(Object.fromEntries(urls[0]!.searchParams)).toMatchObject({ timeMin: range.timeMin, timeMax: range.timeMax, singleEvents: 'true', orderBy: 'startTime', maxResults: '250' });
    expect(urls[0]!.searchParams.get('fields')).toMatch(/^nextPageToken,items\(id,status,summary/);
    expect(urls[0]!.searchParams.has('pageToken')).toBe(false);
    expect(urls[1]!.searchParams.get('pageToken')).toBe('p2');
  });

  it('stops at the page bound and at the limit', async () => {
    const page = (n: number): Answer => ({ status: 200, body: { items: [{ id: `e${n}` }, { id: `f${n}` }], nextPageToken: `p${n + 1}` } });
    const bounded = client([page(1), page(2), page(3), page(4)], { maxPages: 3 });
    expect(await bounded.calendar.listEvents(range, 't')).toHaveLength(6);
    expect(bounded.urls).toHaveLength(3);
    const limited = client([page(1), page(2)]);
    expect(await limited.calendar.listEvents({ ...range, limit: 3 }, 't')).toHaveLength(3);
    expect(limited.urls[0]!.searchParams.get('maxResults')).toBe('3');
  });

  it('backs off with jitter on 403 rateLimitExceeded / userRateLimitExceeded, 429 and 5xx, a bounded number of times', async () => {
    const ok: Answer = { status: 200, body: { items: [] } };
    const { calendar, sleeps } = client([rateLimited('rateLimitExceeded'), rateLimited('userRateLimitExceeded'), { status: 503, body: {} }, ok]);
    await expect(calendar.listEvents(range, 't')).resolves.toEqual([]);
    expect(sleeps).toEqual([500, 1000, 2000]);

    const throttled = client([{ status: 429, body: {} }, { status: 429, body: {} }, { status: 429, body: {} }, { status: 429, body: {} }]);
    await expect(throttled.calendar.listEvents(range, 't')).rejects.toMatchObject({ code: 'rate_limited' });
    expect(throttled.urls).toHaveLength(4);
    const down = client(Array.from({ length: 4 }, () => ({ status: 500, body: {} })));
    await expect(down.calendar.listEvents(range, 't')).rejects.toMatchObject({ code: 'provider_unavailable', status: 503 });
  });

  it('a 403 that is not a rate limit is forbidden at once; 401 is the token', async () => {
    const denied = client([{ status: 403, body: { error: { code: 403, errors: [{ reason: 'forbidden' }] } } }]);
    await expect(denied.calendar.listEvents(range, 't')).rejects.toMatchObject({ code: 'forbidden' });
    expect(denied.urls).toHaveLength(1);
    await expect(client([{ status: 401, body: {} }]).calendar.listEvents(range, 't')).rejects.toBeInstanceOf(GoogleAuthError);
  });

  it('410 on a stale page token starts the listing over once, then gives up', async () => {
    const restarted = client([
      { status: 200, body: { items: [{ id: 'a' }], nextPageToken: 'old' } },
      { status: 410, body: { error: { code: 410, errors: [{ reason: 'fullSyncRequired' }] } } },
      { status: 200, body: { items: [{ id: 'a2' }] } },
    ]);
    expect((await restarted.calendar.listEvents(range, 't')).map((e) => e.id)).toEqual(['a2']);
    const gone = client([{ status: 410, body: {} }, { status: 410, body: {} }]);
    await expect(gone.calendar.listEvents(range, 't')).rejects.toMatchObject({ code: 'provider_unavailable' });
  });
});
