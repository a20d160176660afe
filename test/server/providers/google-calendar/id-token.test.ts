import { googleAccountOf } from '../../../../src/server/providers/google-calendar/id-token';

const CLIENT = 'c1.apps.googleusercontent.com';
const NOW = Date.UTC(2026, 11, 1, 12);
const b64 = (v: unknown) => Buffer.from(JSON.stringify(v)).toString('base64url');
const token = (claims: Record<string, unknown>) =>
  `${b64({ alg: 'RS256' })}.${b64({ iss: 'https://accounts.google.com', aud: CLIENT, sub: '1094', email: 'dana@gmail.example', email_verified: true, exp: NOW / 1000 + 3600, ...claims })}.sig`;

describe('googleAccountOf (id token from the token endpoint)', () => {
  it('accepts both Google issuers and returns the account', () => {
    expect(googleAccountOf(token({}), CLIENT, NOW)).toEqual({ sub: '1094', email: 'dana@gmail.example' });
    expect(googleAccountOf(token({ iss: 'accounts.google.com' }), CLIENT, NOW)).toBeDefined();
  });

  it.each([
    ['another issuer', { iss: 'https://evil.example' }],
    ['another audience', { aud: 'other.apps.googleusercontent.com' }],
    ['several audiences without azp', { aud: [CLIENT, 'other'] }],
    ['expired', { exp: NOW / 1000 - 3600 }],
    ['an unverified e-mail', { email_verified: false }],
    ['no e-mail', { email: undefined }],
    ['no subject', { sub: '' }],
  ])('refuses %s', (_why, claims) => {
    expect(googleAccountOf(token(claims), CLIENT, NOW)).toBeUndefined();
  });

  it('accepts several audiences when azp is ours; refuses garbage and absence', () => {
    expect(googleAccountOf(token({ aud: [CLIENT, 'other'], azp: CLIENT }), CLIENT, NOW)).toBeDefined();
    expect(googleAccountOf('not.a.jwt', CLIENT, NOW)).toBeUndefined();
    expect(googleAccountOf(undefined, CLIENT, NOW)).toBeUndefined();
  });
});
