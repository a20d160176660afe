import express from 'express';
import { decodeJwt } from 'jose';
import request from 'supertest';
import { createGoogleDemo } from '../../../src/demo/google';
import { DEMO_GOOGLE_ACCOUNTS } from '../../../src/demo/google/accounts';
import { pkce, testClock } from '../helpers';

const CLIENT = 'test-client.apps.googleusercontent.com';
const SECRET = 'GOCSPX-test';
const REDIRECT = 'http://localhost:3000/auth-end.html';
const EVENTS_SCOPE = 'https://www.googleapis.com/auth/calendar.events.readonly';
const account = DEMO_GOOGLE_ACCOUNTS[0]!;

function setup() {
  // Tuesday 1 December 2026, 10:02 UTC.
  const clock = testClock(Date.UTC(2026, 11, 1, 10, 2));
  const google = createGoogleDemo({ clientId: CLIENT, clientSecret: SECRET, redirectUris: [REDIRECT], now: clock.now });
  const app = express();
  app.use('/g', google.router);
  return { app, google, clock };
}

async function authorize(app: express.Express, over: Record<string, string> = {}, granted = [EVENTS_SCOPE]) {
  const { verifier, challenge } = pkce();
  const params = {
    client_id: CLIENT, redirect_uri: REDIRECT, response_type: 'code', scope: `openid email ${EVENTS_SCOPE}`, state: 's1',
    code_challenge: challenge, code_challenge_method: 'S256', access_type: 'offline', prompt: 'consent', authuser: account.sub, ...over,
  };
  const form = new URLSearchParams({ ...params, decision: 'allow' });
  for (const g of granted) form.append('granted', g);
  const res = await request(app).post('/g/o/oauth2/v2/auth/approve').type('form').send(form.toString());
  const back = new URL(res.headers.location!);
  return { code: back.searchParams.get('code')!, back, verifier };
}

const redeem = (app: express.Express, code: string, verifier: string, secret = SECRET) =>
  request(app).post('/g/token').type('form').send({ grant_type: 'authorization_code', code, code_verifier: verifier, redirect_uri: REDIRECT, client_id: CLIENT, client_secret: secret });

describe('demo Google OAuth', () => {
  it('shows the account chooser, then the consent screen with the calendar scope to tick', async () => {
    const { app } = setup();
    const base = { client_id: CLIENT, redirect_uri: REDIRECT, response_type: 'code', scope: `openid email ${EVENTS_SCOPE}` };
    const chooser = await request(app).get('/g/o/oauth2/v2/auth').query(base);
    expect(chooser.status).toBe(200);
    for (const a of DEMO_GOOGLE_ACCOUNTS) expect(chooser.text).toContain(a.email);
    const consent = await request(app).get('/g/o/oauth2/v2/auth').query({ ...base, authuser: account.sub });
    expect(consent.text).toContain('View events on all your calendars');
    expect((await request(app).get('/g/o/oauth2/v2/auth').query({ ...base, client_id: 'other' })).status).toBe(401);
    expect((await request(app).get('/g/o/oauth2/v2/auth').query({ ...base, redirect_uri: 'https://evil.example/cb' })).status).toBe(400);
  });

  it('redeems a code once with PKCE and the secret: access, refresh and id token (iss, aud, email_verified)', async () => {
    const { app, clock } = setup();
    const { code, back } = await authorize(app);
    expect(back.searchParams.get('state')).toBe('s1');
    expect((await redeem(app, code, 'wrong-verifier')).body).toEqual({ error: 'invalid_grant', error_description: 'Invalid code verifier.' });
    const again = await authorize(app);
    expect((await redeem(app, again.code, again.verifier, 'bad')).status).toBe(401);
    const third = await authorize(app);
    const res = await redeem(app, third.code, third.verifier);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ token_type: 'Bearer', expires_in: 3599, scope: `openid email ${EVENTS_SCOPE}` });
    expect(res.body.refresh_token).toMatch(/^1\/\/0/);
    const claims = decodeJwt(res.body.id_token);
    expect(claims).toMatchObject({ iss: 'https://accounts.google.com', aud: CLIENT, sub: account.sub, email: account.email, email_verified: true });
    expect(claims.exp).toBe(Math.floor(clock.now() / 1000) + 3600);
    expect((await redeem(app, third.code, third.verifier)).body.error).toBe('invalid_grant'); // single use
    void code;
  });

  it('refreshes without rotating; a revoked grant answers invalid_grant; revoke of an unknown token is invalid_token', async () => {
    const { app, google } = setup();
    const { code, verifier } = await authorize(app);
    const { refresh_token: refreshToken } = (await redeem(app, code, verifier)).body;
    const refresh = () => request(app).post('/g/token').type('form').send({ grant_type: 'refresh_token', refresh_token: refreshToken, client_id: CLIENT, client_secret: SECRET });
    const fresh = await refresh();
    expect(fresh.status).toBe(200);
    expect(fresh.body.refresh_token).toBeUndefined();
    expect((await request(app).post('/g/revoke').type('form').send({ token: refreshToken })).status).toBe(200);
    expect(google.oauth.counts.revocations).toBe(1);
    expect((await refresh()).body).toEqual({ error: 'invalid_grant', error_description: 'Token has been expired or revoked.' });
    expect((await request(app).post('/g/revoke').type('form').send({ token: refreshToken })).body.error).toBe('invalid_token');
  });

  it('without prompt=consent a second grant brings no new refresh token, as Google does', async () => {
    const { app } = setup();
    const first = await authorize(app, { prompt: 'select_account' });
    expect((await redeem(app, first.code, first.verifier)).body.refresh_token).toBeDefined();
    const second = await authorize(app, { prompt: 'select_account' });
    expect((await redeem(app, second.code, second.verifier)).body.refresh_token).toBeUndefined();
  });
});

