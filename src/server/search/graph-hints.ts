import type { GraphKeys } from '../graph/graph-keys';
import { isOther } from '../graph/graph-recorder';
import type { GraphSignals, GraphStore, GraphUser, SignalsQuery } from '../graph/graph-store';
import type { SearchCandidate } from './candidate';
import type { GraphHints } from './rank';

function keysOf(c: SearchCandidate, user: GraphUser, keys: GraphKeys) {
  const emails = [c.organizerEmail, ...c.attendees.map((a) => a.email)].filter((e) => isOther(user, e));
  return {
    series: c.seriesId ? keys.series(user.tid, c.meeting.provider, c.seriesId) : undefined,
    people: [...new Set(emails.map((e) => keys.person(user.tid, e)))],
  };
}

/** Asks the graph store once for every candidate, and reads each candidate's hints from the answer. */
export async function graphHints(store: GraphStore, keys: GraphKeys, user: GraphUser, candidates: readonly SearchCandidate[]): Promise<GraphHints[]> {
  const named = candidates.map((c) => keysOf(c, user, keys));
  const query: SignalsQuery = {
    itemIds: candidates.map((c) => c.meeting.id),
    seriesKeys: named.flatMap((n) => (n.series ? [n.series] : [])),
    personKeys: named.flatMap((n) => n.people),
  };
  const signals: GraphSignals = await store.signals(user, query);
  return candidates.map((c, i) => {
    const n = named[i]!;
    const series = n.series ? (signals.joinedSeries.get(n.series)?.count ?? 0) : 0;
    return {
      joined: Math.max(series, signals.joinedItems.get(c.meeting.id)?.count ?? 0),
      sharedMeetings: n.people.reduce((sum, p) => sum + (signals.people.get(p)?.count ?? 0), 0),
      seenAt: signals.seen.get(c.meeting.id)?.lastAt,
    };
  });
}
