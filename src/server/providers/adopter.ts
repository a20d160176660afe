import { AppError } from '../errors/app-error';
import type { Meeting } from '../../shared/api';
import type { SearchCandidate } from '../search/candidate';
import type { ParsedQuery } from '../search/query/types';
import type { SearchWindow } from '../search/search-source';

export interface TimeRange {
  from: Date;
  to: Date;
}

/**
 * Access tokens for one user at one provider, and nothing else: no user key, no JWT, no refresh
 * token. The Token Injector makes these; an adopter asks `get()` before each call and says
 * `rejected()` when the provider refused a token, so the next `get()` obtains a fresh one.
 */
export interface TokenSource {
  get(): Promise<string>;
  rejected(accessToken: string): Promise<void>;
  /** A fresh token was refused too: the grant is gone; the entry is voided (reconnect_required). */
  refused(): Promise<void>;
}

/** What an adopter may know of a call: whose calendar (for opaque ids and limits), and its tokens. */
export interface AdopterCall {
  account: { tid: string; oid: string };
  tokens: TokenSource;
}

/** One provider's calendar behind one small interface. Adopters know no Express and no storage. */
export interface Adopter {
  upcomingMeetings(call: AdopterCall, range: TimeRange, limit: number): Promise<Meeting[]>;
  /**
   * Candidates for a search over the window (and, when dateless, the query's words), live from the
   * provider; SearchService matches and ranks them. Absent when the provider cannot search.
   */
  search?(call: AdopterCall, query: ParsedQuery, window: SearchWindow): Promise<SearchCandidate[]>;
  /**
   * The calendar's own time zone (IANA), from the provider's settings; undefined when the provider
   * will not say (a permission the grant lacks). Absent when the provider has no such setting.
   */
  calendarTimeZone?(call: AdopterCall): Promise<string | undefined>;
}

/** A provider's 403 (the grant lacks a permission this one call needs) as "not known". */
export async function unlessForbidden<T>(call: Promise<T>): Promise<T | undefined> {
  try {
    return await call;
  } catch (err) {
    if (err instanceof AppError && err.code === 'forbidden') return undefined;
    throw err;
  }
}

/** Start order, then end order: the one order every list answers in. */
export function byStart(a: Meeting, b: Meeting): number {
  return a.start.localeCompare(b.start) || a.end.localeCompare(b.end);
}

/** What a refused token looks like at one provider, and what to tell the person when the grant is gone. */
export interface AuthRefusal {
  is(err: unknown): boolean;
  message: string;
}

/**
 * Calls the provider with a token, once more with a fresh one when the provider refuses the first;
 * a fresh one refused too means the grant is gone: the entry is voided, so /api/me says the same,
 * and the caller must reconnect.
 */
export async function withToken<T>(tokens: TokenSource, refusal: AuthRefusal, call: (token: string) => Promise<T>): Promise<T> {
  for (let attempt = 0; ; attempt++) {
    const token = await tokens.get();
    try {
      return await call(token);
    } catch (err) {
      if (!refusal.is(err)) throw err;
      if (attempt >= 1) {
        await tokens.refused();
        throw new AppError('reconnect_required', refusal.message);
      }
      await tokens.rejected(token);
    }
  }
}
