import { act, renderHook } from '@testing-library/react';
import type { ApiClient } from '../../../src/taskpane/api/client';
import { ApiError } from '../../../src/taskpane/api/errors';
import { useMeetings } from '../../../src/taskpane/hooks/useMeetings';
import { useNow } from '../../../src/taskpane/hooks/useNow';
import { isJoinShortcut } from '../../../src/taskpane/hooks/useJoinShortcut';
import { fakeApi } from '../fakes';

const ok = { meetings: [], stale: false, generatedAt: '2024-05-01T14:00:00Z', providers: [{ id: 'outlook-calendar' as const, status: 'ok' as const }] };

function countingApi(fail = false) {
  let calls = 0;
  const api: ApiClient = fakeApi({
    getMeetings: async () => {
      calls += 1;
      if (fail) throw new ApiError('provider_unavailable', 'down');
      return ok;
    },
  });
  return { api, calls: () => calls };
}

beforeEach(() => jest.useFakeTimers({ now: new Date('2024-05-01T14:00:00Z') }));
afterEach(() => jest.useRealTimers());

const flush = () => act(async () => undefined);

describe('useMeetings', () => {
  it('loads at once and again every 5 minutes', async () => {
    const { api, calls } = countingApi();
    const { result } = renderHook(() => useMeetings(api));
    expect(result.current.loading).toBe(true);
    await flush();
    expect(result.current).toMatchObject({ loading: false, data: ok, error: undefined });
    await act(async () => {
      jest.advanceTimersByTime(5 * 60_000 - 1);
    });
    expect(calls()).toBe(1);
    await act(async () => {
      jest.advanceTimersByTime(1);
    });
    expect(calls()).toBe(2);
  });

  it('refreshes when the page becomes visible, once for focus and visibility together', async () => {
    const { api, calls } = countingApi();
    renderHook(() => useMeetings(api));
    await flush();
    await act(async () => {
      document.dispatchEvent(new Event('visibilitychange'));
      window.dispatchEvent(new Event('focus'));
    });
    expect(calls()).toBe(2);
  });

  it('exposes the error as an ApiError and stops refreshing after unmount', async () => {
    const { api, calls } = countingApi(true);
    const { result, unmount } = renderHook(() => useMeetings(api));
    await flush();
    expect(result.current.error?.code).toBe('provider_unavailable');
    const before = calls();
    unmount();
    await act(async () => {
      jest.advanceTimersByTime(10 * 60_000);
    });
    expect(calls()).toBe(before);
  });

  it('recovers by itself: retries with backoff (5 s, 10 s, 20 s…), and the error clears when the server is back', async () => {
    let down = true;
    let calls = 0;
    const api = fakeApi({
      getMeetings: async () => {
        calls += 1;
        if (down) throw new ApiError('network_error', 'unreachable');
        return ok;
      },
    });
    const { result } = renderHook(() => useMeetings(api));
    await flush();
    expect(result.current.error?.code).toBe('network_error');
    expect(result.current.retryAt).toBe(Date.now() + 5_000);
    const advance = (ms: number) => act(async () => void jest.advanceTimersByTime(ms));
    await advance(4_999);
    expect(calls).toBe(1);
    await advance(1);
    expect(calls).toBe(2);
    await advance(9_999);
    expect(calls).toBe(2);
    await advance(1);
    expect(calls).toBe(3);
    down = false;
    await advance(20_000);
    expect(calls).toBe(4);
    expect(result.current).toMatchObject({ error: undefined, data: ok, retryAt: undefined, asOf: Date.parse(ok.generatedAt) });
  });

  it('retries at once when the browser is back online or the window regains focus, not for "connect first"', async () => {
    let down = true;
    let calls = 0;
    const api = fakeApi({
      getMeetings: async () => {
        calls += 1;
        if (down) throw new ApiError('provider_unavailable', 'down');
        return ok;
      },
    });
    const { result } = renderHook(() => useMeetings(api));
    await flush();
    down = false;
    await act(async () => void window.dispatchEvent(new Event('online')));
    expect(calls).toBe(2);
    expect(result.current.error).toBeUndefined();

    const refusing = fakeApi({ getMeetings: async () => Promise.reject(new ApiError('not_connected', 'connect')) });
    const second = renderHook(() => useMeetings(refusing));
    await flush();
    expect(second.result.current.retryAt).toBeUndefined();
  });

  it('keeps the time of the last fresh answer while the server serves stale data', async () => {
    let answer = ok;
    const api = fakeApi({ getMeetings: async () => answer });
    const { result } = renderHook(() => useMeetings(api));
    await flush();
    answer = { ...ok, stale: true, generatedAt: '2024-05-01T14:05:00Z' };
    await act(async () => void window.dispatchEvent(new Event('focus')));
    expect(result.current.data?.stale).toBe(true);
    expect(result.current.asOf).toBe(Date.parse('2024-05-01T14:00:00Z'));
  });
});

describe('useNow', () => {
  it('ticks every 30 seconds', async () => {
    const { result } = renderHook(() => useNow(30_000));
    expect(result.current.toISOString()).toBe('2024-05-01T14:00:00.000Z');
    await act(async () => {
      jest.advanceTimersByTime(30_000);
    });
    expect(result.current.toISOString()).toBe('2024-05-01T14:00:30.000Z');
  });
});

describe('isJoinShortcut', () => {
  const key = { key: 'J', code: 'KeyJ', shiftKey: true, ctrlKey: false, metaKey: false, altKey: false };
  it('accepts Ctrl or Cmd with Shift, and nothing else', () => {
    expect(isJoinShortcut({ ...key, ctrlKey: true })).toBe(true);
    expect(isJoinShortcut({ ...key, metaKey: true })).toBe(true);
    expect(isJoinShortcut({ ...key, ctrlKey: true, key: 'О' })).toBe(true);
    expect(isJoinShortcut(key)).toBe(false);
    expect(isJoinShortcut({ ...key, ctrlKey: true, shiftKey: false })).toBe(false);
    expect(isJoinShortcut({ ...key, ctrlKey: true, altKey: true })).toBe(false);
    expect(isJoinShortcut({ ...key, ctrlKey: true, code: 'KeyK', key: 'K' })).toBe(false);
  });
});
