import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PostgresStore } from '../../../src/server/store/postgres-store';
import { SqliteStore } from '../../../src/server/store/sqlite-store';
import type { Store, VaultWrite } from '../../../src/server/store/store';
import { freshDatabase, serviceUrl } from '../../helpers/services';

/** One contract, every store: what the vault and the Connect flow rely on. */
const stores: Array<[string, () => Promise<{ store: Store; reopen(): Promise<Store>; cleanup(): Promise<void> }>]> = [
  [
    'SQLite',
    async () => {
      const dir = mkdtempSync(join(tmpdir(), 'upnext-store-'));
      const file = join(dir, 'db.sqlite');
      return { store: new SqliteStore(file), reopen: async () => new SqliteStore(file), cleanup: async () => rmSync(dir, { recursive: true, force: true }) };
    },
  ],
];
const pgUrl = serviceUrl('TEST_DATABASE_URL');
if (pgUrl) {
  stores.push([
    'PostgreSQL',
    async () => {
      const db = await freshDatabase(pgUrl);
      return { store: await PostgresStore.open(db.url), reopen: () => PostgresStore.open(db.url), cleanup: db.drop };
    },
  ]);
}

const key = { tid: 't', oid: 'o', provider: 'outlook-calendar', keyId: 'k1' };
const write = (n: number): VaultWrite => ({ masterKid: 'm1', nonce: Buffer.alloc(12, n), ciphertext: Buffer.from([n, 0, 255, n]), status: 'active' });

