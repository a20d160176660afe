import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { verifyChain } from '../../../src/server/audit/chain';
import type { AuditDraft } from '../../../src/server/store/admin-store';
import { PostgresStore } from '../../../src/server/store/postgres-store';
import { SqliteStore } from '../../../src/server/store/sqlite-store';
import type { Store } from '../../../src/server/store/store';
import { freshDatabase, serviceUrl } from '../../helpers/services';

/** The admin store's contract, on every store: settings, audiences, people, consent, the audit chain. */
const stores: Array<[string, () => Promise<{ store: Store; cleanup(): Promise<void> }>]> = [
  [
    'SQLite',
    async () => {
      const dir = mkdtempSync(join(tmpdir(), 'upnext-admin-store-'));
      return { store: new SqliteStore(join(dir, 'db.sqlite')), cleanup: async () => rmSync(dir, { recursive: true, force: true }) };
    },
  ],
];
const pgUrl = serviceUrl('TEST_DATABASE_URL');
if (pgUrl) {
  stores.push([
    'PostgreSQL',
    async () => {
      const db = await freshDatabase(pgUrl);
      return { store: await PostgresStore.open(db.url), cleanup: db.drop };
    },
  ]);
}

const draft = (action: string, n: number): AuditDraft => ({
  at: 1000 + n,
  actor: { oid: 'admin', name: 'Dana "the admin"' },
  action,
  target: { type: 'integration', id: 'outlook-calendar' },
  before: { enabled: n % 2 === 0 },
  after: { enabled: n % 2 === 1, note: 'ünïcödé, "quotes"' },
  requestId: `req-${n}`,
});

