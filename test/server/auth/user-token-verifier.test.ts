import { createHmac } from 'node:crypto';
import { AppError } from '../../../src/server/errors/app-error';
import { createUserTokenVerifier } from '../../../src/server/auth/user-token-verifier';
import { CLIENT_ID, OTHER_TENANT, startFakeAuthority, TENANT, USER_OID, type FakeAuthority } from '../../helpers/fake-authority';

let authority: FakeAuthority;
beforeAll(async () => {
  authority = await startFakeAuthority();
});
afterAll(() => authority.close());

const claims = (overrides: Record<string, unknown> = {}) => ({
  iss: `${authority.host}/${TENANT}/v2.0`,
  aud: CLIENT_ID,
  tid: TENANT,
  oid: USER_OID,
  scp: 'access_as_user',
  name: 'Dana Whitfield',
  preferred_username: 'dana@contoso.example',
  ver: '2.0',
  ...overrides,
});

function verifier(allowedTenants: '*' | string[] = '*') {
  return createUserTokenVerifier({ authorityHost: authority.host, audiences: [CLIENT_ID, `api://localhost/${CLIENT_ID}`], allowedTenants, jwksCooldownMs: 0 });
}

async function codeOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
    return 'accepted';
  } catch (err) {
    expect(err).toBeInstanceOf(AppError);
    return (err as AppError).code;
  }
}

const b64 = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

describe('user token verifier', () => {
  it('accepts a well-formed Entra v2 token and keys the user by tid + oid', async () => {
    const user = await verifier()(await authority.sign(claims()));
    expect(user).toMatchObject({ tid: TENANT, oid: USER_OID, name: 'Dana Whitfield', username: 'dana@contoso.example' });
  });

  it('accepts the api:// audience form too', async () => {
    await expect(verifier()(await authority.sign(claims({ aud: `api://localhost/${CLIENT_ID}` })))).resolves.toBeDefined();
  });

  it.each([
    ['expired', () => authority.sign(claims({ exp: Math.floor(Date.now() / 1000) - 3600 }))],
    ['not yet valid', () => authority.sign(claims({ nbf: Math.floor(Date.now() / 1000) + 3600 }))],
    ['another audience', () => authority.sign(claims({ aud: '00000003-0000-0000-c000-000000000000' }))],
    ['wrong issuer', () => authority.sign(claims({ iss: `https://evil.example/${TENANT}/v2.0` }))],
    ['issuer of another tenant', () => authority.sign(claims({ iss: `${authority.host}/${OTHER_TENANT}/v2.0` }))],
    ['unknown kid', () => authority.sign(claims(), { kid: 'not-a-known-key' })],
    ['no oid', () => authority.sign(claims({ oid: undefined }))],
    ['oid not a GUID', () => authority.sign(claims({ oid: 'dana@contoso.example' }))],
  ])('rejects a token with %s as invalid_token', async (_name, make) => {
    expect(await codeOf(verifier()(await make()))).toBe('invalid_token');
  });

  it('rejects alg none', async () => {
    const token = `${b64({ alg: 'none', typ: 'JWT' })}.${b64({ ...claims(), exp: Math.floor(Date.now() / 1000) + 600, iat: Math.floor(Date.now() / 1000) })}.`;
    expect(await codeOf(verifier()(token))).toBe('invalid_token');
  });

  it('rejects an HS256 token signed with the public key (algorithm confusion)', async () => {
    const header = b64({ alg: 'HS256', typ: 'JWT', kid: 'test-key-1' });
    const payload = b64({ ...claims(), exp: Math.floor(Date.now() / 1000) + 600, iat: Math.floor(Date.now() / 1000) });
    const secret = JSON.stringify(authority.publicJwk);
    const sig = createHmac('sha256', secret).update(`${header}.${payload}`).digest('base64url');
    expect(await codeOf(verifier()(`${header}.${payload}.${sig}`))).toBe('invalid_token');
  });

  it('rejects a token whose signature was tampered with', async () => {
    const token = await authority.sign(claims());
    const [h, p] = token.split('.');
    const forged = `${h}.${b64({ ...JSON.parse(Buffer.from(p!, 'base64url').toString()), oid: 'ffffffff-bbbb-4ccc-8ddd-eeeeeeeeeeee' })}.${token.split('.')[2]}`;
    expect(await codeOf(verifier()(forged))).toBe('invalid_token');
  });

  it('refuses a tenant that is not allowed with forbidden', async () => {
    expect(await codeOf(verifier([OTHER_TENANT])(await authority.sign(claims())))).toBe('forbidden');
  });

  it('refuses a token without the access_as_user scope with forbidden', async () => {
    expect(await codeOf(verifier()(await authority.sign(claims({ scp: 'User.Read' }))))).toBe('forbidden');
  });

  it('rejects garbage as invalid_token', async () => {
    expect(await codeOf(verifier()('a.b.c'))).toBe('invalid_token');
  });

  it('refuses a token that claims to live longer than 24 hours, however recent its iat', async () => {
    const tenYears = Math.floor(Date.now() / 1000) + 10 * 366 * 24 * 3600;
    expect(await codeOf(verifier()(await authority.sign(claims({ exp: tenYears }))))).toBe('invalid_token');
    const justOver = Math.floor(Date.now() / 1000) + 24 * 3600 + 5;
    expect(await codeOf(verifier()(await authority.sign(claims({ exp: justOver }))))).toBe('invalid_token');
  });

  it('remembers a verified token a few minutes at most, not until its exp', async () => {
    let clock = Date.now();
    // No JWKS caching: every full verification fetches the keys, so the count shows each one.
    const verify = createUserTokenVerifier({ authorityHost: authority.host, audiences: [CLIENT_ID], allowedTenants: '*', jwksCooldownMs: 0, jwksCacheMaxAgeMs: 0, now: () => clock });
    const token = await authority.sign(claims(), { expiresIn: '1h' });
    const before = authority.jwksRequests;
    await verify(token);
    await verify(token);
    expect(authority.jwksRequests - before).toBe(1);
    clock += 4 * 60_000;
    await verify(token);
    expect(authority.jwksRequests - before).toBe(1);
    clock += 2 * 60_000; // six minutes after the first check, well before exp
    await verify(token);
    expect(authority.jwksRequests - before).toBe(2);
  });
});
