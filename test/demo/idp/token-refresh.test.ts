import request from 'supertest';
import { DEMO_TENANT_ID } from '../../../src/demo';
import { API_SCOPE, CLIENT_ID, CLIENT_SECRET, dana, decodeJwt, expectEntraError, makeDemo, obo, ORIGIN, spaTokens, testClock, TOKEN_PATH } from '../helpers';

type App = ReturnType<typeof makeDemo>['app'];

const refresh = (app: App, token: string, opts: { origin?: boolean; secret?: boolean; scope?: string } = {}) => {
  const req = request(app).post(TOKEN_PATH).type('form');
  if (opts.origin) req.set('Origin', ORIGIN);
  return req.send({
    client_id: CLIENT_ID, grant_type: 'refresh_token', refresh_token: token,
    ...(opts.secret ? { client_secret: CLIENT_SECRET } : {}), ...(opts.scope ? { scope: opts.scope } : {}),
  });
};

describe('refresh_token grant', () => {
  const clock = testClock();
  const { app, demo } = makeDemo({ now: clock.now });
  afterEach(() => {
    demo.authority.setConsent(DEMO_TENANT_ID, dana.oid, true);
    demo.authority.setAccessTokenLifetime(3600);
  });

  it('rotates on every use and rejects a used refresh token with invalid_grant (AADSTS70008)', async () => {
    const first = String((await spaTokens(app, dana.oid)).refresh_token);
    const second = await refresh(app, first, { origin: true }).expect(200);
    expect(second.body.refresh_token).toMatch(/^1\.A/);
    expect(second.body.refresh_token).not.toBe(first);
    expect(decodeJwt(second.body.access_token).payload.aud).toBe(CLIENT_ID);
    expect(second.body.id_token).toBeDefined();
    expectEntraError((await refresh(app, first, { origin: true }).expect(400)).body, 'invalid_grant', 70008);
    // The newest one still works: reuse is refused, not punished.
    await refresh(app, second.body.refresh_token, { origin: true }).expect(200);
  });

  it('redeems a SPA refresh token only cross-origin', async () => {
    const rt = String((await spaTokens(app, dana.oid)).refresh_token);
    expectEntraError((await refresh(app, rt).expect(400)).body, 'invalid_request', 9002327);
    await refresh(app, rt, { origin: true }).expect(200);
  });

  it('redeems a server refresh token only with the client secret (AADSTS7000218)', async () => {
    const rt = (await obo(app, await demo.authority.signUserToken(dana.oid)).expect(200)).body.refresh_token;
    expectEntraError((await refresh(app, rt).expect(401)).body, 'invalid_client', 7000218);
    const ok = await refresh(app, rt, { secret: true }).expect(200);
    expect(decodeJwt(ok.body.access_token).payload.aud).toBe('https://graph.microsoft.com');
    expect(ok.body.refresh_token_expires_in).toBeUndefined();
  });

  it('answers an expired refresh token with AADSTS700082', async () => {
    const rt = String((await spaTokens(app, dana.oid)).refresh_token);
    clock.advance(24 * 3600 * 1000 + 1000);
    expectEntraError((await refresh(app, rt, { origin: true }).expect(400)).body, 'invalid_grant', 700082);
  });

  it('answers a tampered refresh token with AADSTS70000', async () => {
    const rt = String((await spaTokens(app, dana.oid)).refresh_token);
    const tampered = rt.slice(0, -4) + (rt.endsWith('AAAA') ? 'BBBB' : 'AAAA');
    expectEntraError((await refresh(app, tampered, { origin: true }).expect(400)).body, 'invalid_grant', 70000);
  });

  it('after revokeSessions answers AADSTS50173; new sign-ins work', async () => {
    const rt = String((await spaTokens(app, dana.oid)).refresh_token);
    demo.authority.revokeSessions(dana.oid);
    expectEntraError((await refresh(app, rt, { origin: true }).expect(400)).body, 'invalid_grant', 50173);
    const fresh = String((await spaTokens(app, dana.oid)).refresh_token);
    await refresh(app, fresh, { origin: true }).expect(200);
  });

  it('after revokeGrant a Graph refresh answers consent_required (65001) and the token stays unspent', async () => {
    const rt = (await obo(app, await demo.authority.signUserToken(dana.oid)).expect(200)).body.refresh_token;
    demo.authority.revokeGrant(dana.oid);
    const res = await refresh(app, rt, { secret: true }).expect(400);
    expectEntraError(res.body, 'invalid_grant', 65001);
    expect(res.body.suberror).toBe('consent_required');
    demo.authority.setConsent(DEMO_TENANT_ID, dana.oid, true);
    await refresh(app, rt, { secret: true }).expect(200);
  });

  it('is multi-resource: a SPA refresh token can ask for Graph', async () => {
    const rt = String((await spaTokens(app, dana.oid)).refresh_token);
    const res = await refresh(app, rt, { origin: true, scope: 'https://graph.microsoft.com/Calendars.Read' }).expect(200);
    expect(decodeJwt(res.body.access_token).payload.aud).toBe('https://graph.microsoft.com');
    const back = await refresh(app, res.body.refresh_token, { origin: true, scope: API_SCOPE }).expect(200);
    expect(decodeJwt(back.body.access_token).payload.aud).toBe(CLIENT_ID);
  });

  it('issues access tokens with the configured lifetime', async () => {
    demo.authority.setAccessTokenLifetime(120);
    const rt = String((await spaTokens(app, dana.oid)).refresh_token);
    const res = await refresh(app, rt, { origin: true }).expect(200);
    expect(res.body.expires_in).toBe(120);
    const p = decodeJwt(res.body.access_token).payload;
    expect(Number(p.exp) - Number(p.iat)).toBe(120);
    expect(() => demo.authority.setAccessTokenLifetime(0)).toThrow(TypeError);
  });

  it('counts refresh requests', async () => {
    const rt = String((await spaTokens(app, dana.oid)).refresh_token);
    demo.authority.resetCounters();
    await refresh(app, rt, { origin: true });
    await refresh(app, rt, { origin: true });
    expect(demo.authority.tokenRequests.refresh_token).toBe(2);
  });
});
