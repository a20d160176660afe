import { request, type IncomingHttpHeaders } from 'node:http';
import { gunzipSync } from 'node:zlib';
import { DEMO_USERS } from '../../src/demo';
import { errorCode, signedInDevice, type Device } from '../helpers/api-client';
import { startApp, type RunningApp } from '../helpers/start-app';

const [dana, jonas] = DEMO_USERS;
let app: RunningApp;

beforeAll(async () => {
  app = await startApp();
});
afterAll(() => app.stop());

async function connectedDevice(oid: string): Promise<Device> {
  const device = await signedInDevice(app, oid);
  const res = await device.send('POST', '/api/connections/outlook-calendar');
  expect(res.status).toBe(200);
  return device;
}

/** The body as sent, still encoded (fetch would decode it). */
function rawGet(device: Device, path: string, extra: Record<string, string>): Promise<{ headers: IncomingHttpHeaders; body: Buffer }> {
  return new Promise((resolve, reject) => {
    const req = request(`${app.url}${path}`, { headers: { ...device.headers, ...extra } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('health', () => {
  it('answers liveness, readiness and metrics without a user', async () => {
    expect((await fetch(`${app.url}/healthz`)).status).toBe(200);
    const ready = await fetch(`${app.url}/readyz`);
    expect(await ready.json()).toMatchObject({ status: 'ready', checks: { database: 'ok' } });
    const metrics = await (await fetch(`${app.url}/metrics`)).text();
    expect(metrics).toContain('upnext_http_requests_total');
  });

  it('sets security headers', async () => {
    const res = await fetch(`${app.url}/healthz`);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('referrer-policy')).toBe('no-referrer');
    expect(res.headers.get('content-security-policy')).toContain('frame-ancestors');
    expect(res.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });
});

describe('request bodies', () => {
  it('answer 413 bad_request for a body over 16 KB', async () => {
    const device = await signedInDevice(app, dana!.oid);
    const res = await device.send('POST', '/api/connections/outlook-calendar/complete', { code: 'x'.repeat(17 * 1024), state: 's' });
    expect(res.status).toBe(413);
    expect(await errorCode(res)).toBe('bad_request');
  });
});

describe('GET /api/me', () => {
  it('names the user by tid + oid and reports the calendar integration', async () => {
    const device = await signedInDevice(app, dana!.oid);
    const res = await device.get('/api/me');
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body.user).toMatchObject({ tid: app.demo!.authority.tenantId, oid: dana!.oid, name: dana!.name });
    expect(body.integrations).toEqual([
      { provider: 'outlook-calendar', state: 'not_connected' },
      { provider: 'google-calendar', state: 'not_connected' },
    ]);
  });
});

describe('GET /api/meetings', () => {
  let device: Device;
  beforeAll(async () => {
    device = await connectedDevice(dana!.oid);
  });

  it('returns the seeded week in start order with opaque ids and detected join links', async () => {
    const res = await device.get('/api/meetings');
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body.stale).toBe(false);
    expect(Date.parse(body.generatedAt)).toBeGreaterThan(0);
    const meetings = body.meetings as Array<{ id: string; start: string; end: string; title: string; join?: { service: { id: string }; url: string } }>;
    expect(meetings.length).toBeGreaterThanOrEqual(20);
    const starts = meetings.map((m) => m.start);
    expect([...starts].sort()).toEqual(starts);
    for (const m of meetings) {
      expect(m.id).toMatch(/^[A-Za-z0-9_-]{43}$/);
      expect(m.start).toMatch(/Z$/);
      if (m.join) expect(new URL(m.join.url).protocol).toBe('https:');
    }
    const services = new Set(meetings.flatMap((m) => (m.join ? [m.join.service.id] : [])));
    for (const id of ['teams', 'zoom', 'webex', 'gong', 'google-meet']) expect(services).toContain(id);
  });

  it('compresses the large list with gzip when asked, the tail fresh on every answer', async () => {
    const plain = await rawGet(device, '/api/meetings', {});
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.headers.vary).toMatch(/accept-encoding/i);
    const first = await rawGet(device, '/api/meetings', { 'accept-encoding': 'gzip, deflate, br' });
    const second = await rawGet(device, '/api/meetings', { 'accept-encoding': 'gzip' });
    expect(first.headers['content-encoding']).toBe('gzip');
    expect(first.headers.vary).toMatch(/accept-encoding/i);
    expect(first.body.length).toBeLessThan(plain.body.length / 3);
    const decoded = JSON.parse(gunzipSync(first.body).toString());
    expect(decoded.meetings).toEqual(JSON.parse(plain.body.toString()).meetings);
    expect(decoded.providers).toEqual([{ id: 'outlook-calendar', status: 'ok' }, { id: 'google-calendar', status: 'not_connected' }]);
    expect(JSON.parse(gunzipSync(second.body).toString()).meetings).toEqual(decoded.meetings);
    // No gzip for a client that refuses it.
    expect((await rawGet(device, '/api/meetings', { 'accept-encoding': 'gzip;q=0' })).headers['content-encoding']).toBeUndefined();
  });

  it('gives every occurrence of the recurring standup one opaque series key, never the provider\'s id', async () => {
    const meetings = (await (await device.get('/api/meetings')).json()).meetings as Array<{ id: string; title: string; seriesKey?: string }>;
    const standups = meetings.filter((m) => m.title === 'Daily standup');
    expect(standups.length).toBeGreaterThanOrEqual(2);
    const keys = new Set(standups.map((m) => m.seriesKey));
    expect(keys.size).toBe(1);
    const [key] = [...keys];
    expect(key).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const master = app.demo!.calendar.stored(dana!.oid, Date.now()).find((e) => e.event.seriesMasterId)!.event.seriesMasterId!;
    expect(key).not.toBe(master);
    expect(JSON.stringify(meetings)).not.toContain(master);
    // A one-off meeting has none.
    expect(meetings.some((m) => m.seriesKey === undefined)).toBe(true);
  });

  it('matches what the calendar holds for the window, titles included', async () => {
    const now = Date.now();
    const from = new Date(Math.floor(now / 60_000) * 60_000);
    const to = new Date(from.getTime() + 3 * 24 * 3600_000);
    const res = await device.get(`/api/meetings?from=${from.toISOString()}&to=${to.toISOString()}`);
    const titles = (await res.json()).meetings.map((m: { title: string }) => m.title);
    // By the events' instants: an all-day event's dateTime is the mailbox's local midnight, not UTC.
    const expected = app.demo!.calendar.stored(dana!.oid, now).filter((e) => e.endMs > from.getTime() && e.startMs < to.getTime());
    expect(new Set(titles)).toEqual(new Set(expected.map((e) => e.event.subject)));
  });

  it('panes asking "from now" seconds apart share one calendar fetch', async () => {
    const before = app.demo!.calendar.requestCount;
    const base = Math.floor(Date.now() / 300_000) * 300_000 + 1000;
    for (let i = 0; i < 5; i++) {
      const from = new Date(base + i * 7000).toISOString();
      expect((await device.get(`/api/meetings?from=${from}&limit=11`)).status).toBe(200);
    }
    expect(app.demo!.calendar.requestCount - before).toBe(1);
  });

  it('serves repeated calls from the cache: one calendar fetch', async () => {
    const before = app.demo!.calendar.requestCount;
    await Promise.all(Array.from({ length: 20 }, () => device.get('/api/meetings?limit=7')));
    expect(app.demo!.calendar.requestCount - before).toBe(1);
  });

  it.each([
    ['from=yesterday', 'bad date'],
    ['to=2026-13-01T00:00:00Z', 'bad month'],
    ['limit=0', 'limit too small'],
    ['limit=abc', 'limit not a number'],
    ['limit=100000', 'limit too large'],
    ['from=2026-01-02T00:00:00Z&to=2026-01-01T00:00:00Z', 'to before from'],
    ['from=2026-01-01T00:00:00Z&to=2026-06-01T00:00:00Z', 'range too long'],
    ['colour=blue', 'unknown parameter'],
    ['limit=1&limit=2', 'repeated parameter'],
    ['from=9999-12-31T23:59:59Z', 'far future'],
    ['from=1900-01-01T00:00:00Z&to=1900-01-02T00:00:00Z', 'far past'],
  ])('answers %s (%s) with 400 bad_request', async (query) => {
    const res = await device.get(`/api/meetings?${query}`);
    expect(res.status).toBe(400);
    expect(await errorCode(res)).toBe('bad_request');
  });

  it('waits out a 429 from the calendar (Retry-After) and still answers', async () => {
    const other = await connectedDevice(jonas!.oid);
    app.demo!.calendar.failNext(429, 1);
    const res = await other.get('/api/meetings?limit=3');
    expect(res.status).toBe(200);
  });
});

describe('the demo authority', () => {
  it('accepts only the registered redirect URIs, not any path on the origin', async () => {
    const authorize = (redirectUri: string) =>
      fetch(
        `${app.config.authorityHost}/organizations/oauth2/v2.0/authorize?${new URLSearchParams({
          client_id: app.config.clientId,
          response_type: 'code',
          redirect_uri: redirectUri,
          scope: 'openid',
          code_challenge: 'x'.repeat(43),
          code_challenge_method: 'S256',
        })}`,
        { redirect: 'manual' },
      );
    expect((await authorize(`${app.url}/taskpane.html`)).status).toBe(200);
    expect((await authorize(`${app.url}/any/path/at/all`)).status).toBe(400);
  });
});

describe('upstream budget', () => {
  it('answers 429 rate_limited with Retry-After when a user fires more than 60 distinct calendar queries at once', async () => {
    const isolated = await startApp();
    try {
      const device = await signedInDevice(isolated, dana!.oid);
      expect((await device.send('POST', '/api/connections/outlook-calendar')).status).toBe(200);
      const answers = await Promise.all(Array.from({ length: 70 }, (_, i) => device.get(`/api/meetings?limit=${i + 1}`)));
      const statuses = answers.map((r) => r.status);
      expect(statuses.filter((s) => s === 200).length).toBeGreaterThanOrEqual(60);
      expect(statuses.filter((s) => s === 429).length).toBeGreaterThanOrEqual(5);
      expect(statuses.every((s) => s === 200 || s === 429)).toBe(true);
      const refused = answers[statuses.indexOf(429)]!;
      expect(Number(refused.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
      expect(await errorCode(refused)).toBe('rate_limited');
      // Cached answers cost nothing from the budget.
      expect((await device.get('/api/meetings?limit=7')).status).toBe(200);
    } finally {
      await isolated.stop();
    }
  }, 30_000); // 60 calendar calls, four at a time per mailbox: slow on a busy machine
});

describe('authentication failures', () => {
  const now = () => Math.floor(Date.now() / 1000);
  const b64 = (v: unknown) => Buffer.from(JSON.stringify(v)).toString('base64url');

  async function call(authorization?: string) {
    const headers: Record<string, string> = {};
    if (authorization) headers.authorization = authorization;
    return fetch(`${app.url}/api/me`, { headers });
  }

  it('no token → 401 unauthenticated', async () => {
    const res = await call();
    expect(res.status).toBe(401);
    expect(await errorCode(res)).toBe('unauthenticated');
  });

  it.each([
    ['expired', () => app.demo!.authority.signUserToken(dana!.oid, { exp: now() - 600, iat: now() - 4000, nbf: now() - 4000 })],
    ['another audience', () => app.demo!.authority.signUserToken(dana!.oid, { aud: 'https://graph.microsoft.com' })],
    ['a wrong issuer', () => app.demo!.authority.signUserToken(dana!.oid, { iss: 'https://login.microsoftonline.com/x/v2.0' })],
    ['alg none', async () => `${b64({ alg: 'none', typ: 'JWT' })}.${b64({ aud: app.config.clientId, tid: app.demo!.authority.tenantId, oid: dana!.oid, exp: now() + 600, iat: now() })}.`],
    ['a Graph token', () => app.demo!.authority.signGraphToken(dana!.oid)],
    ['garbage', async () => 'not.a.jwt'],
  ])('%s → 401 invalid_token', async (_name, make) => {
    const res = await call(`Bearer ${await make()}`);
    expect(res.status).toBe(401);
    expect(await errorCode(res)).toBe('invalid_token');
  });

  it('a Basic header → 401 invalid_token', async () => {
    const res = await call('Basic dXNlcjpwYXNz');
    expect(await errorCode(res)).toBe('invalid_token');
  });

  it('a tenant that is not allowed → 403 forbidden', async () => {
    const strict = await startApp({ ALLOWED_TENANTS: '00000000-0000-4000-8000-000000000001' });
    try {
      const token = await strict.demo!.authority.signUserToken(dana!.oid);
      const res = await fetch(`${strict.url}/api/me`, { headers: { authorization: `Bearer ${token}` } });
      expect(res.status).toBe(403);
      expect(await errorCode(res)).toBe('forbidden');
    } finally {
      await strict.stop();
    }
  });
});

describe('bad input anywhere', () => {
  it('unknown API paths → 404 bad_request in the envelope, also without a token', async () => {
    const device = await signedInDevice(app, dana!.oid);
    const res = await device.get('/api/nothing-here');
    expect(res.status).toBe(404);
    expect(await errorCode(res)).toBe('bad_request');
    const anon = await fetch(`${app.url}/nothing-here`);
    expect(anon.status).toBe(404);
    expect(await errorCode(anon)).toBe('bad_request');
  });

  it('malformed JSON → 400 bad_request', async () => {
    const device = await signedInDevice(app, dana!.oid);
    const res = await fetch(`${app.url}/api/connections/outlook-calendar/complete`, {
      method: 'POST',
      headers: { ...device.headers, 'content-type': 'application/json' },
      body: '{"code": ',
    });
    expect(res.status).toBe(400);
    expect(await errorCode(res)).toBe('bad_request');
  });

  it('an oversized body → 4xx, not 500', async () => {
    const device = await signedInDevice(app, dana!.oid);
    const res = await device.send('POST', '/api/connections/outlook-calendar/complete', { code: 'x'.repeat(100_000), state: 'y' });
    expect(res.status).toBeGreaterThanOrEqual(400);
    expect(res.status).toBeLessThan(500);
    expect(await errorCode(res)).toBe('bad_request');
  });

  it('a malformed user key → 400 user_key_missing', async () => {
    const device = await signedInDevice(app, dana!.oid, 'short');
    const res = await device.get('/api/meetings');
    expect(res.status).toBe(400);
    expect(await errorCode(res)).toBe('user_key_missing');
  });

  it('an unknown provider → 404 bad_request', async () => {
    const device = await signedInDevice(app, dana!.oid);
    const res = await device.send('POST', '/api/connections/myspace');
    expect(await errorCode(res)).toBe('bad_request');
  });
});
