import { useCallback, useEffect, useRef, useState } from 'react';
import { ApiError } from '../../taskpane/api/errors';

export interface Resource<T> {
  data: T | undefined;
  loading: boolean;
  error: ApiError | undefined;
  reload(): void;
  /** Replace the data after a change the server confirmed, without a round trip. */
  set(data: T): void;
}

/** One server read: `{data, loading, error, reload}`; a newer load wins over an older one. */
export function useResource<T>(load: () => Promise<T>): Resource<T> {
  const [state, setState] = useState<{ data?: T; loading: boolean; error?: ApiError }>({ loading: true });
  const generation = useRef(0);
  const reload = useCallback(() => {
    const mine = ++generation.current;
    setState((s) => ({ ...s, loading: true }));
    load().then(
      (data) => mine === generation.current && setState({ data, loading: false }),
      (error: unknown) =>
        mine === generation.current &&
        setState((s) => ({ ...s, loading: false, error: error instanceof ApiError ? error : new ApiError('bad_response', 'Something went wrong.', { cause: error }) })),
    );
  }, [load]);
  useEffect(reload, [reload]);
  const set = useCallback((data: T) => setState({ data, loading: false }), []);
  return { data: state.data, loading: state.loading, error: state.error, reload, set };
}
