import { useCallback, useEffect, useRef, useState } from 'react';
import type { MeetingsResponse } from '../../shared/api';
import type { ApiClient } from '../api/client';
import { ApiError, CONNECT_CODES } from '../api/errors';

export interface UseMeetingsOptions {
  /** How far ahead to look. */
  days?: number;
  limit?: number;
  /** Background refresh period. */
  refreshMs?: number;
  /** First wait before trying again after a failure; doubles each time up to `refreshMs`. */
  retryMs?: number;
}

export interface MeetingsState {
  /** The last good answer; kept while a refresh runs or fails. */
  data: MeetingsResponse | undefined;
  loading: boolean;
  error: ApiError | undefined;
  /**
   * When the meetings shown were last fetched fresh from the calendar (epoch ms): the last answer
   * that was not `stale`. What "Showing meetings from 9:41" says.
   */
  asOf: number | undefined;
  /** When the next automatic try after a failure is due (epoch ms), if one is. */
  retryAt: number | undefined;
  reload(): void;
}

const DAY_MS = 86_400_000;

/** Failures worth trying again by ourselves: the network, the server, the calendar; not "connect first". */
export function isRecoverable(error: ApiError): boolean {
  return !CONNECT_CODES.includes(error.code) && error.code !== 'unauthenticated' && error.code !== 'bad_request' && error.code !== 'forbidden';
}

/** The wait before the `attempt`-th automatic retry (0-based): `first`, doubled each time, at most `max`. */
export function retryDelay(attempt: number, first: number, max: number): number {
  return Math.min(first * 2 ** attempt, max);
}

/**
 * The next meetings, refreshed every `refreshMs` and whenever the pane comes back into view. After
 * a failure it tries again by itself: at once when the browser says it is back `online` or the
 * window regains focus, and otherwise with backoff; the error clears on the first good answer.
 */
export function useMeetings(api: ApiClient, options: UseMeetingsOptions = {}): MeetingsState {
  const { days = 7, limit = 100, refreshMs = 5 * 60_000, retryMs = 5_000 } = options;
  const [state, setState] = useState<Omit<MeetingsState, 'reload'>>({ data: undefined, loading: true, error: undefined, asOf: undefined, retryAt: undefined });
  const inFlight = useRef<AbortController | undefined>(undefined);
  const retry = useRef<{ timer: ReturnType<typeof setTimeout> | undefined; attempt: number }>({ timer: undefined, attempt: 0 });

  const load = useCallback(() => {
    // Focus and visibility events come in pairs; one request answers both.
    if (inFlight.current) return;
    clearTimeout(retry.current.timer);
    retry.current.timer = undefined;
    const controller = new AbortController();
    inFlight.current = controller;
    setState((s) => (s.loading ? s : { ...s, loading: true }));
    const from = new Date();
    api
      .getMeetings({ from, to: new Date(from.getTime() + days * DAY_MS), limit }, controller.signal)
      .then(
        (data) => {
          if (controller.signal.aborted) return;
          retry.current.attempt = 0;
          const fetchedAt = Date.parse(data.generatedAt);
          setState((s) => ({ data, loading: false, error: undefined, asOf: data.stale ? s.asOf : Number.isFinite(fetchedAt) ? fetchedAt : Date.now(), retryAt: undefined }));
        },
        (error: unknown) => {
          if (controller.signal.aborted) return;
          const apiError = error instanceof ApiError ? error : new ApiError('bad_response', 'Something went wrong.', { cause: error });
          let retryAt: number | undefined;
          if (isRecoverable(apiError)) {
            const wait = retryDelay(retry.current.attempt++, retryMs, refreshMs);
            retryAt = Date.now() + wait;
            retry.current.timer = setTimeout(load, wait);
          }
          setState((s) => ({ data: s.data, loading: false, error: apiError, asOf: s.asOf, retryAt }));
        },
      )
      .finally(() => {
        if (inFlight.current === controller) inFlight.current = undefined;
      });
  }, [api, days, limit, refreshMs, retryMs]);

  useEffect(() => {
    load();
    const timer = setInterval(load, refreshMs);
    const onVisibility = () => {
      if (document.visibilityState === 'visible') load();
    };
    window.addEventListener('focus', load);
    window.addEventListener('online', load);
    document.addEventListener('visibilitychange', onVisibility);
    const pending = retry.current;
    return () => {
      clearInterval(timer);
      clearTimeout(pending.timer);
      window.removeEventListener('focus', load);
      window.removeEventListener('online', load);
      document.removeEventListener('visibilitychange', onVisibility);
      inFlight.current?.abort();
      inFlight.current = undefined;
    };
  }, [load, refreshMs]);

  return { ...state, reload: load };
}