describe('demo Google Calendar events.list', () => {
  async function token(app: express.Express, granted = [EVENTS_SCOPE]) {
    const { code, verifier } = await authorize(app, {}, granted);
    return (await redeem(app, code, verifier)).body.access_token as string;
  }
  const list = (app: express.Express, bearer: string, query: Record<string, string>) =>
    request(app).get('/g/calendar/v3/calendars/primary/events').set('authorization', `Bearer ${bearer}`).query(query);
  const week = { timeMin: '2026-12-01T00:00:00Z', timeMax: '2026-12-08T00:00:00Z' };

  it('expands the series with singleEvents, orders by start, hides cancelled instances unless showDeleted, and pages', async () => {
    const { app } = setup();
    const bearer = await token(app);
    const all = await list(app, bearer, { ...week, singleEvents: 'true', orderBy: 'startTime' });
    expect(all.status).toBe(200);
    expect(all.body.kind).toBe('calendar#events');
    const items = all.body.items as Array<{ id: string; summary: string; status: string; start: { dateTime?: string; date?: string }; recurringEventId?: string }>;
    const focus = items.filter((e) => e.summary === 'Focus time');
    expect(focus.length).toBeGreaterThanOrEqual(3);
    expect(focus.every((e) => e.recurringEventId)).toBe(true);
    expect(items.some((e) => e.status === 'cancelled')).toBe(false);
    expect(items.some((e) => e.start.date)).toBe(true); // the all-day conference
    const deleted = await list(app, bearer, { ...week, singleEvents: 'true', showDeleted: 'true' });
    expect(deleted.body.items.some((e: { status: string }) => e.status === 'cancelled')).toBe(true);
    const masters = await list(app, bearer, week);
    expect(masters.body.items.filter((e: { summary: string }) => e.summary === 'Focus time')).toHaveLength(1);
    expect(masters.body.items.find((e: { summary: string }) => e.summary === 'Focus time').recurrence[0]).toMatch(/^RRULE:/);

    const first = await list(app, bearer, { ...week, singleEvents: 'true', orderBy: 'startTime', maxResults: '3' });
    expect(first.body.items).toHaveLength(3);
    const second = await list(app, bearer, { ...week, singleEvents: 'true', orderBy: 'startTime', maxResults: '3', pageToken: first.body.nextPageToken });
    expect(second.body.items.map((e: { id: string }) => e.id)).toEqual(items.slice(3, 6).map((e) => e.id));
  });

  it('answers the calendar’s timeZone beside the events, and only what `fields` names at the top level (partial response)', async () => {
    const { app } = setup();
    const bearer = await token(app);
    const zone = await list(app, bearer, { maxResults: '1', fields: 'timeZone' });
    expect(zone.status).toBe(200);
    expect(zone.body).toEqual({ timeZone: expect.stringMatching(/^[A-Z][a-z]+\/[A-Za-z_]+$/) });
    const page = await list(app, bearer, { ...week, singleEvents: 'true', orderBy: 'startTime', maxResults: '3', fields: 'nextPageToken,items(id,start/dateTime)' });
    expect(Object.keys(page.body).sort()).toEqual(['items', 'nextPageToken']);
  });

  it('answers Google’s error JSON: 401, 403 scope and rate limits, 400 ordering, 410 stale page token, 503', async () => {
    const { app, google } = setup();
    const bearer = await token(app);
    const unauthorized = await list(app, 'nope', week);
    expect(unauthorized.status).toBe(401);
    expect(unauthorized.body.error).toMatchObject({ code: 401, message: 'Invalid Credentials', errors: [{ reason: 'authError' }] });
    const narrow = await token(app, []);
    expect((await list(app, narrow, week)).body.error.errors[0].reason).toBe('insufficientPermissions');
    expect((await list(app, bearer, { ...week, orderBy: 'startTime' })).status).toBe(400);
    expect((await list(app, bearer, { timeMin: week.timeMax, timeMax: week.timeMin })).body.error.errors[0].reason).toBe('timeRangeEmpty');

    const page = await list(app, bearer, { ...week, singleEvents: 'true', maxResults: '2' });
    google.calendar.generation += 1;
    const stale = await list(app, bearer, { ...week, singleEvents: 'true', maxResults: '2', pageToken: page.body.nextPageToken });
    expect(stale.status).toBe(410);

    google.calendar.failNext({ status: 403, reason: 'rateLimitExceeded' });
    const limited = await list(app, bearer, week);
    expect(limited.status).toBe(403);
    expect(limited.body.error.errors[0]).toMatchObject({ domain: 'usageLimits', reason: 'rateLimitExceeded' });
    google.calendar.down = true;
    expect((await list(app, bearer, week)).status).toBe(503);
  });
});
