import type { Meeting } from '../../shared/api';

const DAY = 86_400_000;

/** What the graph store knows of one candidate (src/server/graph). */
export interface GraphHints {
  /** Times the user joined any occurrence of this meeting's series (or this meeting). */
  joined: number;
  /** Meetings the user shares with this meeting's people, summed over them. */
  sharedMeetings: number;
  /** When the user was last shown this meeting. */
  seenAt?: number;
}

export interface RankInput {
  meeting: Meeting;
  /** From matchCandidate: 0–3 (title 3, attendees 2, location 1). */
  textScore: number;
  graph: GraphHints;
}

/**
 * The ranking formula (documented in docs/ARCHITECTURE.md), highest first:
 *
 *   score = 4 × text + joined + people + seen + time
 *
 *   text   0–3: the mean field weight of the query's words (title 3 > attendees 2 > location 1)
 *   joined 0 or 1.5–2: 1.5 when the user joined this series before, + 0.1 a join up to 0.5
 *   people 0–1: meetings shared with its people / 20, capped at 1
 *   seen   0–0.25: 0.25 when shown in the last 7 days, fading to 0 at 30 days
 *   time   0–1: upcoming or running 0.3 + 0.7 / (1 + days until start); past 0.3 / (1 + days since end)
 *
 * So a better text match wins first (one field step is worth 4/words, more than any signal for a
 * one-word query), then a series the user joins, then people met often, then closeness in time
 * (upcoming before the recent past). Equal scores go by start time, then id, so the order is stable.
 */
export function score(input: RankInput, now: number): number {
  const { meeting, graph } = input;
  const joined = graph.joined > 0 ? 1.5 + Math.min(0.5, 0.1 * graph.joined) : 0;
  const people = Math.min(1, graph.sharedMeetings / 20);
  const seenAge = graph.seenAt === undefined ? Infinity : Math.max(0, now - graph.seenAt);
  const seen = seenAge <= 7 * DAY ? 0.25 : seenAge >= 30 * DAY ? 0 : 0.25 * (1 - (seenAge - 7 * DAY) / (23 * DAY));
  const start = Date.parse(meeting.start);
  const end = Date.parse(meeting.end);
  // Every upcoming meeting scores above every past one (0.3 is the seam).
  const time = end > now ? 0.3 + 0.7 / (1 + Math.max(0, start - now) / DAY) : 0.3 / (1 + (now - end) / DAY);
  return 4 * input.textScore + joined + people + seen + time;
}

/** Orders the matches by `score`, ties by start time then id. Pure. */
export function rank(inputs: readonly RankInput[], now: number): Meeting[] {
  return inputs
    .map((input) => ({ input, s: score(input, now) }))
    .sort((a, b) => b.s - a.s || a.input.meeting.start.localeCompare(b.input.meeting.start) || a.input.meeting.id.localeCompare(b.input.meeting.id))
    .map((x) => x.input.meeting);
}
