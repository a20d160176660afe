import { randomBytes } from 'node:crypto';
import type { Meeting } from '../../../src/shared/api';
import { MemoryResultsCache } from '../../../src/server/cache/memory-cache';
import { createUserSealer } from '../../../src/server/keys/user-sealer';
import { AppError } from '../../../src/server/errors/app-error';
import { createGraphKeys } from '../../../src/server/graph/graph-keys';
import { GraphRecorder } from '../../../src/server/graph/graph-recorder';
import type { SearchCandidate } from '../../../src/server/search/candidate';
import type { SearchSource, SearchWindow } from '../../../src/server/search/search-source';
import { SearchService } from '../../../src/server/search/search-service';
import { SqliteStore } from '../../../src/server/store/sqlite-store';
import { parseMasterKeys } from '../../../src/server/vault/master-keys';
import type { UserIdentity } from '../../../src/server/auth/user-token-verifier';

const NOW = Date.parse('2026-12-01T12:00:00Z'); // a Tuesday
const user: UserIdentity = { tid: 't1', oid: 'dana', name: 'Dana', username: 'dana@contoso.com', groups: [], roles: [], assertion: 'x', expiresAt: 0 };
const ctx = { user, userKey: randomBytes(32).toString('base64url') };
const meeting = (id: string, title: string, provider: Meeting['provider'], hours: number): SearchCandidate => ({
  meeting: { id, title, start: new Date(NOW + hours * 3600_000).toISOString(), end: new Date(NOW + (hours + 1) * 3600_000).toISOString(), isAllDay: false, status: 'accepted', showAs: 'busy', provider },
  attendees: [{ name: 'Priya Raman', email: 'priya@contoso.com' }],
});

class FakeSource implements SearchSource {
  calls: SearchWindow[] = [];
  constructor(
    readonly id: Meeting['provider'],
    private readonly answer: () => Promise<SearchCandidate[]>,
  ) {}
  search(_ctx: unknown, _q: unknown, window: SearchWindow): Promise<SearchCandidate[]> {
    this.calls.push(window);
    return this.answer();
  }
}

describe('SearchService', () => {
  let store: SqliteStore;
  let recorder: GraphRecorder;
  const keys = createGraphKeys(randomBytes(32));
  const sealer = createUserSealer(parseMasterKeys(`k1:${randomBytes(32).toString('base64')}`));
  beforeEach(() => {
    store = new SqliteStore(':memory:');
    recorder = new GraphRecorder(store.graph, keys, { flushMs: 60_000, now: () => NOW });
  });
  afterEach(async () => {
    await recorder.close();
    await store.close();
  });
  const service = (sources: SearchSource[], deadlineMs = 200) =>
    new SearchService(sources, new MemoryResultsCache({ ttlMs: 300_000, staleMs: 0, now: () => NOW }), sealer, { store: store.graph, keys, recorder }, { deadlineMs, now: () => NOW });

  it('asks every provider in parallel and merges; a slow one is an error, the other still answers', async () => {
    const outlook = new FakeSource('outlook-calendar', async () => [meeting('a', 'Budget sync', 'outlook-calendar', 2)]);
    const google = new FakeSource('google-calendar', () => new Promise((r) => setTimeout(() => r([meeting('b', 'Budget review', 'google-calendar', 1)]), 1_000)));
    const started = Date.now();
    const answer = await service([outlook, google]).search(ctx, { q: 'budget', timeZone: 'UTC', locale: 'en' });
    expect(Date.now() - started).toBeLessThan(900);
    expect(answer.providers).toEqual([{ id: 'outlook-calendar', status: 'ok' }, { id: 'google-calendar', status: 'error' }]);
    expect(answer.results.map((m) => m.id)).toEqual(['a']);
  });

  it('maps provider states, and fails 403 not_enabled only when no provider may be used', async () => {
    const failing = (code: 'not_connected' | 'reconnect_required' | 'not_enabled' | 'provider_unavailable') => async () => {
      throw new AppError(code, 'x');
    };
    const answer = await service([new FakeSource('outlook-calendar', failing('reconnect_required')), new FakeSource('google-calendar', failing('not_connected'))]).search(ctx, { q: 'x', timeZone: 'UTC', locale: 'en' });
    expect(answer.providers.map((p) => p.status)).toEqual(['reconnect_required', 'not_connected']);
    await expect(service([new FakeSource('outlook-calendar', failing('not_enabled'))]).search(ctx, { q: 'x', timeZone: 'UTC', locale: 'en' })).rejects.toMatchObject({ code: 'not_enabled' });
    const mixed = await service([new FakeSource('outlook-calendar', failing('not_enabled')), new FakeSource('google-calendar', failing('provider_unavailable'))]).search(ctx, { q: 'x', timeZone: 'UTC', locale: 'en' });
    expect(mixed.providers.map((p) => p.status)).toEqual(['not_enabled', 'error']);
  });

  it('asks a dateless query over the default window, and a bare name becomes a person once a result names them', async () => {
    const outlook = new FakeSource('outlook-calendar', async () => [meeting('a', 'Budget sync', 'outlook-calendar', 2), meeting('b', 'Priya’s farewell', 'outlook-calendar', 3)]);
    const answer = await service([outlook]).search(ctx, { q: 'priya', timeZone: 'UTC', locale: 'en' });
    expect(outlook.calls[0]).toMatchObject({ dateless: true });
    expect(outlook.calls[0]!.to.getTime() - outlook.calls[0]!.from.getTime()).toBeGreaterThan(60 * 86_400_000);
    expect(answer.query).toEqual({ text: '', people: ['priya'], services: [] });
    expect(answer.results.map((m) => m.id).sort()).toEqual(['a', 'b']);
  });

  it('caches per user and query: the same search asks each provider once', async () => {
    const outlook = new FakeSource('outlook-calendar', async () => [meeting('a', 'Budget sync', 'outlook-calendar', 2)]);
    const s = service([outlook]);
    await s.search(ctx, { q: 'budget tomorrow', timeZone: 'Europe/Berlin', locale: 'en' });
    await s.search(ctx, { q: 'Budget  Tomorrow', timeZone: 'Europe/Berlin', locale: 'en' });
    expect(outlook.calls).toHaveLength(1);
    await s.search(ctx, { q: 'budget tomorrow', timeZone: 'Asia/Tokyo', locale: 'en' });
    expect(outlook.calls).toHaveLength(2);
  });
});
