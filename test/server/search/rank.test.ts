import { randomBytes } from 'node:crypto';
import type { Meeting } from '../../../src/shared/api';
import { createGraphKeys } from '../../../src/server/graph/graph-keys';
import { GraphRecorder } from '../../../src/server/graph/graph-recorder';
import type { SearchCandidate } from '../../../src/server/search/candidate';
import { graphHints } from '../../../src/server/search/graph-hints';
import { rank, score, type GraphHints, type RankInput } from '../../../src/server/search/rank';
import { SqliteStore } from '../../../src/server/store/sqlite-store';

const NOW = Date.parse('2026-12-01T12:00:00Z');
const H = 3600_000;
const at = (hours: number, id: string, title = 'Weekly sync'): Meeting => ({
  id, title, start: new Date(NOW + hours * H).toISOString(), end: new Date(NOW + (hours + 1) * H).toISOString(),
  isAllDay: false, status: 'accepted', showAs: 'busy', provider: 'outlook-calendar',
});
const none: GraphHints = { joined: 0, sharedMeetings: 0 };
const input = (meeting: Meeting, textScore = 3, graph = none): RankInput => ({ meeting, textScore, graph });

describe('rank', () => {
  it('puts a better text match first: title over attendees over location', () => {
    const order = rank([input(at(1, 'loc'), 1), input(at(48, 'title'), 3), input(at(2, 'people'), 2)], NOW);
    expect(order.map((m) => m.id)).toEqual(['title', 'people', 'loc']);
  });

  it('among equal matches: upcoming by closeness, then the recent past', () => {
    const order = rank([input(at(-30, 'yesterday')), input(at(72, 'in3days')), input(at(-2, 'earlier')), input(at(3, 'soon')), input(at(-0.5, 'running'))], NOW);
    expect(order.map((m) => m.id)).toEqual(['running', 'soon', 'in3days', 'earlier', 'yesterday']);
  });

  it('people met often and recent views lift a meeting among equal matches', () => {
    expect(rank([input(at(1, 'a')), input(at(5, 'b'), 3, { joined: 0, sharedMeetings: 12 })], NOW)[0]!.id).toBe('b');
    expect(score(input(at(1, 'a'), 3, { ...none, seenAt: NOW - H }), NOW)).toBeGreaterThan(score(input(at(1, 'a')), NOW));
    expect(score(input(at(1, 'a'), 3, { ...none, seenAt: NOW - 40 * 24 * H }), NOW)).toBe(score(input(at(1, 'a')), NOW));
  });

  it('ties go by start time, then id', () => {
    const same = { ...at(2, 'x'), start: new Date(NOW + 2 * H).toISOString() };
    expect(rank([input({ ...same, id: 'b' }), input({ ...same, id: 'a' })], NOW).map((m) => m.id)).toEqual(['a', 'b']);
  });

  it('a joined series ranks first among equal matches, through the real graph store', async () => {
    const store = new SqliteStore(':memory:');
    const keys = createGraphKeys(randomBytes(32));
    const user = { tid: 't1', oid: 'dana', username: 'dana@contoso.com' };
    const recorder = new GraphRecorder(store.graph, keys, { flushMs: 60_000, now: () => NOW });
    const people = [{ name: 'Dana', email: 'dana@contoso.com' }];
    const candidates: SearchCandidate[] = [
      { meeting: at(1, 'other-sync'), attendees: people, seriesId: 'series-other' },
      { meeting: at(24, 'weekly-tomorrow'), attendees: people, seriesId: 'series-weekly' },
      { meeting: at(168, 'weekly-next-week'), attendees: people, seriesId: 'series-weekly' },
    ];
    // Last week's occurrence of the weekly sync was joined; this week's are new items of the same series.
    recorder.saw(user, [{ id: 'weekly-last-week', provider: 'outlook-calendar', seriesId: 'series-weekly', emails: ['dana@contoso.com'] }]);
    recorder.joined(user, 'weekly-last-week');
    await recorder.close();

    const hints = await graphHints(store.graph, keys, user, candidates);
    expect(hints.map((h) => h.joined)).toEqual([0, 1, 1]);
    expect(hints.every((h) => h.sharedMeetings === 0)).toBe(true); // the user's own address is no person
    const order = rank(candidates.map((c, i) => input(c.meeting, 3, hints[i]!)), NOW);
    expect(order.map((m) => m.id)).toEqual(['weekly-tomorrow', 'weekly-next-week', 'other-sync']);
    await store.close();
  });
});
