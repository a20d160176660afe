import { useCallback, useEffect, useRef, useState } from 'react';
import type { MeetingsResponse } from '../../shared/api';
import type { ApiClient } from '../api/client';
import { ApiError } from '../api/errors';

export interface UseMeetingsOptions {
  /** How far ahead to look. */
  days?: number;
  limit?: number;
  /** Background refresh period. */
  refreshMs?: number;
}

export interface MeetingsState {
  /** The last good answer; kept while a refresh runs or fails. */
  data: MeetingsResponse | undefined;
  loading: boolean;
  error: ApiError | undefined;
  reload(): void;
}

const DAY_MS = 86_400_000;

/** The next meetings, refreshed every `refreshMs` and whenever the pane comes back into view. */
export function useMeetings(api: ApiClient, options: UseMeetingsOptions = {}): MeetingsState {
  const { days = 7, limit = 100, refreshMs = 5 * 60_000 } = options;
  const [state, setState] = useState<Omit<MeetingsState, 'reload'>>({ data: undefined, loading: true, error: undefined });
  const inFlight = useRef<AbortController | undefined>(undefined);

  const load = useCallback(() => {
    // Focus and visibility events come in pairs; one request answers both.
    if (inFlight.current) return;
    const controller = new AbortController();
    inFlight.current = controller;
    setState((s) => (s.loading ? s : { ...s, loading: true }));
    const from = new Date();
    api
      .getMeetings({ from, to: new Date(from.getTime() + days * DAY_MS), limit }, controller.signal)
      .then(
        (data) => {
          if (!controller.signal.aborted) setState({ data, loading: false, error: undefined });
        },
        (error: unknown) => {
          if (controller.signal.aborted) return;
          const apiError = error instanceof ApiError ? error : new ApiError('bad_response', 'Something went wrong.', { cause: error });
          setState((s) => ({ data: s.data, loading: false, error: apiError }));
        },
      )
      .finally(() => {
        if (inFlight.current === controller) inFlight.current = undefined;
      });
  }, [api, days, limit]);

  useEffect(() => {
    load();
    const timer = setInterval(load, refreshMs);
    const onVisibility = () => {
      if (document.visibilityState === 'visible') load();
    };
    window.addEventListener('focus', load);
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      clearInterval(timer);
      window.removeEventListener('focus', load);
      document.removeEventListener('visibilitychange', onVisibility);
      inFlight.current?.abort();
      inFlight.current = undefined;
    };
  }, [load, refreshMs]);

  return { ...state, reload: load };
}
