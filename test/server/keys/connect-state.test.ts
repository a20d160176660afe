import { randomBytes } from 'node:crypto';
import { ConnectStateError, createConnectStates, pkceChallenge } from '../../../src/server/keys/connect-state';
import { parseMasterKeys } from '../../../src/server/vault/master-keys';

const A = `a:${randomBytes(32).toString('base64')}`;
const B = `b:${randomBytes(32).toString('base64')}`;
const binding = { tid: 't', oid: 'o', keyId: 'k', provider: 'outlook-calendar' };

describe('connect states', () => {
  let now = 1_000_000;
  const clock = () => now;

  it('round-trips the binding and derives the same PKCE verifier on both sides', () => {
    const states = createConnectStates(parseMasterKeys(A), { now: clock });
    const issued = states.issue(binding);
    const verified = states.verify(issued.state);
    expect(verified.payload).toEqual(issued.payload);
    expect(verified.codeVerifier).toBe(issued.codeVerifier);
    expect(verified.codeVerifier).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(pkceChallenge(issued.codeVerifier)).not.toBe(issued.codeVerifier);
  });

  it('keeps a consent in progress working across a master-key rotation, and refuses unknown keys', () => {
    const issued = createConnectStates(parseMasterKeys(A), { now: clock }).issue(binding);
    expect(createConnectStates(parseMasterKeys(`${B},${A}`), { now: clock }).verify(issued.state).codeVerifier).toBe(issued.codeVerifier);
    expect(() => createConnectStates(parseMasterKeys(B), { now: clock }).verify(issued.state)).toThrow(ConnectStateError);
  });

  it('refuses tampering, garbage and expiry', () => {
    const states = createConnectStates(parseMasterKeys(A), { now: clock, lifetimeMs: 600_000 });
    const { state } = states.issue(binding);
    const [body, sig] = state.split('.');
    const forged = Buffer.from(JSON.stringify({ ...JSON.parse(Buffer.from(body!, 'base64url').toString()), oid: 'someone' })).toString('base64url');
    expect(() => states.verify(`${forged}.${sig}`)).toThrow('bad signature');
    expect(() => states.verify('not-a-state')).toThrow('malformed');
    expect(() => states.verify('e30.e30.e30')).toThrow('malformed');
    expect(() => states.verify(`${Buffer.from('[').toString('base64url')}.x`)).toThrow('malformed');
    now += 600_001;
    expect(() => states.verify(state)).toThrow('expired');
  });
});
