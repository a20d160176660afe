import { randomBytes } from 'node:crypto';
import { DEMO_TENANT_ID, DEMO_USERS } from '../../src/demo';
import { errorCode, signedInDevice, type Device } from '../helpers/api-client';
import { startApp, type RunningApp } from '../helpers/start-app';

const [dana, jonas, priya, fourth] = DEMO_USERS;
let app: RunningApp;

beforeAll(async () => {
  app = await startApp();
});
afterAll(() => app.stop());

/** Drives the demo authority's consent pages the way a person in the popup would. */
async function consentInPopup(authorizeUrl: string, oid: string): Promise<{ code: string; state: string }> {
  const res = await fetch(authorizeUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ oid, step: 'consent_accept' }),
    redirect: 'manual',
  });
  expect(res.status).toBe(302);
  const back = new URL(res.headers.get('location')!);
  expect(back.origin + back.pathname).toBe(`${app.url}/auth-end.html`);
  return { code: back.searchParams.get('code')!, state: back.searchParams.get('state')! };
}

async function consentRequired(device: Device): Promise<string> {
  const res = await device.send('POST', '/api/connections/outlook-calendar');
  expect(res.status).toBe(409);
  const body = await res.json();
  expect(body.error.code).toBe('consent_required');
  return body.error.url as string;
}

