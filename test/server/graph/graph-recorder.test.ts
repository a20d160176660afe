import { randomBytes } from 'node:crypto';
import { createGraphKeys } from '../../../src/server/graph/graph-keys';
import { GraphRecorder } from '../../../src/server/graph/graph-recorder';
import type { GraphStore } from '../../../src/server/graph/graph-store';
import { SqliteStore } from '../../../src/server/store/sqlite-store';

const DAY = 86_400_000;
const dana = { tid: 't1', oid: 'dana' };
const masterKey = randomBytes(32);

describe('GraphRecorder', () => {
  let store: SqliteStore;
  let clock: number;
  let recorder: GraphRecorder;
  const keys = createGraphKeys(masterKey);
  beforeEach(() => {
    store = new SqliteStore(':memory:');
    clock = Date.parse('2026-12-01T10:00:00Z');
    recorder = new GraphRecorder(store.graph, keys, { flushMs: 60_000, now: () => clock });
  });
  afterEach(async () => {
    await recorder.close();
    await store.close();
  });
  const count = (table: string) => (store.db.prepare(`SELECT COUNT(*) AS n FROM ${table}`).get() as { n: number }).n;

  it('writes nothing on the request path: records wait for a flush, aggregated', async () => {
    const meeting = { id: 'item-1', provider: 'outlook-calendar', seriesId: 'master-1', emails: ['Priya@Example.com', 'priya@example.com ', 'no-address'] };
    recorder.saw(dana, [meeting]);
    recorder.saw(dana, [meeting]);
    recorder.joined(dana, 'item-1');
    expect(count('graph_edges')).toBe(0);
    await recorder.flush();
    const s = await store.graph.signals(dana, { itemIds: ['item-1'], seriesKeys: [keys.series('t1', 'outlook-calendar', 'master-1')], personKeys: [keys.person('t1', 'priya@example.com')] });
    expect(s.seen.get('item-1')!.count).toBe(2);
    expect(s.joinedSeries.get(keys.series('t1', 'outlook-calendar', 'master-1'))!.count).toBe(1);
    expect(s.people.get(keys.person('t1', 'priya@example.com'))!.count).toBe(1);
    expect(count('graph_edges')).toBe(3);
  });

  it('names people and series per tenant, the same after a restart with the same master key', () => {
    const again = createGraphKeys(Buffer.from(masterKey));
    expect(again.person('t1', 'a@b.c')).toBe(keys.person('t1', ' A@B.C'));
    expect(keys.person('t2', 'a@b.c')).not.toBe(keys.person('t1', 'a@b.c'));
    expect(keys.series('t1', 'google-calendar', 'x')).not.toBe(keys.series('t1', 'outlook-calendar', 'x'));
    expect(createGraphKeys(randomBytes(32)).person('t1', 'a@b.c')).not.toBe(keys.person('t1', 'a@b.c'));
  });

  it('erases pending and stored records of the user, even with a flush in flight', async () => {
    recorder.saw(dana, [{ id: 'a', provider: 'outlook-calendar', emails: [] }]);
    await recorder.flush();
    recorder.saw(dana, [{ id: 'b', provider: 'outlook-calendar', emails: [] }]);
    recorder.saw({ tid: 't1', oid: 'other' }, [{ id: 'c', provider: 'outlook-calendar', emails: [] }]);
    const inFlight = recorder.flush();
    recorder.joined(dana, 'b');
    await recorder.erase(dana);
    await inFlight;
    await recorder.flush();
    expect(store.db.prepare("SELECT oid FROM graph_edges").pluck().all()).toEqual(['other']);
  });

  it('prunes edges older than 180 days when it writes', async () => {
    recorder.saw(dana, [{ id: 'old', provider: 'outlook-calendar', emails: [] }]);
    await recorder.flush();
    clock += 181 * DAY;
    recorder.saw(dana, [{ id: 'new', provider: 'outlook-calendar', emails: [] }]);
    await recorder.flush();
    expect(store.db.prepare('SELECT target FROM graph_edges').pluck().all()).toEqual(['new']);
    expect(store.db.prepare('SELECT item_id FROM graph_items').pluck().all()).toEqual(['new']);
  });

  it('holds a bounded batch and drops (and counts) what does not fit', async () => {
    const small = new GraphRecorder(store.graph, keys, { flushMs: 60_000, maxPending: 4, now: () => clock });
    small.saw(dana, ['a', 'b', 'c', 'd'].map((id) => ({ id, provider: 'outlook-calendar', emails: [] })));
    expect(small.dropped).toBe(4);
    await small.close();
    expect(count('graph_edges')).toBe(2);
  });

  it('reports a failed write without throwing, and goes on', async () => {
    const errors: unknown[] = [];
    const failing: GraphStore = { ...store.graph, write: () => Promise.reject(new Error('disk full')), erase: (u) => store.graph.erase(u), signals: (u, q) => store.graph.signals(u, q), prune: (b) => store.graph.prune(b) };
    const r = new GraphRecorder(failing, keys, { flushMs: 60_000, now: () => clock, onError: (e) => errors.push(e) });
    r.joined(dana, 'a');
    await expect(r.flush()).resolves.toBeUndefined();
    expect(errors).toHaveLength(1);
    await r.close();
  });
});
