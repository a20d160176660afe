import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { UserBatch } from '../../../src/server/graph/graph-store';
import { PostgresStore } from '../../../src/server/store/postgres-store';
import { SqliteStore } from '../../../src/server/store/sqlite-store';
import type { Store } from '../../../src/server/store/store';
import { freshDatabase, serviceUrl } from '../../helpers/services';

/** One graph contract, every store: what ranking and erasure rely on. */
const stores: Array<[string, () => Promise<{ store: Store; reopen(): Promise<Store>; cleanup(): Promise<void> }>]> = [
  [
    'SQLite',
    async () => {
      const dir = mkdtempSync(join(tmpdir(), 'upnext-graph-'));
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

const dana = { tid: 't1', oid: 'dana' };
const priya = { tid: 't1', oid: 'priya' };
const limits = { maxEdgesPerUser: 100, pruneBefore: 0 };
const saw = (user: typeof dana, at: number, ...items: Array<{ id: string; series?: string; people?: string[] }>): UserBatch => ({
  ...user,
  items: items.map((i) => ({ itemId: i.id, seriesKey: i.series, people: i.people ?? [], at })),
  edges: items.map((i) => ({ kind: 'saw' as const, target: i.id, count: 1, at })),
});
const joined = (user: typeof dana, at: number, id: string): UserBatch => ({ ...user, items: [{ itemId: id, people: [], at }], edges: [{ kind: 'joined', target: id, count: 1, at }] });
const everything = { itemIds: ['a', 'b', 'c', 'd'], seriesKeys: ['S', 'T'], personKeys: ['p1', 'p2', 'p3'] };

describe.each(stores)('%s graph store', (_name, open) => {
  let ctx: Awaited<ReturnType<typeof open>>;
  beforeEach(async () => {
    ctx = await open();
  });
  afterEach(async () => {
    await ctx.store.close();
    await ctx.cleanup();
  });

  it('counts views per item with the last time, per user', async () => {
    await ctx.store.graph.write([saw(dana, 1000, { id: 'a' }, { id: 'b' }), saw(priya, 1000, { id: 'a' })], limits);
    await ctx.store.graph.write([saw(dana, 2000, { id: 'a' })], limits);
    const s = await ctx.store.graph.signals(dana, everything);
    expect(s.seen.get('a')).toEqual({ count: 2, lastAt: 2000 });
    expect(s.seen.get('b')).toEqual({ count: 1, lastAt: 1000 });
    expect(s.seen.has('c')).toBe(false);
    expect((await ctx.store.graph.signals(priya, everything)).seen.get('a')).toEqual({ count: 1, lastAt: 1000 });
  });

  it('counts a person once per meeting shared, however often it is shown', async () => {
    await ctx.store.graph.write([saw(dana, 1000, { id: 'a', people: ['p1', 'p2', 'p1'] })], limits);
    await ctx.store.graph.write([saw(dana, 2000, { id: 'a', people: ['p1', 'p2'] }), saw(dana, 2000, { id: 'b', people: ['p1'] })], limits);
    const s = await ctx.store.graph.signals(dana, everything);
    expect(s.people.get('p1')).toEqual({ count: 2, lastAt: 2000 });
    expect(s.people.get('p2')).toEqual({ count: 1, lastAt: 1000 });
  });

  it('credits a join to every occurrence of the series', async () => {
    await ctx.store.graph.write([saw(dana, 1000, { id: 'a', series: 'S' }, { id: 'b', series: 'S' }, { id: 'c', series: 'T' })], limits);
    await ctx.store.graph.write([joined(dana, 1500, 'a'), joined(dana, 1600, 'a')], limits);
    const s = await ctx.store.graph.signals(dana, everything);
    expect(s.joinedSeries.get('S')).toEqual({ count: 2, lastAt: 1600 });
    expect(s.joinedSeries.has('T')).toBe(false);
    expect(s.joinedItems.get('a')).toEqual({ count: 2, lastAt: 1600 });
    expect((await ctx.store.graph.signals(priya, everything)).joinedSeries.size).toBe(0);
  });

  it('a join of an item never seen still counts, and a later view gives it its series', async () => {
    await ctx.store.graph.write([joined(dana, 1000, 'd')], limits);
    await ctx.store.graph.write([saw(dana, 2000, { id: 'd', series: 'T' })], limits);
    expect((await ctx.store.graph.signals(dana, everything)).joinedSeries.get('T')).toEqual({ count: 1, lastAt: 1000 });
  });

  it('keeps at most N edges per user, the newest', async () => {
    const small = { maxEdgesPerUser: 3, pruneBefore: 0 };
    await ctx.store.graph.write([saw(dana, 1, { id: 'a' }), saw(priya, 1, { id: 'a' })], small);
    await ctx.store.graph.write([saw(dana, 2, { id: 'b' })], small);
    await ctx.store.graph.write([saw(dana, 3, { id: 'c' })], small);
    await ctx.store.graph.write([saw(dana, 4, { id: 'd' })], small);
    const s = await ctx.store.graph.signals(dana, everything);
    expect([...s.seen.keys()].sort()).toEqual(['b', 'c', 'd']);
    expect((await ctx.store.graph.signals(priya, everything)).seen.has('a')).toBe(true);
  });

  it('prunes edges and items not touched within the retention', async () => {
    await ctx.store.graph.write([saw(dana, 1000, { id: 'a', series: 'S', people: ['p1'] }), saw(priya, 5000, { id: 'b' })], limits);
    await ctx.store.graph.write([joined(dana, 1000, 'a')], limits);
    expect(await ctx.store.graph.prune(2000)).toBe(3);
    const s = await ctx.store.graph.signals(dana, everything);
    expect(s.seen.size + s.people.size + s.joinedSeries.size).toBe(0);
    expect((await ctx.store.graph.signals(priya, everything)).seen.get('b')).toBeDefined();
    // A write prunes as it goes, too.
    await ctx.store.graph.write([saw(dana, 9000, { id: 'c' })], { maxEdgesPerUser: 100, pruneBefore: 6000 });
    expect((await ctx.store.graph.signals(priya, everything)).seen.size).toBe(0);
  });

  it('erases one user’s nodes and edges, no one else’s, and keeps data across a reopen', async () => {
    await ctx.store.graph.write([saw(dana, 1000, { id: 'a', series: 'S', people: ['p1'] }), saw(priya, 1000, { id: 'a', people: ['p1'] })], limits);
    await ctx.store.graph.write([joined(dana, 1000, 'a')], limits);
    await ctx.store.graph.erase(dana);
    const s = await ctx.store.graph.signals(dana, everything);
    expect(s.seen.size + s.people.size + s.joinedSeries.size + s.joinedItems.size).toBe(0);
    await ctx.store.close();
    ctx.store = await ctx.reopen();
    expect((await ctx.store.graph.signals(priya, everything)).people.get('p1')).toEqual({ count: 1, lastAt: 1000 });
  });

  it('answers empty signals for empty questions', async () => {
    const s = await ctx.store.graph.signals(dana, { itemIds: [], seriesKeys: [], personKeys: [] });
    expect(s.seen.size + s.people.size + s.joinedSeries.size + s.joinedItems.size).toBe(0);
  });
});