describe('Connect', () => {
  it('connects silently when the user already consented', async () => {
    const device = await signedInDevice(app, dana!.oid);
    expect((await device.send('POST', '/api/connections/outlook-calendar')).status).toBe(200);
    expect((await (await device.get('/api/me')).json()).integrations[0]).toEqual({ provider: 'outlook-calendar', state: 'connected', timeZone: dana!.timeZone });
    expect((await device.get('/api/meetings')).status).toBe(200);
  });

  it('without consent: 409 consent_required with an authorize URL (PKCE, signed state), then completes through the popup', async () => {
    app.demo!.authority.setConsent(DEMO_TENANT_ID, jonas!.oid, false);
    const device = await signedInDevice(app, jonas!.oid);
    expect(await errorCode(await device.get('/api/meetings'))).toBe('not_connected');
    const url = new URL(await consentRequired(device));
    expect(url.pathname).toBe(`/demo/login/${DEMO_TENANT_ID}/oauth2/v2.0/authorize`);
    expect(url.searchParams.get('code_challenge_method')).toBe('S256');
    expect(url.searchParams.get('redirect_uri')).toBe(`${app.url}/auth-end.html`);
    expect(url.searchParams.get('scope')).toContain('offline_access');

    const { code, state } = await consentInPopup(url.toString(), jonas!.oid);
    const done = await device.send('POST', '/api/connections/outlook-calendar/complete', { code, state });
    expect(done.status).toBe(200);
    expect((await device.get('/api/meetings')).status).toBe(200);

    // Single use: the same answer again is refused.
    const again = await device.send('POST', '/api/connections/outlook-calendar/complete', { code, state });
    expect(again.status).toBe(400);
    expect(await errorCode(again)).toBe('bad_request');
  });

  it('refuses a state that was tampered with, or that belongs to another device key', async () => {
    app.demo!.authority.setConsent(DEMO_TENANT_ID, priya!.oid, false);
    const device = await signedInDevice(app, priya!.oid);
    const url = await consentRequired(device);
    const { code, state } = await consentInPopup(url, priya!.oid);
    const [body, sig] = state.split('.');
    const payload = JSON.parse(Buffer.from(body!, 'base64url').toString());
    const forged = `${Buffer.from(JSON.stringify({ ...payload, oid: dana!.oid })).toString('base64url')}.${sig}`;
    expect(await errorCode(await device.send('POST', '/api/connections/outlook-calendar/complete', { code, state: forged }))).toBe('bad_request');

    const otherDevice = await signedInDevice(app, priya!.oid);
    expect(await errorCode(await otherDevice.send('POST', '/api/connections/outlook-calendar/complete', { code, state }))).toBe('bad_request');
    expect(await errorCode(await device.send('POST', '/api/connections/outlook-calendar/complete', { code: 'x', state: 'not-a-state' }))).toBe('bad_request');
    expect(await errorCode(await device.send('POST', '/api/connections/outlook-calendar/complete', { code }))).toBe('bad_request');
  });

  it('refuses the answer when another account signed in to the consent window', async () => {
    app.demo!.authority.setConsent(DEMO_TENANT_ID, priya!.oid, false);
    const device = await signedInDevice(app, priya!.oid);
    const url = await consentRequired(device);
    expect(new URL(url).searchParams.get('scope')).toContain('openid');
    const { code, state } = await consentInPopup(url, dana!.oid);
    const res = await device.send('POST', '/api/connections/outlook-calendar/complete', { code, state });
    expect(res.status).toBe(400);
    expect(await errorCode(res)).toBe('bad_request');
    expect((await (await device.get('/api/me')).json()).integrations[0].state).toBe('not_connected');
  });

  it('when only an admin can consent: 409 admin_consent_required with the tenant admin-consent URL', async () => {
    const strict = await startApp();
    try {
      strict.demo!.authority.requireAdminConsent(DEMO_TENANT_ID, true);
      const device = await signedInDevice(strict, jonas!.oid);
      const res = await device.send('POST', '/api/connections/outlook-calendar');
      expect(res.status).toBe(409);
      const body = await res.json();
      expect(body.error.code).toBe('admin_consent_required');
      const url = new URL(body.error.url);
      expect(url.origin + url.pathname).toBe(`${strict.url}/demo/login/${DEMO_TENANT_ID}/v2.0/adminconsent`);
      expect(url.searchParams.get('client_id')).toBe(strict.config.clientId);
    } finally {
      await strict.stop();
    }
  });

  it('requires the device key to connect', async () => {
    const token = await app.demo!.authority.signUserToken(dana!.oid);
    const res = await fetch(`${app.url}/api/connections/outlook-calendar`, { method: 'POST', headers: { authorization: `Bearer ${token}` } });
    expect(res.status).toBe(400);
    expect(await errorCode(res)).toBe('user_key_missing');
  });

  it('a lost device key: reconnect_required (device_key_changed), nothing opened; reconnecting with the new key works', async () => {
    const first = await signedInDevice(app, dana!.oid);
    expect((await first.send('POST', '/api/connections/outlook-calendar')).status).toBe(200);
    const wiped = await signedInDevice(app, dana!.oid, randomBytes(32).toString('base64url'));
    expect((await (await wiped.get('/api/me')).json()).integrations[0]).toEqual({ provider: 'outlook-calendar', state: 'reconnect_required', reason: 'device_key_changed' });
    const res = await wiped.get('/api/meetings?limit=5');
    expect(res.status).toBe(409);
    expect(await errorCode(res)).toBe('reconnect_required');
    expect((await wiped.send('POST', '/api/connections/outlook-calendar')).status).toBe(200);
    expect((await wiped.get('/api/meetings?limit=5')).status).toBe(200);
  });

  it('DELETE disconnects: the entry is gone', async () => {
    const device = await signedInDevice(app, priya!.oid);
    app.demo!.authority.setConsent(DEMO_TENANT_ID, priya!.oid, true);
    expect((await device.send('POST', '/api/connections/outlook-calendar')).status).toBe(200);
    expect((await device.send('DELETE', '/api/connections/outlook-calendar')).status).toBe(204);
    expect((await (await device.get('/api/me')).json()).integrations[0].state).toBe('not_connected');
    expect(await errorCode(await device.get('/api/meetings'))).toBe('not_connected');
  });

  it('Disconnect sticks: the pane’s own silent connect is refused until the person presses Connect', async () => {
    const device = await signedInDevice(app, fourth!.oid);
    app.demo!.authority.setConsent(DEMO_TENANT_ID, fourth!.oid, true);
    expect((await device.send('POST', '/api/connections/outlook-calendar', { auto: true })).status).toBe(200);
    expect((await device.send('DELETE', '/api/connections/outlook-calendar?scope=all')).status).toBe(204);
    // A reload: the state says why, and the automatic silent connect (on-behalf-of would succeed) is refused.
    expect((await (await device.get('/api/me')).json()).integrations[0]).toEqual({ provider: 'outlook-calendar', state: 'not_connected', reason: 'disconnected' });
    expect(await errorCode(await device.send('POST', '/api/connections/outlook-calendar', { auto: true }))).toBe('not_connected');
    // Another device of the same person is covered by "all your devices" too.
    const laptop = await signedInDevice(app, fourth!.oid);
    expect(await errorCode(await laptop.send('POST', '/api/connections/outlook-calendar', { auto: true }))).toBe('not_connected');
    // Pressing Connect connects and forgets the choice.
    expect((await device.send('POST', '/api/connections/outlook-calendar')).status).toBe(200);
    expect((await (await device.get('/api/me')).json()).integrations[0].state).toBe('connected');
    expect((await laptop.send('POST', '/api/connections/outlook-calendar', { auto: true })).status).toBe(200);
  });

  it('Disconnect this device: only its entry goes, the other device stays connected, and this one is not_connected (not "reconnect")', async () => {
    const phone = await signedInDevice(app, fourth!.oid);
    const laptop = await signedInDevice(app, fourth!.oid);
    app.demo!.authority.setConsent(DEMO_TENANT_ID, fourth!.oid, true);
    expect((await phone.send('POST', '/api/connections/outlook-calendar')).status).toBe(200);
    expect((await laptop.send('POST', '/api/connections/outlook-calendar')).status).toBe(200);
    expect((await phone.send('DELETE', '/api/connections/outlook-calendar?scope=device')).status).toBe(204);
    expect((await (await phone.get('/api/me')).json()).integrations[0]).toEqual({ provider: 'outlook-calendar', state: 'not_connected', reason: 'disconnected' });
    expect(await errorCode(await phone.get('/api/meetings'))).toBe('not_connected');
    expect(await errorCode(await phone.send('POST', '/api/connections/outlook-calendar', { auto: true }))).toBe('not_connected');
    expect((await laptop.get('/api/meetings?limit=5')).status).toBe(200);
    expect((await laptop.send('POST', '/api/connections/outlook-calendar', { auto: true })).status).toBe(200);
    expect(await errorCode(await phone.send('DELETE', '/api/connections/outlook-calendar?scope=nonsense'))).toBe('bad_request');
    expect(await errorCode(await phone.send('POST', '/api/connections/outlook-calendar', { auto: 'yes' }))).toBe('bad_request');
  });

  it('a revoked grant voids the entry on the next refresh: reconnect_required', async () => {
    const isolated = await startApp();
    try {
      isolated.demo!.authority.setAccessTokenLifetime(120);
      const device = await signedInDevice(isolated, jonas!.oid);
      expect((await device.send('POST', '/api/connections/outlook-calendar')).status).toBe(200);
      isolated.demo!.authority.revokeSessions(jonas!.oid);
      const res = await device.get('/api/meetings');
      expect(res.status).toBe(409);
      expect(await errorCode(res)).toBe('reconnect_required');
      expect((await (await device.get('/api/me')).json()).integrations[0]).toMatchObject({ state: 'reconnect_required', reason: 'grant_revoked' });
    } finally {
      await isolated.stop();
    }
  });
});

