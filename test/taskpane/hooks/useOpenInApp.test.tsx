import { act, renderHook } from '@testing-library/react';
import { APP_TAKEOVER_MS, useOpenInApp } from '../../../src/taskpane/hooks/useOpenInApp';

const APP = 'zoommtg://example.zoom.us/join?confno=1';
const offer = { webUrl: 'https://example.zoom.us/j/1', service: 'Zoom' };

beforeEach(() => {
  jest.useFakeTimers();
  jest.spyOn(document, 'hasFocus').mockReturnValue(true);
});
afterEach(() => {
  jest.useRealTimers();
  jest.restoreAllMocks();
});

describe('useOpenInApp', () => {
  it('offers the web link when the page is still visible and focused a few seconds later (no app took over)', () => {
    const openApp = jest.fn();
    const { result } = renderHook(() => useOpenInApp(openApp));
    act(() => result.current.open(APP, offer));
    expect(openApp).toHaveBeenCalledWith(APP);
    act(() => void jest.advanceTimersByTime(APP_TAKEOVER_MS - 1));
    expect(result.current.fallback).toBeUndefined();
    act(() => void jest.advanceTimersByTime(1));
    expect(result.current.fallback).toEqual(offer);
    act(() => result.current.dismiss());
    expect(result.current.fallback).toBeUndefined();
  });

  it('stays quiet when the app took over (the page lost focus) or the page lost focus by the deadline', () => {
    const { result } = renderHook(() => useOpenInApp(jest.fn()));
    act(() => result.current.open(APP, offer));
    act(() => void window.dispatchEvent(new Event('blur')));
    act(() => void jest.advanceTimersByTime(APP_TAKEOVER_MS * 2));
    expect(result.current.fallback).toBeUndefined();

    act(() => result.current.open(APP, offer));
    jest.spyOn(document, 'hasFocus').mockReturnValue(false);
    act(() => void jest.advanceTimersByTime(APP_TAKEOVER_MS));
    expect(result.current.fallback).toBeUndefined();
  });
});
