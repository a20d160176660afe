import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AppError } from '../../../src/server/errors/app-error';
import { outlookCredentials } from '../../../src/server/providers/outlook-calendar/credentials';
import { AuthorityError, type TokenClient, type TokenSet } from '../../../src/server/providers/outlook-calendar/token-client';
import { SqliteStore } from '../../../src/server/store/sqlite-store';
import { parseMasterKeys } from '../../../src/server/vault/master-keys';
import { Vault, type StoredTokens } from '../../../src/server/vault/vault';
import { VaultTokenInjector } from '../../../src/server/vault/vault-token-injector';
import type { UserIdentity } from '../../../src/server/auth/user-token-verifier';

const USER: UserIdentity = { tid: 't-1', oid: 'o-1', name: 'Dana', groups: [], roles: [], assertion: 'jwt', expiresAt: 0 };
const KEY_A = randomBytes(32).toString('base64');
const KEY_B = randomBytes(32).toString('base64');
const scopes = { 'outlook-calendar': ['Calendars.Read', 'offline_access'] };

/** An authority that rotates refresh tokens and refuses a used one, like the demo and Entra can. */
function rotatingAuthority(now: () => number) {
  let serial = 0;
  const live = new Set<string>();
  const calls = { refresh: 0 };
  const issue = (): TokenSet => {
    serial++;
    const rt = `rt-${serial}`;
    live.add(rt);
    return { accessToken: `at-${serial}`, refreshToken: rt, expiresAt: now() + 3600_000, scopes: scopes['outlook-calendar'] };
  };
  const client: TokenClient = {
    onBehalfOf: async () => issue(),
    redeemCode: async () => issue(),
    refresh: async (_tid, refreshToken) => {
      calls.refresh++;
      await new Promise((r) => setTimeout(r, 20));
      if (!live.delete(refreshToken)) throw new AuthorityError(400, 'invalid_grant', [70008]);
      return issue();
    },
  };
  return { client, calls, issue, live };
}

function setup(file: string, masterKeys: string, authority: ReturnType<typeof rotatingAuthority>, now: () => number) {
  const store = new SqliteStore(file);
  const vault = new Vault(store.vault, parseMasterKeys(masterKeys), now);
  const injector = new VaultTokenInjector({ vault, credentials: () => outlookCredentials(authority.client, scopes['outlook-calendar']), now, sleep: (ms) => new Promise((r) => setTimeout(r, ms)) });
  return { store, vault, injector };
}

