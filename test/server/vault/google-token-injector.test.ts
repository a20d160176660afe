import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { UserIdentity } from '../../../src/server/auth/user-token-verifier';
import { googleCredentials } from '../../../src/server/providers/google-calendar/credentials';
import { GoogleOAuthError, type GoogleOAuthClient } from '../../../src/server/providers/google-calendar/oauth-client';
import { SqliteStore } from '../../../src/server/store/sqlite-store';
import { parseMasterKeys } from '../../../src/server/vault/master-keys';
import { Vault } from '../../../src/server/vault/vault';
import { VaultTokenInjector } from '../../../src/server/vault/vault-token-injector';

const USER: UserIdentity = { tid: 't-1', oid: 'o-1', name: 'Dana', groups: [], roles: [], assertion: 'jwt', expiresAt: 0 };
const KEYS = `a:${randomBytes(32).toString('base64')}`;

/** Google as it refreshes: a new access token, never a new refresh token; invalid_grant once revoked. */
function googleLike(now: () => number) {
  let serial = 0;
  let revoked = false;
  const calls = { refresh: 0, revoke: 0 };
  const client: GoogleOAuthClient = {
    redeemCode: async () => ({ accessToken: 'unused', expiresAt: 0, scopes: [] }),
    refresh: async (refreshToken) => {
      calls.refresh++;
      await new Promise((r) => setTimeout(r, 20));
      if (revoked || refreshToken !== 'rt-google') throw new GoogleOAuthError(400, 'invalid_grant');
      return { accessToken: `at-${++serial}`, expiresAt: now() + 3600_000, scopes: ['https://www.googleapis.com/auth/calendar.events.readonly'] };
    },
    revoke: async () => {
      calls.revoke++;
    },
  };
  return { client, calls, revoke: () => (revoked = true) };
}

describe('VaultTokenInjector with Google credentials', () => {
  let dir: string;
  let clock = 1_000_000;
  const now = () => clock;
  const userKey = randomBytes(32);
  const ctx = { user: USER, userKey: userKey.toString('base64url') };
  const owner = { tid: USER.tid, oid: USER.oid, provider: 'google-calendar' };

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'upnext-google-vault-'));
    clock = 1_000_000;
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  function server(google: ReturnType<typeof googleLike>) {
    const store = new SqliteStore(join(dir, 'db.sqlite'));
    const vault = new Vault(store.vault, parseMasterKeys(KEYS), now);
    return { store, vault, injector: new VaultTokenInjector({ vault, credentials: () => googleCredentials(google.client), now }) };
  }

  async function connected(google: ReturnType<typeof googleLike>) {
    const a = server(google);
    await a.injector.save(ctx, 'google-calendar', { accessToken: 'at-0', refreshToken: 'rt-google', expiresAt: now() + 3600_000, scopes: [], account: 'dana@gmail.example' });
    return a;
  }

  it('one refresh for 50 callers on two servers (single flight + lease); the refresh token Google did not rotate is kept', async () => {
    const google = googleLike(now);
    const a = await connected(google);
    const b = server(google);
    clock += 3600_000 - 60_000;
    const tokens = await Promise.all(Array.from({ length: 50 }, (_, i) => (i % 2 ? a : b).injector.accessToken(ctx, 'google-calendar')));
    expect(new Set(tokens)).toEqual(new Set(['at-1']));
    expect(google.calls.refresh).toBe(1);
    const stored = await a.vault.read(owner, userKey);
    expect(stored.kind === 'found' && stored.tokens).toMatchObject({ accessToken: 'at-1', refreshToken: 'rt-google', account: 'dana@gmail.example' });
    // And the next refresh still works with the same refresh token.
    clock += 3600_000;
    expect(await b.injector.accessToken(ctx, 'google-calendar')).toBe('at-2');
    await Promise.all([a.store.close(), b.store.close()]);
  });

  it('invalid_grant voids the entry: reconnect_required, and /api/me says grant_revoked', async () => {
    const google = googleLike(now);
    const a = await connected(google);
    google.revoke();
    clock += 3600_000;
    await expect(a.injector.accessToken(ctx, 'google-calendar')).rejects.toMatchObject({ code: 'reconnect_required' });
    expect(await a.injector.status(ctx, 'google-calendar')).toEqual({ state: 'reconnect_required', reason: 'grant_revoked' });
    await a.store.close();
  });

  it('disconnect revokes with the refresh token and deletes the entry; status shows the account while connected', async () => {
    const google = googleLike(now);
    const a = await connected(google);
    expect(await a.injector.status(ctx, 'google-calendar')).toEqual({ state: 'connected', account: 'dana@gmail.example' });
    expect(await a.injector.disconnect(ctx, 'google-calendar')).toEqual({ revoke: 'revoked', removed: 1 });
    expect(google.calls.revoke).toBe(1);
    expect(await a.injector.status(ctx, 'google-calendar')).toEqual({ state: 'not_connected', reason: 'disconnected' });
    await a.store.close();
  });
});
