import { DEMO_USERS } from '../../src/demo';
import { errorCode, signedInDevice, type Device } from '../helpers/api-client';
import { startApp, type RunningApp } from '../helpers/start-app';

const [dana] = DEMO_USERS;
let app: RunningApp;
let device: Device;

beforeAll(async () => {
  app = await startApp();
  device = await signedInDevice(app, dana!.oid);
});
afterAll(() => app.stop());

const seconds = () => Math.floor(app.clock() / 1000);

/** Every header of the answer, joined, to look for leaked token text. */
function allHeaders(res: Response): string {
  return [...res.headers.entries()].map(([k, v]) => `${k}: ${v}`).join('\n');
}

function expectNoTokenText(res: Response, token: string): void {
  const text = allHeaders(res);
  for (const part of token.split('.').filter((p) => p.length >= 8)) expect(text).not.toContain(part);
  expect(text).not.toContain(dana!.oid);
}

async function me(authorization?: string): Promise<Response> {
  return fetch(`${app.url}/api/me`, { headers: authorization ? { authorization } : {} });
}

describe('401 answers (RFC 6750 §3)', () => {
  it('no token: no-store and the bare Bearer challenge', async () => {
    const res = await me();
    expect(res.status).toBe(401);
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(res.headers.get('www-authenticate')).toBe('Bearer realm="upnext"');
    expect(await errorCode(res)).toBe('unauthenticated');
  });

  it.each([
    ['malformed', async () => 'not-a-jwt-at-all', 'The access token is invalid'],
    ['garbage in JWT form', async () => 'eyJhbGciOiJSUzI1NiJ9.eyJzZWNyZXQiOiJjbGFpbS12YWx1ZSJ9.c2lnbmF0dXJl', 'The access token is invalid'],
    ['wrong audience', () => app.demo!.authority.signUserToken(dana!.oid, { aud: 'https://graph.microsoft.com' }), 'The access token is invalid'],
    ['expired', () => app.demo!.authority.signUserToken(dana!.oid, { exp: seconds() - 600, iat: seconds() - 4000, nbf: seconds() - 4000 }), 'The access token expired'],
  ])('%s token: no-store and an invalid_token challenge with a fixed description', async (_name, make, description) => {
    const token = await make();
    const res = await me(`Bearer ${token}`);
    expect(res.status).toBe(401);
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(res.headers.get('www-authenticate')).toBe(`Bearer realm="upnext", error="invalid_token", error_description="${description}"`);
    expect(await errorCode(res)).toBe('invalid_token');
    expectNoTokenText(res, token);
  });
});

describe('Cache-Control: no-store on every personal /api answer', () => {
  it('a 2xx; the two public, person-free documents revalidate instead (no-cache), so the page can preload its client config', async () => {
    const me = await device.get('/api/me');
    expect(me.status).toBe(200);
    expect(me.headers.get('cache-control')).toBe('no-store');
    for (const res of [await fetch(`${app.url}/api/client-config`), await fetch(`${app.url}/api/openapi.json`)]) {
      expect(res.status).toBe(200);
      expect(res.headers.get('cache-control')).toBe('no-cache');
    }
  });

  it('a 404 from the fallback, and the 401 before it without a token', async () => {
    const found = await device.get('/api/nothing-here');
    expect(found.status).toBe(404);
    expect(found.headers.get('cache-control')).toBe('no-store');
    expect(await errorCode(found)).toBe('bad_request');
    const anon = await fetch(`${app.url}/api/nothing-here`);
    expect(anon.status).toBe(401);
    expect(anon.headers.get('cache-control')).toBe('no-store');
  });

  it('a 413 from the body parser', async () => {
    const res = await device.send('POST', '/api/connections/outlook-calendar/complete', { code: 'x'.repeat(17 * 1024), state: 's' });
    expect(res.status).toBe(413);
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(await errorCode(res)).toBe('bad_request');
    expectNoTokenText(res, device.token);
  });

  it('a 400 from the body parser', async () => {
    const res = await fetch(`${app.url}/api/connections/outlook-calendar/complete`, { method: 'POST', headers: { ...device.headers, 'content-type': 'application/json' }, body: '{"code": ' });
    expect(res.status).toBe(400);
    expect(res.headers.get('cache-control')).toBe('no-store');
  });
});

describe('a method a known path does not take', () => {
  it.each([
    ['PUT', '/api/me', 'GET, HEAD'],
    ['PATCH', '/api/meetings', 'GET, HEAD'],
    ['GET', '/api/connections/outlook-calendar', 'DELETE, POST'],
    ['POST', '/api/admin/audiences/abc', 'DELETE, PUT'],
    ['DELETE', '/api/client-config', 'GET, HEAD'],
  ])('%s %s → 405 bad_request, Allow: %s', async (method, path, allow) => {
    const res = await device.send(method, path, method === 'GET' ? undefined : {});
    expect(res.status).toBe(405);
    expect(res.headers.get('allow')).toBe(allow);
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(await errorCode(res)).toBe('bad_request');
    expectNoTokenText(res, device.token);
  });

  it('still asks for a token first, and leaves unknown paths 404', async () => {
    const anon = await fetch(`${app.url}/api/me`, { method: 'PUT' });
    expect(anon.status).toBe(401);
    expect((await device.send('PUT', '/api/nothing-here', {})).status).toBe(404);
  });
});