describe.each(stores)('%s store', (_name, open) => {
  let ctx: Awaited<ReturnType<typeof open>>;
  beforeEach(async () => {
    ctx = await open();
  });
  afterEach(async () => {
    await ctx.store.close();
    await ctx.cleanup();
  });

  it('puts and gets an entry with its bytes intact, version 1', async () => {
    await ctx.store.vault.put(key, write(7), 1000);
    const row = await ctx.store.vault.get(key);
    expect(row).toMatchObject({ ...key, version: 1, masterKid: 'm1', status: 'active', refreshLeaseUntil: null, updatedAt: 1000 });
    expect(row!.nonce.equals(Buffer.alloc(12, 7))).toBe(true);
    expect(row!.ciphertext.equals(Buffer.from([7, 0, 255, 7]))).toBe(true);
    expect(await ctx.store.vault.get({ ...key, keyId: 'other' })).toBeUndefined();
  });

  it('replaces on put (a new connection) and bumps the version', async () => {
    await ctx.store.vault.put(key, write(1), 1);
    await ctx.store.vault.put(key, write(2), 2);
    expect((await ctx.store.vault.get(key))!.version).toBe(2);
  });

  it('compare-and-swap writes only over the expected version', async () => {
    await ctx.store.vault.put(key, write(1), 1);
    expect(await ctx.store.vault.compareAndSwap(key, 1, write(2), 2)).toBe(true);
    expect(await ctx.store.vault.compareAndSwap(key, 1, write(3), 3)).toBe(false);
    const row = await ctx.store.vault.get(key);
    expect(row!.version).toBe(2);
    expect(row!.nonce[0]).toBe(2);
  });

  it('gives the refresh lease to one holder until it lapses or a write clears it', async () => {
    await ctx.store.vault.put(key, write(1), 1);
    expect(await ctx.store.vault.acquireRefreshLease(key, 1, 5000, 1000)).toBe(true);
    expect(await ctx.store.vault.acquireRefreshLease(key, 1, 6000, 2000)).toBe(false);
    expect(await ctx.store.vault.acquireRefreshLease(key, 1, 9000, 5001)).toBe(true); // lapsed
    expect(await ctx.store.vault.compareAndSwap(key, 1, write(2), 6000)).toBe(true);
    expect((await ctx.store.vault.get(key))!.refreshLeaseUntil).toBeNull();
    expect(await ctx.store.vault.acquireRefreshLease(key, 1, 9000, 6000)).toBe(false); // stale version
    expect(await ctx.store.vault.acquireRefreshLease(key, 2, 9000, 6000)).toBe(true);
    await ctx.store.vault.releaseRefreshLease(key);
    expect((await ctx.store.vault.get(key))!.refreshLeaseUntil).toBeNull();
  });

  it('a housekeeping compare-and-swap waits out a live refresh lease', async () => {
    await ctx.store.vault.put(key, write(1), 1);
    expect(await ctx.store.vault.acquireRefreshLease(key, 1, 5000, 1000)).toBe(true);
    expect(await ctx.store.vault.compareAndSwap(key, 1, write(2), 2000, { unlessLeased: true })).toBe(false);
    expect(await ctx.store.vault.compareAndSwap(key, 1, write(2), 6000, { unlessLeased: true })).toBe(true); // lapsed
  });

  it('counts the user’s other device entries and deletes them all on disconnect', async () => {
    await ctx.store.vault.put(key, write(1), 1);
    await ctx.store.vault.put({ ...key, keyId: 'k2' }, write(1), 1);
    await ctx.store.vault.put({ ...key, oid: 'someone-else' }, write(1), 1);
    expect(await ctx.store.vault.countOthers({ ...key, keyId: 'k3' })).toBe(2);
    expect(await ctx.store.vault.deleteAll('t', 'o', 'outlook-calendar')).toBe(2);
    expect(await ctx.store.vault.countOthers({ ...key, keyId: 'k3' })).toBe(0);
    expect(await ctx.store.vault.get({ ...key, oid: 'someone-else' })).toBeDefined();
  });

  it('deletes one device entry and leaves the others', async () => {
    await ctx.store.vault.put(key, write(1), 1);
    await ctx.store.vault.put({ ...key, keyId: 'k2' }, write(1), 1);
    expect(await ctx.store.vault.deleteOne(key)).toBe(1);
    expect(await ctx.store.vault.get(key)).toBeUndefined();
    expect(await ctx.store.vault.get({ ...key, keyId: 'k2' })).toBeDefined();
    expect(await ctx.store.vault.deleteOne(key)).toBe(0);
  });

  it('remembers a disconnect for one device or all of them until Connect releases it', async () => {
    const device = { ...key, keyId: 'k1' };
    const other = { ...key, keyId: 'k2' };
    expect(await ctx.store.vault.isDisconnectHeld(device)).toBe(false);
    await ctx.store.vault.holdDisconnected({ tid: 't', oid: 'o', provider: 'outlook-calendar', scope: 'k1', at: 5 });
    expect(await ctx.store.vault.isDisconnectHeld(device)).toBe(true);
    expect(await ctx.store.vault.isDisconnectHeld(other)).toBe(false);
    expect(await ctx.store.vault.isDisconnectHeld({ ...device, provider: 'google-calendar' })).toBe(false);
    await ctx.store.vault.holdDisconnected({ tid: 't', oid: 'o', provider: 'outlook-calendar', scope: '*', at: 6 });
    await ctx.store.vault.holdDisconnected({ tid: 't', oid: 'o', provider: 'outlook-calendar', scope: '*', at: 7 }); // again: no conflict
    expect(await ctx.store.vault.isDisconnectHeld(other)).toBe(true);
    expect(await ctx.store.vault.isDisconnectHeld({ ...other, oid: 'someone-else' })).toBe(false);
    await ctx.store.vault.releaseDisconnect(device);
    expect(await ctx.store.vault.isDisconnectHeld(device)).toBe(false);
    expect(await ctx.store.vault.isDisconnectHeld(other)).toBe(false);
  });

  it('keeps a Google entry apart from the Outlook one of the same user and device key', async () => {
    const google = { ...key, provider: 'google-calendar' };
    await ctx.store.vault.put(key, write(1), 1);
    await ctx.store.vault.put(google, write(7), 1);
    expect((await ctx.store.vault.get(google))!.nonce[0]).toBe(7);
    expect(await ctx.store.vault.compareAndSwap(google, 1, write(8), 2)).toBe(true);
    expect(await ctx.store.vault.acquireRefreshLease(google, 2, 5000, 3)).toBe(true);
    expect(await ctx.store.vault.acquireRefreshLease(key, 1, 5000, 3)).toBe(true); // leases are per entry
    expect(await ctx.store.vault.countOthers({ ...google, keyId: 'k9' })).toBe(1);
    expect(await ctx.store.vault.deleteAll('t', 'o', 'google-calendar')).toBe(1);
    expect((await ctx.store.vault.get(key))!.nonce[0]).toBe(1);
  });

  it('consumes an OAuth state once, and forgets expired ones', async () => {
    expect(await ctx.store.consumeOAuthState('n1', 5000, 1000)).toBe(true);
    expect(await ctx.store.consumeOAuthState('n1', 5000, 1000)).toBe(false);
    expect(await ctx.store.consumeOAuthState('n1', 9000, 6000)).toBe(true); // the old record expired
  });

  it('records users, answers ping, and keeps everything across a reopen (migrations run once)', async () => {
    await ctx.store.touchUser('t', 'o', 1);
    await ctx.store.touchUser('t', 'o', 2);
    await ctx.store.vault.put(key, write(4), 1);
    await ctx.store.ping();
    await ctx.store.close();
    ctx.store = await ctx.reopen();
    expect((await ctx.store.vault.get(key))!.nonce[0]).toBe(4);
  });
});
