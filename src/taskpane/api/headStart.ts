import type { MeResponse, MeetingsResponse } from '../../shared/api';
import type { ApiClient, MeetingsQuery } from './client';

/** The first list the pane shows: how far ahead and how many (MeetingsPane asks for the same). */
export const FIRST_MEETINGS = { days: 7, limit: 100 };

const DAY_MS = 86_400_000;
/** A head-start answer is taken only by a first list asked for soon, from about the same moment. */
const FRESH_MS = 30_000;
const SAME_FROM_MS = 60_000;

/**
 * The pane's first two questions asked at once. `/api/me` decides whether meetings are shown at
 * all, but for a connected person (the usual case) the list is asked for at the same moment, and
 * the list's first load takes that answer when its query matches. The answer lives in memory
 * until used (nothing is stored: the list is private); a failed head start is simply asked again.
 */
export function withHeadStart(api: ApiClient, now: () => number = Date.now): ApiClient & { prime(): void } {
  let started = false;
  let head: { query: MeetingsQuery; at: number; answer: Promise<MeetingsResponse> } | undefined;
  let primedMe: Promise<MeResponse> | undefined;

  const start = () => {
    started = true;
    const at = now();
    const query = { from: new Date(at), to: new Date(at + FIRST_MEETINGS.days * DAY_MS), limit: FIRST_MEETINGS.limit };
    const answer = api.getMeetings(query);
    answer.catch(() => undefined); // not connected, or offline: the real first load asks again
    head = { query, at, answer };
  };

  const matches = (query: MeetingsQuery, at: number) =>
    head !== undefined &&
    at - head.at <= FRESH_MS &&
    Math.abs(query.from.getTime() - head.query.from.getTime()) <= SAME_FROM_MS &&
    query.to.getTime() - query.from.getTime() === head.query.to.getTime() - head.query.from.getTime() &&
    query.limit === head.query.limit;

  return {
    ...api,
    /** Asks both before the first render, so the answers are on their way while React starts. */
    prime() {
      if (started) return;
      start();
      primedMe = api.getMe();
      primedMe.catch(() => undefined);
    },
    getMe(signal): Promise<MeResponse> {
      if (primedMe) {
        const me = primedMe;
        primedMe = undefined;
        return me.catch(() => api.getMe(signal));
      }
      if (!started) start();
      return api.getMe(signal);
    },
    getMeetings(query, signal) {
      if (!matches(query, now())) return api.getMeetings(query, signal);
      const answer = head!.answer;
      head = undefined; // one use: later loads are refreshes and go to the server
      return answer.catch(() => api.getMeetings(query, signal));
    },
  };
}