describe('VaultTokenInjector', () => {
  let dir: string;
  let clock: number;
  const now = () => clock;
  const owner = { tid: USER.tid, oid: USER.oid, provider: 'outlook-calendar' };
  const userKey = randomBytes(32);
  const ctx = { user: USER, userKey: userKey.toString('base64url') };

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'upnext-vault-'));
    clock = 1_000_000;
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  async function connected(file = join(dir, 'db.sqlite'), keys = `a:${KEY_A}`) {
    const authority = rotatingAuthority(now);
    const parts = setup(file, keys, authority, now);
    const first = authority.issue();
    await parts.vault.save(owner, userKey, first as StoredTokens);
    return { ...parts, authority };
  }

  it('hands out the stored access token while it is fresh', async () => {
    const { injector, authority, store } = await connected();
    expect(await injector.accessToken(ctx, 'outlook-calendar')).toBe('at-1');
    expect(authority.calls.refresh).toBe(0);
    await store.close();
  });

  it('refreshes five minutes before expiry, once for 50 concurrent callers, and stores the rotated refresh token', async () => {
    const { injector, authority, vault, store } = await connected();
    clock += 3600_000 - 4 * 60_000;
    const tokens = await Promise.all(Array.from({ length: 50 }, () => injector.accessToken(ctx, 'outlook-calendar')));
    expect(new Set(tokens)).toEqual(new Set(['at-2']));
    expect(authority.calls.refresh).toBe(1);
    const read = await vault.read(owner, userKey);
    expect(read.kind === 'found' && read.tokens.refreshToken).toBe('rt-2');
    await store.close();
  });

  it('a grant the provider refuses (refused) is voided: status and accessToken both say reconnect_required', async () => {
    const { injector, store } = await connected();
    await injector.refused(ctx, 'outlook-calendar');
    expect(await injector.status(ctx, 'outlook-calendar')).toMatchObject({ state: 'reconnect_required' });
    await expect(injector.accessToken(ctx, 'outlook-calendar')).rejects.toMatchObject({ code: 'reconnect_required' });
    await store.close();
  });

  it('keeps the old refresh token when the answer carries none', async () => {
    const { injector, authority, vault, store } = await connected();
    authority.client.refresh = async () => ({ accessToken: 'at-x', expiresAt: clock + 3600_000 * 2, scopes: [] });
    clock += 3600_000;
    expect(await injector.accessToken(ctx, 'outlook-calendar')).toBe('at-x');
    const read = await vault.read(owner, userKey);
    expect(read.kind === 'found' && read.tokens.refreshToken).toBe('rt-1');
    await store.close();
  });

  it('two servers on one SQLite file refreshing the same entry keep the newest refresh token and both keep working', async () => {
    const file = join(dir, 'shared.sqlite');
    const a = await connected(file);
    const b = setup(file, `a:${KEY_A}`, a.authority, now);
    clock += 3600_000;
    const [ta, tb] = await Promise.all([a.injector.accessToken(ctx, 'outlook-calendar'), b.injector.accessToken(ctx, 'outlook-calendar')]);
    expect(ta).toBe(tb);
    expect(a.authority.calls.refresh).toBe(1);
    const read = await a.vault.read(owner, userKey);
    expect(read.kind === 'found' && a.authority.live.has(read.tokens.refreshToken!)).toBe(true);
    clock += 3600_000;
    expect(await b.injector.accessToken(ctx, 'outlook-calendar')).toBe('at-3');
    expect(await a.injector.accessToken(ctx, 'outlook-calendar')).toBe('at-3');
    await a.store.close();
    await b.store.close();
  });

  it('a housekeeping write from another server during a refresh (a rejected token) does not cost the new refresh token', async () => {
    const file = join(dir, 'race.sqlite');
    const a = await connected(file);
    const b = setup(file, `a:${KEY_A}`, a.authority, now);
    clock += 3600_000 - 60_000; // inside the refresh margin, not yet expired
    const refreshing = a.injector.accessToken(ctx, 'outlook-calendar');
    await new Promise((r) => setTimeout(r, 5)); // A holds the lease and waits on the authority
    await b.injector.rejected(ctx, 'outlook-calendar', 'at-1');
    expect(await refreshing).toBe('at-2');
    const read = await a.vault.read(owner, userKey);
    expect(read.kind === 'found' && read.tokens.refreshToken).toBe('rt-2');
    expect(a.authority.calls.refresh).toBe(1);
    await a.store.close();
    await b.store.close();
  });

  it('a write that raced past the lease check still leaves the refresh’s tokens stored', async () => {
    const { injector, authority, vault, store } = await connected();
    clock += 3600_000;
    const refreshing = injector.accessToken(ctx, 'outlook-calendar');
    await new Promise((r) => setTimeout(r, 5));
    // A write that ignores the lease bumps the version under the refresh in flight.
    const current = await vault.read(owner, userKey);
    if (current.kind !== 'found') throw new Error('expected an entry');
    expect(await vault.swap(owner, userKey, current.row.version, current.tokens)).toBe(true);
    expect(await refreshing).toBe('at-2');
    const read = await vault.read(owner, userKey);
    expect(read.kind === 'found' && read.tokens.refreshToken).toBe('rt-2');
    expect(authority.calls.refresh).toBe(1);
    await store.close();
  });

  it('voids the entry on invalid_grant and asks to reconnect', async () => {
    const { injector, authority, store } = await connected();
    authority.live.clear();
    clock += 3600_000;
    await expect(injector.accessToken(ctx, 'outlook-calendar')).rejects.toMatchObject({ code: 'reconnect_required' });
    await expect(injector.status(ctx, 'outlook-calendar')).resolves.toEqual({ state: 'reconnect_required', reason: 'grant_revoked' });
    await store.close();
  });

  it('maps interaction_required to consent_required', async () => {
    const { injector, authority, store } = await connected();
    authority.client.refresh = async () => {
      throw new AuthorityError(400, 'interaction_required', [65001]);
    };
    clock += 3600_000;
    await expect(injector.accessToken(ctx, 'outlook-calendar')).rejects.toMatchObject({ code: 'consent_required' });
    await store.close();
  });

  it('a wrong user key opens nothing: reconnect_required (device key changed); a missing one: user_key_missing', async () => {
    const { injector, store } = await connected();
    const other = { user: USER, userKey: randomBytes(32).toString('base64url') };
    await expect(injector.accessToken(other, 'outlook-calendar')).rejects.toMatchObject({ code: 'reconnect_required' });
    await expect(injector.status(other, 'outlook-calendar')).resolves.toEqual({ state: 'reconnect_required', reason: 'device_key_changed' });
    await expect(injector.accessToken({ user: USER }, 'outlook-calendar')).rejects.toMatchObject({ code: 'user_key_missing' });
    const stranger = { user: { ...USER, oid: 'o-2' }, userKey: ctx.userKey };
    await expect(injector.accessToken(stranger, 'outlook-calendar')).rejects.toMatchObject({ code: 'not_connected' });
    await store.close();
  });

  it('a row copied onto another user does not open', async () => {
    const { store, injector } = await connected();
    store.db.prepare("INSERT INTO vault_entries SELECT tid, 'o-2', provider, key_id, version, master_kid, nonce, ciphertext, status, refresh_lease_until, created_at, updated_at FROM vault_entries").run();
    const stranger = { user: { ...USER, oid: 'o-2' }, userKey: ctx.userKey };
    await expect(injector.accessToken(stranger, 'outlook-calendar')).rejects.toBeInstanceOf(AppError);
    await expect(injector.status(stranger, 'outlook-calendar')).resolves.toEqual({ state: 'reconnect_required', reason: 'entry_unreadable' });
    await store.close();
  });

  it('reads an entry written under an old master key, then re-encrypts it under the current one', async () => {
    const file = join(dir, 'rotate.sqlite');
    const old = await connected(file, `a:${KEY_A}`);
    await old.store.close();
    const rotated = setup(file, `b:${KEY_B},a:${KEY_A}`, old.authority, now);
    expect((await rotated.store.vault.get({ ...owner, keyId: rotated.vault.entryKey(owner, userKey).keyId }))?.masterKid).toBe('a');
    expect(await rotated.injector.accessToken(ctx, 'outlook-calendar')).toBe('at-1');
    expect((await rotated.store.vault.get({ ...owner, keyId: rotated.vault.entryKey(owner, userKey).keyId }))?.masterKid).toBe('b');
    await rotated.store.close();
    // Once re-encrypted, the old key is no longer needed.
    const onlyNew = setup(file, `b:${KEY_B}`, old.authority, now);
    expect(await onlyNew.injector.accessToken(ctx, 'outlook-calendar')).toBe('at-1');
    await onlyNew.store.close();
  });
});