describe('Token Injector under load', () => {
  // Correctness under concurrency, not speed: a shared, busy machine must not time these out.
  const BUSY_MACHINE_MS = 30_000;

  it('50 simultaneous /api/meetings calls with an access token about to expire: one refresh reaches the authority, all succeed', async () => {
    const isolated = await startApp();
    try {
      isolated.demo!.authority.setAccessTokenLifetime(120); // inside the five-minute refresh margin
      const device = await signedInDevice(isolated, dana!.oid);
      expect((await device.send('POST', '/api/connections/outlook-calendar')).status).toBe(200);
      isolated.demo!.authority.setAccessTokenLifetime(3600); // the refreshed token is fresh again
      isolated.demo!.authority.resetCounters();
      // Distinct queries, so each call misses the cache and asks the injector.
      const results = await Promise.all(Array.from({ length: 50 }, (_, i) => device.get(`/api/meetings?limit=${i + 1}`)));
      expect(results.map((r) => r.status)).toEqual(Array(50).fill(200));
      expect(isolated.demo!.authority.tokenRequests.refresh_token).toBe(1);
    } finally {
      await isolated.stop();
    }
  }, BUSY_MACHINE_MS);

  it('two app instances on one SQLite file refreshing the same entry keep the newest refresh token and keep working', async () => {
    const secret = randomBytes(32).toString('base64url');
    let offset = 0;
    const clock = () => Date.now() + offset;
    const a = await startApp({ AZURE_CLIENT_SECRET: secret }, { now: clock });
    const b = await startApp(
      {
        AZURE_CLIENT_SECRET: secret,
        DATA_DIR: a.dataDir,
        AZURE_AUTHORITY_HOST: `${a.url}/demo/login`,
        GRAPH_BASE_URL: `${a.url}/demo/graph/v1.0`,
        API_AUDIENCE: a.config.apiAudiences.join(','),
      },
      { now: clock },
    );
    try {
      const onA = await signedInDevice(a, dana!.oid);
      const onB = { ...onA, get: (path: string) => fetch(b.url + path, { headers: onA.headers }) };
      expect((await onA.send('POST', '/api/connections/outlook-calendar')).status).toBe(200);
      a.demo!.authority.resetCounters();
      for (let round = 1; round <= 3; round++) {
        offset += 2 * 3600_000; // both servers now see the stored access token as expired
        const calls = await Promise.all([
          onA.get(`/api/meetings?limit=${10 + round}`),
          onB.get(`/api/meetings?limit=${20 + round}`),
          onA.get(`/api/meetings?limit=${30 + round}`),
          onB.get(`/api/meetings?limit=${40 + round}`),
        ]);
        expect(calls.map((r) => r.status)).toEqual([200, 200, 200, 200]);
        // One refresh per round across both servers; a reused (older) refresh token would have been refused.
        expect(a.demo!.authority.tokenRequests.refresh_token).toBe(round);
      }
      expect((await (await onB.get('/api/me')).json()).integrations[0].state).toBe('connected');
      expect((await (await onA.get('/api/me')).json()).integrations[0].state).toBe('connected');
    } finally {
      await b.stop();
      await a.stop();
    }
  }, BUSY_MACHINE_MS);
});
