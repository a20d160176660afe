import { DEMO_GOOGLE_ACCOUNTS, DEMO_USERS } from '../../src/demo';
import { parseQuery } from '../../src/server/search/query/parse-query';
import type { SearchResponse } from '../../src/shared/api';
import { signedInDevice, type Device } from '../helpers/api-client';
import { googleConsent } from '../helpers/google-consent';
import { startApp, type RunningApp } from '../helpers/start-app';

/**
 * GET /api/search over both demo providers at once, through the real HTTP API on the test clock.
 * Expectations come from the two seeds (laid out relative to the run's instant) and the parser's
 * own range, so they hold at every test instant.
 */
const [dana] = DEMO_USERS;
const [danaGoogle] = DEMO_GOOGLE_ACCOUNTS;
let app: RunningApp;
let device: Device;

beforeAll(async () => {
  app = await startApp();
  device = await signedInDevice(app, dana!.oid);
  expect((await device.send('POST', '/api/connections/outlook-calendar')).status).toBe(200);
  const { code, state } = await googleConsent(app, device, danaGoogle!.sub);
  expect((await device.send('POST', '/api/connections/google-calendar/complete', { code, state })).status).toBe(200);
});
afterAll(() => app.stop());

const google = () => app.demo!.google!.calendar;
const outlook = () => app.demo!.calendar;

async function search(q: string, params: Record<string, string> = {}): Promise<{ body: SearchResponse; outlookCalls: number; googleCalls: number }> {
  const o = outlook().requestCount;
  const g = google().requests.length;
  const res = await device.get(`/api/search?${new URLSearchParams({ q, tz: dana!.timeZone, ...params }).toString()}`);
  expect(res.status).toBe(200);
  return { body: (await res.json()) as SearchResponse, outlookCalls: outlook().requestCount - o, googleCalls: google().requests.length - g };
}

/** Both seeds' events overlapping the range the query names (Google's cancelled instances and series masters left out, as events.list does). */
function seededIn(q: string, tz = dana!.timeZone, locale = 'en') {
  const parsed = parseQuery(q, { now: app.clock(), timeZone: tz, locale });
  const from = Date.parse(parsed.from!);
  const to = Date.parse(parsed.to!);
  const overlaps = (e: { startMs: number; endMs: number }) => e.startMs < to && e.endMs > from;
  return {
    parsed,
    outlook: outlook().stored(dana!.oid).filter(overlaps),
    google: google().events(danaGoogle!).filter((e) => overlaps(e) && !e.master && e.event.status !== 'cancelled'),
  };
}

const titles = (body: SearchResponse, provider: string) => body.results.filter((m) => m.provider === provider).map((m) => m.title).sort();
const BOTH_OK = [{ id: 'outlook-calendar', status: 'ok' }, { id: 'google-calendar', status: 'ok' }];

describe('GET /api/search over Outlook and Google', () => {
  it('"zoom tomorrow": Zoom meetings of tomorrow from both calendars, one call to each', async () => {
    const seeded = seededIn('zoom tomorrow');
    const { body, outlookCalls, googleCalls } = await search('zoom tomorrow');
    expect(body.providers).toEqual(BOTH_OK);
    expect([outlookCalls, googleCalls]).toEqual([1, 1]);
    expect(body.results.every((m) => m.join?.service.id === 'zoom')).toBe(true);
    const zoom = /zoom\.us/;
    expect(titles(body, 'outlook-calendar')).toEqual([...new Set(seeded.outlook.filter((e) => zoom.test(JSON.stringify(e.event.body) + e.event.location.displayName)).map((e) => e.event.subject))].sort());
    expect(titles(body, 'google-calendar')).toEqual(seeded.google.filter((e) => zoom.test(`${e.event.description ?? ''} ${e.event.location ?? ''}`)).map((e) => e.event.summary).sort());
  });

  it('"with Priya next week": the meetings next week that Priya organizes or attends', async () => {
    const seeded = seededIn('next week');
    const { body } = await search('with Priya next week');
    expect(body.query.people).toEqual(['Priya']);
    expect(body.providers).toEqual(BOTH_OK);
    const withPriya = seeded.outlook.filter((e) => [e.event.organizer.emailAddress.name, ...e.event.attendees.map((a) => a.emailAddress.name)].some((n) => /^Priya\b/.test(n)));
    expect(withPriya.map((e) => e.event.subject)).toContain('1:1 with Priya');
    expect(titles(body, 'outlook-calendar')).toEqual(withPriya.map((e) => e.event.subject).sort());
    expect(titles(body, 'google-calendar')).toEqual([]);
  });

  it('"1:1 yesterday": the past is searched too, in both calendars', async () => {
    const { parsed } = seededIn('1:1 yesterday');
    const { body } = await search('1:1 yesterday');
    expect(body.query).toMatchObject({ text: '1:1', from: parsed.from, to: parsed.to });
    expect(titles(body, 'outlook-calendar')).toEqual(['1:1 with Priya']);
    expect(titles(body, 'google-calendar')).toEqual(['1:1 with Ana']);
    for (const m of body.results) expect(Date.parse(m.end)).toBeLessThanOrEqual(Date.parse(parsed.to!));
  });

  it('"design review": dateless, one Search API call and one events.list; upcoming before the recent past', async () => {
    const { body, outlookCalls, googleCalls } = await search('design review');
    expect(body.query).toEqual({ text: 'design review', people: [], services: [] });
    expect(body.providers).toEqual(BOTH_OK);
    expect([outlookCalls, googleCalls]).toEqual([1, 1]);
    const shown = body.results.map((m) => m.title);
    expect(shown[0]).toBe('Design review: task pane');
    expect(shown).toContain('Design review: onboarding emails');
  });

  it('"morgen" with locale=de: tomorrow as Berlin reads it, from both calendars', async () => {
    const seeded = seededIn('morgen', 'Europe/Berlin', 'de');
    const { body } = await search('morgen', { tz: 'Europe/Berlin', locale: 'de' });
    expect(body.query.from).toBe(seeded.parsed.from);
    expect(body.providers).toEqual(BOTH_OK);
    expect(body.results.filter((m) => m.provider === 'outlook-calendar').length).toBe(seeded.outlook.length);
    expect(titles(body, 'google-calendar')).toEqual(seeded.google.map((e) => e.event.summary).sort());
  });

  it('Google down: Google is an error, Outlook still answers', async () => {
    google().down = true;
    try {
      const { body } = await search('sprint review');
      expect(body.providers).toEqual([{ id: 'outlook-calendar', status: 'ok' }, { id: 'google-calendar', status: 'error' }]);
      expect(titles(body, 'outlook-calendar')).toContain('Sprint review');
    } finally {
      google().down = false;
    }
  });

  it('Outlook down: Outlook is an error, Google still answers', async () => {
    outlook().failNext(503, 60, 10);
    try {
      const { body } = await search('roadmap');
      expect(body.providers).toEqual([{ id: 'outlook-calendar', status: 'error' }, { id: 'google-calendar', status: 'ok' }]);
      expect(titles(body, 'google-calendar')).toContain('Roadmap sync with Ana');
    } finally {
      while (outlook().takeFailure()) {
        // drain what the retries left
      }
    }
  });
});
