import request from 'supertest';
import { DEMO_TENANT_ID } from '../../../src/demo';
import {
  API_SCOPE, AUTHORITY, authorizeQuery, CLIENT_ID, CLIENT_SECRET, dana, decodeJwt, expectEntraError, makeDemo, ORIGIN,
  pkce, REDIRECT, signIn, spaTokens, testClock, TOKEN_PATH,
} from '../helpers';

async function codeFor(app: Parameters<typeof signIn>[0], extra: Record<string, string> = {}) {
  const p = pkce();
  const back = await signIn(app, dana.oid, authorizeQuery({ code_challenge: p.challenge, code_challenge_method: 'S256', ...extra }));
  return { code: back.searchParams.get('code') ?? '', verifier: p.verifier };
}

const redeem = (app: Parameters<typeof signIn>[0], form: Record<string, string>, origin: string | null = ORIGIN) => {
  const req = request(app).post(TOKEN_PATH).type('form');
  if (origin) req.set('Origin', origin);
  return req.send({ client_id: CLIENT_ID, grant_type: 'authorization_code', redirect_uri: REDIRECT, ...form });
};

describe('authorization code + PKCE at the token endpoint', () => {
  const clock = testClock();
  const { app, demo } = makeDemo({ now: clock.now });

  it('gives the SPA an API access token with Entra v2.0 claims, an ID token and a refresh token', async () => {
    const body = await spaTokens(app, dana.oid);
    expect(body).toEqual(expect.objectContaining({ token_type: 'Bearer', expires_in: 3600, ext_expires_in: 3600, scope: API_SCOPE }));
    const { header, payload } = decodeJwt(String(body.access_token));
    expect(header).toEqual({ alg: 'RS256', typ: 'JWT', kid: demo.authority.jwks().keys[0]?.kid });
    const nowS = Math.floor(clock.now() / 1000);
    expect(payload).toEqual(expect.objectContaining({
      iss: `${AUTHORITY}/${DEMO_TENANT_ID}/v2.0`, aud: CLIENT_ID, tid: DEMO_TENANT_ID, oid: dana.oid, azp: CLIENT_ID,
      name: dana.name, preferred_username: dana.username, scp: 'access_as_user', ver: '2.0', iat: nowS, nbf: nowS, exp: nowS + 3600,
      roles: ['Upnext.Admin'],
    }));
    expect(typeof payload.sub).toBe('string');
    expect(typeof payload.uti).toBe('string');
    const id = decodeJwt(String(body.id_token)).payload;
    expect(id).toEqual(expect.objectContaining({ aud: CLIENT_ID, nonce: 'n-456', oid: dana.oid, sub: payload.sub }));
    expect(String(body.refresh_token)).toMatch(/^1\.A/);
    expect(body.refresh_token_expires_in).toBe(24 * 3600);
  });

  it('is a token exactly like signUserToken gives', async () => {
    const flow = decodeJwt(String((await spaTokens(app, dana.oid)).access_token)).payload;
    const direct = decodeJwt(await demo.authority.signUserToken(dana.oid)).payload;
    expect(Object.keys(direct).sort()).toEqual(Object.keys(flow).sort());
    expect({ ...direct, uti: '' }).toEqual({ ...flow, uti: '' });
  });

  it('redeems a code once; the second time answers AADSTS54005', async () => {
    const { code, verifier } = await codeFor(app);
    await redeem(app, { code, code_verifier: verifier }).expect(200);
    const again = await redeem(app, { code, code_verifier: verifier }).expect(400);
    expectEntraError(again.body, 'invalid_grant', 54005);
  });

  it('refuses a wrong or missing code_verifier (AADSTS501481)', async () => {
    const { code } = await codeFor(app);
    expectEntraError((await redeem(app, { code, code_verifier: pkce().verifier }).expect(400)).body, 'invalid_grant', 501481);
    const second = await codeFor(app);
    expectEntraError((await redeem(app, { code: second.code }).expect(400)).body, 'invalid_grant', 501481);
  });

  it('lets a code expire after ten minutes (AADSTS70008)', async () => {
    const { code, verifier } = await codeFor(app);
    clock.advance(10 * 60_000 + 1);
    expectEntraError((await redeem(app, { code, code_verifier: verifier }).expect(400)).body, 'invalid_grant', 70008);
  });

  it('refuses a different redirect_uri (AADSTS500112)', async () => {
    const { code, verifier } = await codeFor(app);
    expectEntraError((await redeem(app, { code, code_verifier: verifier, redirect_uri: `${ORIGIN}/other` }).expect(400)).body, 'invalid_grant', 500112);
  });

  it('refuses an unknown code (AADSTS70000)', async () => {
    expectEntraError((await redeem(app, { code: '1.Anotacode', code_verifier: pkce().verifier }).expect(400)).body, 'invalid_grant', 70000);
  });

  it('redeems a public (SPA) code only cross-origin (AADSTS9002327)', async () => {
    const { code, verifier } = await codeFor(app);
    expectEntraError((await redeem(app, { code, code_verifier: verifier }, null).expect(400)).body, 'invalid_request', 9002327);
  });

  it('requires PKCE for a public client (AADSTS9002325) but not for the confidential server', async () => {
    const noPkce = await signIn(app, dana.oid, authorizeQuery());
    expectEntraError((await redeem(app, { code: noPkce.searchParams.get('code') ?? '' }).expect(400)).body, 'invalid_request', 9002325);
    const again = await signIn(app, dana.oid, authorizeQuery());
    const res = await redeem(app, { code: again.searchParams.get('code') ?? '', client_secret: CLIENT_SECRET }, null).expect(200);
    expect(decodeJwt(res.body.access_token).payload.azpacr).toBe('1');
  });

  it('accepts the client secret as HTTP Basic (client_secret_basic)', async () => {
    const back = await signIn(app, dana.oid, authorizeQuery());
    const res = await request(app).post(TOKEN_PATH).auth(CLIENT_ID, CLIENT_SECRET).type('form')
      .send({ grant_type: 'authorization_code', code: back.searchParams.get('code'), redirect_uri: REDIRECT });
    expect(res.status).toBe(200);
  });

  it('answers a wrong secret with 401 invalid_client (AADSTS7000215), echoing client-request-id', async () => {
    const cid = '0f8fad5b-d9cb-469f-a165-70867728950e';
    const { code, verifier } = await codeFor(app);
    const res = await redeem(app, { code, code_verifier: verifier, client_secret: 'wrong' }).set('client-request-id', cid).expect(401);
    expectEntraError(res.body, 'invalid_client', 7000215);
    expect(res.body.correlation_id).toBe(cid);
    expect(JSON.stringify(res.body)).not.toContain('wrong');
  });

  it('answers the basics: missing grant_type, unknown client, unsupported grant, unknown tenant', async () => {
    expectEntraError((await request(app).post(TOKEN_PATH).type('form').send({ client_id: CLIENT_ID }).expect(400)).body, 'invalid_request', 900144);
    expectEntraError((await request(app).post(TOKEN_PATH).type('form').send({ grant_type: 'authorization_code', client_id: 'nope' }).expect(400)).body, 'unauthorized_client', 700016);
    expectEntraError((await request(app).post(TOKEN_PATH).type('form').send({ grant_type: 'password', client_id: CLIENT_ID }).expect(400)).body, 'unsupported_grant_type', 70003);
    expectEntraError((await request(app).post('/demo/login/nope.example/oauth2/v2.0/token').type('form').send({ grant_type: 'refresh_token' }).expect(400)).body, 'invalid_tenant', 90002);
    expectEntraError((await request(app).post(TOKEN_PATH).send({ grant_type: 'refresh_token', client_id: CLIENT_ID }).expect(400)).body, 'invalid_request', 900144);
  });

  it('allows cross-origin redemption from registered SPA origins only', async () => {
    const pre = await request(app).options(TOKEN_PATH).set('Origin', ORIGIN).set('Access-Control-Request-Method', 'POST')
      .set('Access-Control-Request-Headers', 'content-type,client-request-id').expect(204);
    expect(pre.headers['access-control-allow-origin']).toBe(ORIGIN);
    expect(pre.headers['access-control-allow-headers']).toBe('content-type,client-request-id');
    const foreign = await request(app).options(TOKEN_PATH).set('Origin', 'https://attacker.example').expect(204);
    expect(foreign.headers['access-control-allow-origin']).toBeUndefined();
    const { code, verifier } = await codeFor(app);
    const res = await redeem(app, { code, code_verifier: verifier }).expect(200);
    expect(res.headers['access-control-allow-origin']).toBe(ORIGIN);
    expect(res.headers['cache-control']).toBe('no-store');
  });

  it('answers an oversized body with Entra JSON, and unknown paths with 404', async () => {
    const res = await request(app).post(TOKEN_PATH).type('form').send({ grant_type: 'refresh_token', client_id: CLIENT_ID, refresh_token: 'x'.repeat(70_000) });
    expect(res.status).toBe(413);
    expect(res.body.error).toBe('invalid_request');
    expect(res.body.error_codes).toHaveLength(1);
    await request(app).get('/demo/login/common/oauth2/v2.0/nothing').expect(404);
  });

  it('works through the common endpoint too', async () => {
    const { code, verifier } = await codeFor(app);
    await request(app).post('/demo/login/common/oauth2/v2.0/token').set('Origin', ORIGIN).type('form')
      .send({ client_id: CLIENT_ID, grant_type: 'authorization_code', redirect_uri: REDIRECT, code, code_verifier: verifier }).expect(200);
  });

  it('counts token requests by grant', async () => {
    demo.authority.resetCounters();
    const { code, verifier } = await codeFor(app);
    await redeem(app, { code, code_verifier: verifier });
    await redeem(app, { code, code_verifier: verifier });
    expect(demo.authority.tokenRequests).toEqual({ authorization_code: 2, refresh_token: 0, on_behalf_of: 0, other: 0 });
  });
});
