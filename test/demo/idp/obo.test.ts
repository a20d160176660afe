import { generateKeyPairSync } from 'node:crypto';
import { SignJWT } from 'jose';
import { DEMO_TENANT_ID } from '../../../src/demo';
import { CLIENT_ID, dana, decodeJwt, expectEntraError, jonas, makeDemo, obo, testClock } from '../helpers';

describe('on-behalf-of grant', () => {
  const clock = testClock();
  const { app, demo } = makeDemo({ now: clock.now });
  afterEach(() => {
    demo.authority.setConsent(DEMO_TENANT_ID, jonas.oid, true);
    demo.authority.requireAdminConsent(DEMO_TENANT_ID, false);
    demo.authority.setAdminConsent(DEMO_TENANT_ID, false);
  });

  it('exchanges the user API token for a Graph token and, with offline_access, a refresh token', async () => {
    const res = await obo(app, await demo.authority.signUserToken(dana.oid)).expect(200);
    const p = decodeJwt(res.body.access_token).payload;
    expect(p).toEqual(expect.objectContaining({ aud: 'https://graph.microsoft.com', oid: dana.oid, tid: DEMO_TENANT_ID, azp: CLIENT_ID, azpacr: '1' }));
    expect(String(p.scp).split(' ')).toContain('Calendars.Read');
    expect(res.body.scope).toContain('https://graph.microsoft.com/Calendars.Read');
    expect(res.body.refresh_token).toMatch(/^1\.A/);
    expect(res.body.id_token).toBeUndefined();
  });

  it('gives no refresh token without offline_access', async () => {
    const res = await obo(app, await demo.authority.signUserToken(dana.oid), 'https://graph.microsoft.com/.default').expect(200);
    expect(res.body.refresh_token).toBeUndefined();
  });

  it('requires the client secret (AADSTS7000218) and a correct one (AADSTS7000215)', async () => {
    const t = await demo.authority.signUserToken(dana.oid);
    expectEntraError((await obo(app, t, undefined, null).expect(401)).body, 'invalid_client', 7000218);
    expectEntraError((await obo(app, t, undefined, 'nope').expect(401)).body, 'invalid_client', 7000215);
  });

  it('refuses an expired assertion (AADSTS500133)', async () => {
    const t = await demo.authority.signUserToken(dana.oid, { lifetimeSeconds: 60 });
    clock.advance(61_000);
    expectEntraError((await obo(app, t).expect(400)).body, 'invalid_grant', 500133);
  });

  it('refuses an assertion for another audience (AADSTS50013)', async () => {
    const graphToken = await demo.authority.signGraphToken(dana.oid);
    const res = await obo(app, graphToken).expect(400);
    expectEntraError(res.body, 'invalid_grant', 50013);
    expect(res.body.error_description).toContain('Assertion audience does not match');
  });

  it('refuses forged assertions: foreign key, alg none, wrong issuer, garbage', async () => {
    const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
    const kid = demo.authority.jwks().keys[0]?.kid;
    const claims = decodeJwt(await demo.authority.signUserToken(dana.oid)).payload;
    const foreign = await new SignJWT(claims).setProtectedHeader({ alg: 'RS256', kid }).sign(privateKey);
    const none = `${Buffer.from(JSON.stringify({ alg: 'none', kid })).toString('base64url')}.${Buffer.from(JSON.stringify(claims)).toString('base64url')}.`;
    const wrongIss = await demo.authority.signUserToken(dana.oid, { iss: 'https://login.example/other/v2.0' });
    for (const t of [foreign, none, wrongIss, 'not-a-jwt']) expectEntraError((await obo(app, t).expect(400)).body, 'invalid_grant', 50013);
  });

  it('answers a user who has not consented with consent_required (65001)', async () => {
    demo.authority.setConsent(DEMO_TENANT_ID, jonas.oid, false);
    const res = await obo(app, await demo.authority.signUserToken(jonas.oid)).expect(400);
    expectEntraError(res.body, 'invalid_grant', 65001);
    expect(res.body.suberror).toBe('consent_required');
  });

  it('answers permissions beyond the grant with 65001', async () => {
    const res = await obo(app, await demo.authority.signUserToken(dana.oid), 'https://graph.microsoft.com/Calendars.ReadWrite').expect(400);
    expectEntraError(res.body, 'invalid_grant', 65001);
  });

  it('answers AADSTS90094 when the tenant requires admin consent, until an admin grants it', async () => {
    demo.authority.requireAdminConsent(DEMO_TENANT_ID, true);
    const t = await demo.authority.signUserToken(dana.oid);
    const res = await obo(app, t).expect(400);
    expectEntraError(res.body, 'invalid_grant', 90094);
    demo.authority.setAdminConsent(DEMO_TENANT_ID, true);
    await obo(app, t).expect(200);
  });

  it('refuses a request without assertion, scope or requested_token_use (AADSTS900144)', async () => {
    expectEntraError((await obo(app, '').expect(400)).body, 'invalid_request', 900144);
    expectEntraError((await obo(app, await demo.authority.signUserToken(dana.oid), '').expect(400)).body, 'invalid_request', 900144);
  });

  it('counts on-behalf-of requests', async () => {
    demo.authority.resetCounters();
    await obo(app, await demo.authority.signUserToken(dana.oid));
    expect(demo.authority.tokenRequests).toEqual(expect.objectContaining({ on_behalf_of: 1, authorization_code: 0 }));
  });
});
