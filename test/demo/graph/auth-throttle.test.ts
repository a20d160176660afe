import { generateKeyPairSync } from 'node:crypto';
import { SignJWT } from 'jose';
import request from 'supertest';
import { dana, decodeJwt, makeDemo, testClock } from '../helpers';

const clock = testClock();
const { app, demo } = makeDemo({ now: clock.now });
const VIEW = '/demo/graph/v1.0/me/calendarView';
const query = { startDateTime: '2026-03-10T00:00:00Z', endDateTime: '2026-03-17T00:00:00Z' };
const call = (auth?: string) => {
  const r = request(app).get(VIEW).query(query);
  return auth === undefined ? r : r.set('Authorization', auth);
};

async function expectInvalidToken(auth: string | undefined, message: RegExp): Promise<void> {
  const res = await call(auth).expect(401);
  expect(res.body.error.code).toBe('InvalidAuthenticationToken');
  expect(res.body.error.message).toMatch(message);
  expect(res.headers['www-authenticate']).toMatch(/^Bearer realm=""/);
}

describe('Graph bearer validation', () => {
  it('refuses a missing bearer', () => expectInvalidToken(undefined, /Access token is empty/));
  it('refuses a malformed bearer', () => expectInvalidToken('Bearer abc', /CompactToken parsing failed/));

  it('refuses the user API token (wrong audience)', async () => {
    await expectInvalidToken(`Bearer ${await demo.authority.signUserToken(dana.oid)}`, /Invalid audience/);
  });

  it('refuses an expired Graph token', async () => {
    const t = await demo.authority.signGraphToken(dana.oid, { lifetimeSeconds: 30 });
    await call(`Bearer ${t}`).expect(200);
    clock.advance(30_000);
    await expectInvalidToken(`Bearer ${t}`, /token is expired/);
  });

  it('refuses tokens signed by anyone else, alg none, and HS256 keyed with the public key', async () => {
    const claims = decodeJwt(await demo.authority.signGraphToken(dana.oid)).payload;
    const kid = demo.authority.jwks().keys[0]?.kid;
    const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
    const foreign = await new SignJWT(claims).setProtectedHeader({ alg: 'RS256', kid }).sign(privateKey);
    const none = `${Buffer.from(JSON.stringify({ alg: 'none', kid })).toString('base64url')}.${Buffer.from(JSON.stringify(claims)).toString('base64url')}.`;
    const jwk = demo.authority.jwks().keys[0]!;
    const hs = await new SignJWT(claims).setProtectedHeader({ alg: 'HS256', kid }).sign(new TextEncoder().encode(JSON.stringify(jwk)));
    const otherKid = await demo.authority.signGraphToken(dana.oid).then((t) => {
      const [, p, s] = t.split('.');
      return `${Buffer.from(JSON.stringify({ alg: 'RS256', kid: 'other' })).toString('base64url')}.${p}.${s}`;
    });
    for (const t of [foreign, none, hs, otherKid]) await expectInvalidToken(`Bearer ${t}`, /validation failure|parsing failed/);
  });

  it('refuses a token of another issuer', async () => {
    await expectInvalidToken(`Bearer ${await demo.authority.signGraphToken(dana.oid, { iss: 'https://login.example/x/v2.0' })}`, /Invalid issuer/);
  });

  it('answers 403 ErrorAccessDenied without a calendar permission', async () => {
    const t = await demo.authority.signGraphToken(dana.oid, { scp: 'User.Read' });
    const res = await call(`Bearer ${t}`).expect(403);
    expect(res.body.error.code).toBe('ErrorAccessDenied');
  });
});

describe('injected throttling and counting', () => {
  let auth = '';
  beforeAll(async () => {
    auth = `Bearer ${await demo.authority.signGraphToken(dana.oid, { lifetimeSeconds: 86_400 })}`;
  });

  it.each([429, 503, 504] as const)('answers %i with Retry-After once, then serves again', async (status) => {
    demo.calendar.failNext(status, 7);
    const res = await call(auth).expect(status);
    expect(res.headers['retry-after']).toBe('7');
    expect(res.body.error).toEqual(expect.objectContaining({ code: expect.any(String), message: expect.any(String), innerError: expect.any(Object) }));
    await call(auth).expect(200);
  });

  it('can fail several requests in a row and counts every request', async () => {
    demo.calendar.resetCounters();
    demo.calendar.failNext(429, 1, 2);
    await call(auth).expect(429);
    await call(auth).expect(429);
    await call(auth).expect(200);
    await call(undefined).expect(401);
    expect(demo.calendar.requestCount).toBe(4);
    expect(demo.calendar.requests.filter((r) => r.oid === dana.oid)).toHaveLength(3);
  });

  it('refuses nonsense injections', () => {
    expect(() => demo.calendar.failNext(500 as 429, 1)).toThrow(TypeError);
  });

  it('answers CORS preflights from browsers', async () => {
    const res = await request(app).options(VIEW).set('Origin', 'http://localhost:3000').set('Access-Control-Request-Headers', 'authorization,prefer').expect(204);
    expect(res.headers['access-control-allow-origin']).toBe('http://localhost:3000');
    expect(res.headers['access-control-allow-headers']).toBe('authorization,prefer');
  });
});