describe.each(stores)('%s admin store', (_name, open) => {
  let ctx: Awaited<ReturnType<typeof open>>;
  beforeEach(async () => {
    ctx = await open();
  });
  afterEach(async () => {
    await ctx.store.close();
    await ctx.cleanup();
  });

  it('keeps integration settings and audiences per tenant', async () => {
    const setting = { provider: 'outlook-calendar', enabled: true, access: { mode: 'specific' as const, audiences: ['a1'], users: ['u1'] } };
    const audience = { id: 'a1', name: 'Engineering', users: ['u1'], groups: ['g1'], roles: ['Upnext.Pilot'] };
    await ctx.store.admin.apply('t1', [{ kind: 'integration', setting }, { kind: 'audience', audience }], []);
    expect(await ctx.store.admin.integrationSettings('t1')).toEqual([setting]);
    expect(await ctx.store.admin.audiences('t1')).toEqual([audience]);
    expect(await ctx.store.admin.integrationSettings('t2')).toEqual([]);
    expect(await ctx.store.admin.audiences('t2')).toEqual([]);
    await ctx.store.admin.apply('t2', [{ kind: 'delete_audience', id: 'a1' }], []);
    expect(await ctx.store.admin.audiences('t1')).toHaveLength(1);
    await ctx.store.admin.apply('t1', [{ kind: 'delete_audience', id: 'a1' }], []);
    expect(await ctx.store.admin.audiences('t1')).toEqual([]);
  });

  it('chains audit entries per tenant, pages newest first, and the chain verifies', async () => {
    for (let n = 1; n <= 5; n++) await ctx.store.admin.apply('t1', [], [draft('integration.enabled', n)]);
    await ctx.store.admin.apply('t2', [], [draft('audience.created', 9)]);
    const chain = await ctx.store.admin.auditChain('t1');
    expect(chain.map((r) => r.seq)).toEqual([1, 2, 3, 4, 5]);
    expect(chain[1]!.prevHash).toBe(chain[0]!.hash);
    expect(chain[0]).toMatchObject(draft('integration.enabled', 1));
    expect(verifyChain(chain)).toEqual({ ok: true, entries: 5 });
    expect((await ctx.store.admin.auditPage('t1', 2)).map((r) => r.seq)).toEqual([5, 4]);
    expect((await ctx.store.admin.auditPage('t1', 2, 4)).map((r) => r.seq)).toEqual([3, 2]);
    expect((await ctx.store.admin.auditChain('t2')).map((r) => r.seq)).toEqual([1]);
  });

  it('appends concurrently without forking the chain', async () => {
    await Promise.all(Array.from({ length: 12 }, (_, n) => ctx.store.admin.apply('t1', [], [draft('audience.updated', n)])));
    expect(verifyChain(await ctx.store.admin.auditChain('t1'))).toEqual({ ok: true, entries: 12 });
  });

  it('writes the change and its entries in one transaction: a failing entry leaves neither', async () => {
    const audience = { id: 'a', name: 'Kept?', users: [], groups: [], roles: [] };
    // An entry that cannot be serialised fails after the audience row was written: all of it rolls back.
    const unserialisable = { ...draft('audience.created', 1), after: { n: BigInt(1) } };
    await expect(ctx.store.admin.apply('t1', [{ kind: 'audience', audience }], [unserialisable])).rejects.toThrow();
    expect(await ctx.store.admin.audiences('t1')).toEqual([]);
    expect(await ctx.store.admin.auditChain('t1')).toEqual([]);
  });

  it('purges a tenant’s connections for one provider and counts them; connected users per provider', async () => {
    const write = { masterKid: 'm', nonce: Buffer.alloc(12), ciphertext: Buffer.from([1]), status: 'active' as const };
    for (const [tid, oid, keyId, provider] of [['t1', 'u1', 'k1', 'outlook-calendar'], ['t1', 'u1', 'k2', 'outlook-calendar'], ['t1', 'u2', 'k1', 'outlook-calendar'], ['t1', 'u1', 'k1', 'google-calendar'], ['t2', 'u1', 'k1', 'outlook-calendar']]) {
      await ctx.store.vault.put({ tid: tid!, oid: oid!, keyId: keyId!, provider: provider! }, write, 1);
    }
    expect(await ctx.store.admin.connectedUsers('t1')).toEqual({ 'outlook-calendar': 2, 'google-calendar': 1 });
    const result = await ctx.store.admin.apply('t1', [{ kind: 'purge_connections', provider: 'outlook-calendar' }], [{ ...draft('integration.connections_purged', 1), after: {} }]);
    expect(result.purged!.entries).toBe(3);
    expect(result.purged!.users.sort()).toEqual(['u1', 'u2']);
    expect((await ctx.store.admin.auditChain('t1'))[0]!.after).toEqual({ users: 2, entries: 3 });
    expect(await ctx.store.admin.connectedUsers('t1')).toEqual({ 'google-calendar': 1 });
    expect(await ctx.store.admin.connectedUsers('t2')).toEqual({ 'outlook-calendar': 1 });
  });

  it('records people and finds them by name, username or oid, LIKE wildcards literal', async () => {
    await ctx.store.admin.recordPerson('t1', { oid: 'o1', name: 'Dana Rivera', username: 'dana@x', lastSeenAt: 10, groupsOverage: false });
    await ctx.store.admin.recordPerson('t1', { oid: 'o2', name: 'Jo_nas 100%', lastSeenAt: 20, groupsOverage: true });
    await ctx.store.admin.recordPerson('t2', { oid: 'o3', name: 'Dana Elsewhere', lastSeenAt: 30, groupsOverage: true });
    expect((await ctx.store.admin.people('t1', undefined, 10)).map((p) => p.oid)).toEqual(['o2', 'o1']);
    expect((await ctx.store.admin.people('t1', 'dana', 10)).map((p) => p.oid)).toEqual(['o1']);
    expect((await ctx.store.admin.people('t1', 'DANA@', 10))[0]).toEqual({ oid: 'o1', name: 'Dana Rivera', username: 'dana@x', lastSeenAt: 10, groupsOverage: false });
    expect((await ctx.store.admin.people('t1', '%', 10)).map((p) => p.oid)).toEqual(['o2']);
    expect((await ctx.store.admin.people('t1', '_', 10)).map((p) => p.oid)).toEqual(['o2']);
    expect((await ctx.store.admin.people('t1', 'o1', 10)).map((p) => p.oid)).toEqual(['o1']);
    expect(await ctx.store.admin.countGroupsOverage('t1')).toBe(1);
  });

  it('keeps the consent record per tenant and provider', async () => {
    const record = { provider: 'outlook-calendar', status: 'granted' as const, at: 5, actor: { oid: 'a', name: 'Dana' } };
    await ctx.store.admin.apply('t1', [{ kind: 'consent', record }], []);
    expect(await ctx.store.admin.consents('t1')).toEqual([record]);
    expect(await ctx.store.admin.consents('t2')).toEqual([]);
  });
});
