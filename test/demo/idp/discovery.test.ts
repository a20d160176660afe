import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createLocalJWKSet, jwtVerify } from 'jose';
import request from 'supertest';
import { DEMO_TENANT_DOMAIN, DEMO_TENANT_ID } from '../../../src/demo';
import { AUTHORITY, CLIENT_ID, CLIENT_SECRET, dana, decodeJwt, expectEntraError, makeDemo, obo } from '../helpers';

describe('demo authority metadata', () => {
  const { app, demo } = makeDemo();

  it('publishes tenant metadata with the exact per-tenant issuer', async () => {
    const res = await request(app).get(`/demo/login/${DEMO_TENANT_ID}/v2.0/.well-known/openid-configuration`).expect(200);
    expect(res.body.issuer).toBe(`${AUTHORITY}/${DEMO_TENANT_ID}/v2.0`);
    expect(res.body.token_endpoint).toBe(`${AUTHORITY}/${DEMO_TENANT_ID}/oauth2/v2.0/token`);
    expect(res.body.authorization_endpoint).toBe(`${AUTHORITY}/${DEMO_TENANT_ID}/oauth2/v2.0/authorize`);
    expect(res.body.jwks_uri).toBe(`${AUTHORITY}/${DEMO_TENANT_ID}/discovery/v2.0/keys`);
    expect(res.body.id_token_signing_alg_values_supported).toEqual(['RS256']);
  });

  it('uses the {tenantid} template for common, like Entra', async () => {
    const res = await request(app).get('/demo/login/common/v2.0/.well-known/openid-configuration').expect(200);
    expect(res.body.issuer).toBe(`${AUTHORITY}/{tenantid}/v2.0`);
    expect(res.body.jwks_uri).toBe(`${AUTHORITY}/common/discovery/v2.0/keys`);
  });

  it('accepts the tenant domain in the path', async () => {
    const res = await request(app).get(`/demo/login/${DEMO_TENANT_DOMAIN}/v2.0/.well-known/openid-configuration`).expect(200);
    expect(res.body.issuer).toBe(`${AUTHORITY}/${DEMO_TENANT_ID}/v2.0`);
  });

  it('answers an unknown tenant with invalid_tenant (AADSTS90002)', async () => {
    const res = await request(app).get('/demo/login/00000000-0000-0000-0000-000000000001/v2.0/.well-known/openid-configuration').expect(400);
    expectEntraError(res.body, 'invalid_tenant', 90002);
  });

  it('serves RS256 keys whose kid signs the tokens, from common and tenant paths, to any origin', async () => {
    const common = await request(app).get('/demo/login/common/discovery/v2.0/keys').set('Origin', 'https://elsewhere.example').expect(200);
    expect(common.headers['access-control-allow-origin']).toBe('*');
    const tenant = await request(app).get(`/demo/login/${DEMO_TENANT_ID}/discovery/v2.0/keys`).expect(200);
    expect(common.body.keys[0].kid).toBe(tenant.body.keys[0].kid);
    expect(common.body.keys[0]).toEqual(expect.objectContaining({ kty: 'RSA', use: 'sig', alg: 'RS256' }));
    expect(common.body.keys[0].d).toBeUndefined();

    const token = await demo.authority.signUserToken(dana.oid);
    expect(decodeJwt(token).header).toEqual(expect.objectContaining({ alg: 'RS256', kid: common.body.keys[0].kid, typ: 'JWT' }));
    const { payload } = await jwtVerify(token, createLocalJWKSet(common.body), {
      issuer: `${AUTHORITY}/${DEMO_TENANT_ID}/v2.0`,
      audience: CLIENT_ID,
    });
    expect(payload.oid).toBe(dana.oid);
    expect(demo.authority.jwks()).toEqual({ keys: [expect.objectContaining({ kid: common.body.keys[0].kid })] });
  });
});

describe('signing key persistence', () => {
  let dir: string;
  beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'upnext-demo-'))));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('keeps the key in dataDir, owner-only, so tokens survive a restart', async () => {
    const first = makeDemo({ dataDir: dir }).demo;
    const token = await first.authority.signUserToken(dana.oid);
    const file = join(dir, 'demo-idp-signing-key.pem');
    expect(statSync(file).mode & 0o777).toBe(0o600);

    const second = makeDemo({ dataDir: dir }).demo;
    expect(second.authority.jwks()).toEqual(first.authority.jwks());
    await expect(jwtVerify(token, createLocalJWKSet(second.authority.jwks()))).resolves.toBeDefined();
  });

  it('refresh tokens from before the restart still redeem', async () => {
    const first = makeDemo({ dataDir: dir });
    const assertion = await first.demo.authority.signUserToken(dana.oid);
    const issued = await obo(first.app, assertion).expect(200);
    const second = makeDemo({ dataDir: dir });
    const res = await request(second.app).post(`/demo/login/${DEMO_TENANT_ID}/oauth2/v2.0/token`).type('form').send({
      client_id: CLIENT_ID, client_secret: CLIENT_SECRET, grant_type: 'refresh_token', refresh_token: issued.body.refresh_token,
    });
    expect(res.status).toBe(200);
  });

  it('gives every instance without dataDir its own key', () => {
    expect(makeDemo().demo.authority.jwks().keys[0]?.kid).not.toBe(makeDemo().demo.authority.jwks().keys[0]?.kid);
  });
});
