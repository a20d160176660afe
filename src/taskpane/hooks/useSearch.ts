import { useCallback, useEffect, useRef, useState } from 'react';
import type { SearchResponse } from '../../shared/api';
import type { ApiClient } from '../api/client';
import { ApiError } from '../api/errors';
import type { DisplayOptions } from '../model/display';

export interface SearchState {
  /** The answer for the current words; undefined while none has come. */
  data: SearchResponse | undefined;
  loading: boolean;
  error: ApiError | undefined;
  reload(): void;
}

/**
 * Searches as the person types (after `debounceMs` of quiet), in their zone and language; a new
 * query aborts the one in flight, so an old answer never replaces a newer one.
 */
export function useSearch(api: ApiClient, q: string, without: readonly string[], display: DisplayOptions, debounceMs = 250): SearchState {
  const [state, setState] = useState<Omit<SearchState, 'reload'>>({ data: undefined, loading: false, error: undefined });
  const [attempt, setAttempt] = useState(0);
  const words = q.trim();
  const key = without.join(',');
  const controller = useRef<AbortController | undefined>(undefined);

  useEffect(() => {
    controller.current?.abort();
    if (!words) {
      setState({ data: undefined, loading: false, error: undefined });
      return;
    }
    setState((s) => ({ ...s, loading: true }));
    const timer = setTimeout(() => {
      const current = new AbortController();
      controller.current = current;
      api
        .search({ q: words.slice(0, 200), timeZone: display.timeZone, locale: display.locale, without: key ? key.split(',') : undefined }, current.signal)
        .then(
          (data) => {
            if (!current.signal.aborted) setState({ data, loading: false, error: undefined });
          },
          (error: unknown) => {
            if (current.signal.aborted) return;
            const apiError = error instanceof ApiError ? error : new ApiError('bad_response', 'Something went wrong.', { cause: error });
            setState({ data: undefined, loading: false, error: apiError });
          },
        );
    }, debounceMs);
    return () => {
      clearTimeout(timer);
      controller.current?.abort();
    };
  }, [api, words, key, display.timeZone, display.locale, debounceMs, attempt]);

  const reload = useCallback(() => setAttempt((n) => n + 1), []);
  return { ...state, reload };
}
