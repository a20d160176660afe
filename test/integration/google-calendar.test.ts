import { DEMO_GOOGLE_ACCOUNTS, DEMO_USERS } from '../../src/demo';
import { errorCode, signedInDevice, type Device } from '../helpers/api-client';
import { googleConsent } from '../helpers/google-consent';
import { startApp, type RunningApp } from '../helpers/start-app';

const [dana, jonas, priya] = DEMO_USERS;
const [danaGoogle, jonasGoogle, priyaGoogle] = DEMO_GOOGLE_ACCOUNTS;
let app: RunningApp;

beforeAll(async () => {
  app = await startApp();
});
afterAll(() => app.stop());

interface Listed {
  meetings: Array<{ id: string; title: string; start: string; provider: string; isAllDay: boolean; status: string; join?: { service: { id: string }; url: string; meetingId?: string; dialIn?: Array<{ number: string; pin?: string }> } }>;
  providers: Array<{ id: string; status: string }>;
}

async function connectGoogle(device: Device, sub: string) {
  const { code, state } = await googleConsent(app, device, sub);
  const done = await device.send('POST', '/api/connections/google-calendar/complete', { code, state });
  expect(done.status).toBe(200);
}

describe('Google Calendar through the demo Google', () => {
  it('search federates over both calendars: Google asked with q over the dateless window, its meetings ranked beside Outlook’s', async () => {
    const device = await signedInDevice(app, priya!.oid);
    expect((await device.send('POST', '/api/connections/outlook-calendar')).status).toBe(200);
    await connectGoogle(device, priyaGoogle!.sub);
    const res = await device.get('/api/search?q=roadmap');
    expect(res.status).toBe(200);
    const body = (await res.json()) as Listed & { results: Listed['meetings'] };
    expect(body.providers).toEqual([{ id: 'outlook-calendar', status: 'ok' }, { id: 'google-calendar', status: 'ok' }]);
    const fromGoogle = body.results.filter((m) => m.provider === 'google-calendar');
    expect(fromGoogle.map((m) => m.title)).toContain('Roadmap sync with Ana');
    expect(fromGoogle.every((m) => /roadmap/i.test(m.title))).toBe(true);
    // A person named only by an attendee's name: Google's q matches attendees too.
    const withAna = (await (await device.get('/api/search?q=with%20Ana%20Lima')).json()) as { results: Listed['meetings']; query: { people: string[] } };
    expect(withAna.query.people).toEqual(['Ana Lima']);
    expect(withAna.results.some((m) => m.provider === 'google-calendar' && m.title === 'Roadmap sync with Ana')).toBe(true);
  });

  it('connect asks for consent: code + PKCE, offline access, the events scope, our client and auth-end', async () => {
    const device = await signedInDevice(app, priya!.oid);
    const { authorizeUrl: url } = await googleConsent(app, device, priyaGoogle!.sub);
    expect(url.pathname).toBe('/demo/google/o/oauth2/v2/auth');
    expect(url.searchParams.get('client_id')).toBe(app.config.google!.clientId);
    expect(url.searchParams.get('redirect_uri')).toBe(`${app.url}/auth-end.html`);
    expect(url.searchParams.get('code_challenge_method')).toBe('S256');
    expect(url.searchParams.get('access_type')).toBe('offline');
    expect(url.searchParams.get('include_granted_scopes')).toBe('true');
    expect(url.searchParams.get('prompt')).toBe('consent');
    expect(url.searchParams.get('scope')!.split(' ')).toEqual(['openid', 'email', 'https://www.googleapis.com/auth/calendar.events.readonly']);
  });

  it('connects both calendars and lists one merged week in start order, each provider ok, Meet joinable with dial-in', async () => {
    const device = await signedInDevice(app, dana!.oid);
    expect((await device.send('POST', '/api/connections/outlook-calendar')).status).toBe(200);
    await connectGoogle(device, danaGoogle!.sub);
    const me = await (await device.get('/api/me')).json();
    expect(me.integrations).toEqual([
      { provider: 'outlook-calendar', state: 'connected', timeZone: dana!.timeZone },
      { provider: 'google-calendar', state: 'connected', account: danaGoogle!.email, timeZone: danaGoogle!.person.timeZone },
    ]);
    const body = (await (await device.get('/api/meetings')).json()) as Listed;
    expect(body.providers).toEqual([{ id: 'outlook-calendar', status: 'ok' }, { id: 'google-calendar', status: 'ok' }]);
    const starts = body.meetings.map((m) => m.start);
    expect([...starts].sort()).toEqual(starts);
    const fromGoogle = body.meetings.filter((m) => m.provider === 'google-calendar');
    expect(body.meetings.some((m) => m.provider === 'outlook-calendar')).toBe(true);
    const roadmap = fromGoogle.find((m) => m.title === 'Roadmap sync with Ana')!;
    expect(roadmap.join).toMatchObject({ service: { id: 'google-meet' }, url: expect.stringMatching(/^https:\/\/meet\.google\.com\/[a-z]{3}-[a-z]{4}-[a-z]{3}$/) });
    expect(roadmap.join!.dialIn).toEqual([{ number: '+1 650-555-0142', label: 'US', pin: '318604527#' }]);
    expect(fromGoogle.find((m) => m.title === 'Customer call: Northwind')?.join?.service.id).toBe('zoom');
    expect(fromGoogle.find((m) => m.title === 'Book club')?.status).toBe('declined');
    const focus = fromGoogle.filter((m) => m.title === 'Focus time');
    expect(focus.length).toBeGreaterThanOrEqual(2); // the series, expanded; the cancelled instance is not listed
    expect(new Set(focus.map((m) => m.id)).size).toBe(focus.length);
    for (const m of fromGoogle) expect(m.id).toMatch(/^[A-Za-z0-9_-]{43}$/);
  });

  it('one provider down: Outlook still answers, Google reports error; Google alone down is a 503', async () => {
    const device = await signedInDevice(app, jonas!.oid);
    expect((await device.send('POST', '/api/connections/outlook-calendar')).status).toBe(200);
    await connectGoogle(device, jonasGoogle!.sub);
    app.demo!.google!.calendar.down = true;
    try {
      const res = await device.get('/api/meetings?limit=77');
      expect(res.status).toBe(200);
      const body = (await res.json()) as Listed;
      expect(body.providers).toEqual([{ id: 'outlook-calendar', status: 'ok' }, { id: 'google-calendar', status: 'error' }]);
      expect(body.meetings.every((m) => m.provider === 'outlook-calendar')).toBe(true);
      expect(body.meetings.length).toBeGreaterThan(0);

      expect((await device.send('DELETE', '/api/connections/outlook-calendar')).status).toBe(204);
      const alone = await device.get('/api/meetings?limit=78');
      expect(alone.status).toBe(503);
      expect(await errorCode(alone)).toBe('provider_unavailable');
    } finally {
      app.demo!.google!.calendar.down = false;
    }
  });

  it('a revoked grant (invalid_grant on refresh) voids the entry: reconnect_required with the reason', async () => {
    const device = await signedInDevice(app, priya!.oid);
    app.demo!.google!.oauth.accessTokenSeconds = 60; // inside the refresh margin: the next list refreshes
    try {
      await connectGoogle(device, priyaGoogle!.sub);
    } finally {
      app.demo!.google!.oauth.accessTokenSeconds = 3599;
    }
    app.demo!.google!.oauth.revokeAccount(priyaGoogle!.sub);
    const res = await device.get('/api/meetings');
    expect(res.status).toBe(409);
    expect(await errorCode(res)).toBe('reconnect_required');
    const me = await (await device.get('/api/me')).json();
    expect(me.integrations[1]).toEqual({ provider: 'google-calendar', state: 'reconnect_required', reason: 'grant_revoked' });
  });

  it('refuses a Google answer handed to another integration, and a code Google does not know', async () => {
    const device = await signedInDevice(app, priya!.oid);
    const { code, state } = await googleConsent(app, device, priyaGoogle!.sub);
    expect(await errorCode(await device.send('POST', '/api/connections/outlook-calendar/complete', { code, state }))).toBe('bad_request');
    const fresh = await googleConsent(app, device, priyaGoogle!.sub);
    const wrong = await device.send('POST', '/api/connections/google-calendar/complete', { code: '4/0Anot-a-code', state: fresh.state });
    expect(wrong.status).toBe(400);
    expect(await errorCode(wrong)).toBe('bad_request');
  });

  it('refuses an answer without the calendar scope (unticked on the consent screen)', async () => {
    const device = await signedInDevice(app, priya!.oid);
    const { code, state } = await googleConsent(app, device, priyaGoogle!.sub, { untickCalendar: true });
    const res = await device.send('POST', '/api/connections/google-calendar/complete', { code, state });
    expect(res.status).toBe(400);
    expect(await errorCode(res)).toBe('bad_request');
  });

  it('disconnect revokes the grant at Google and deletes the entry', async () => {
    const device = await signedInDevice(app, jonas!.oid);
    await connectGoogle(device, jonasGoogle!.sub);
    const google = app.demo!.google!.oauth;
    const before = google.counts.revocations;
    expect(google.liveGrants(jonasGoogle!.sub)).toBeGreaterThan(0);
    const res = await device.send('DELETE', '/api/connections/google-calendar');
    expect(res.status).toBe(204);
    expect(google.counts.revocations).toBe(before + 1);
    expect(google.liveGrants(jonasGoogle!.sub)).toBe(0);
    const me = await (await device.get('/api/me')).json();
    expect(me.integrations[1]).toEqual({ provider: 'google-calendar', state: 'not_connected', reason: 'disconnected' });
  });

  it('disconnect from a device without the key cannot revoke: reported, and the entries still go', async () => {
    const device = await signedInDevice(app, priya!.oid);
    await connectGoogle(device, priyaGoogle!.sub);
    const other = await signedInDevice(app, priya!.oid); // another device: its key opens nothing
    const res = await other.send('DELETE', '/api/connections/google-calendar');
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ provider: 'google-calendar', state: 'not_connected', revoke: 'not_possible' });
    expect((await (await device.get('/api/me')).json()).integrations[1].state).toBe('not_connected');
  });

  it('disconnecting what is not connected is a plain 204', async () => {
    const device = await signedInDevice(app, priya!.oid);
    expect((await device.send('DELETE', '/api/connections/google-calendar')).status).toBe(204);
  });

  it('a failed revoke is reported, and the local entry still goes', async () => {
    const device = await signedInDevice(app, dana!.oid);
    await connectGoogle(device, danaGoogle!.sub);
    app.demo!.google!.oauth.revokeAccount(danaGoogle!.sub); // already gone upstream: Google answers invalid_token
    const res = await device.send('DELETE', '/api/connections/google-calendar');
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ provider: 'google-calendar', state: 'not_connected', revoke: 'failed' });
    expect((await (await device.get('/api/me')).json()).integrations[1].state).toBe('not_connected');
  });
});
