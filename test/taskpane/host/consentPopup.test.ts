import { AUTH_RESULT_TYPE } from '../../../src/taskpane/auth-end/message';
import { startConsentPopup } from '../../../src/taskpane/host/browser/consentPopup';

const ORIGIN = 'https://upnext.example';
const URL_WITH_STATE = 'https://login.example/t/oauth2/v2.0/authorize?client_id=c&state=abc.def';

/** Just enough of a Window for the popup flow: open, message listeners, timers. */
function fakeWindow(opens = true) {
  const listeners = new Set<(event: MessageEvent) => void>();
  const popup = { closed: false, close: jest.fn(() => void (popup.closed = true)) };
  const opened: Array<[string, string, string]> = [];
  const win = {
    location: { origin: ORIGIN },
    open: jest.fn((url: string, name: string, features: string) => {
      opened.push([url, name, features]);
      return opens ? popup : null;
    }),
    addEventListener: (type: string, listener: (event: MessageEvent) => void) => type === 'message' && listeners.add(listener),
    removeEventListener: (type: string, listener: (event: MessageEvent) => void) => type === 'message' && listeners.delete(listener),
    setInterval: (fn: () => void, ms: number) => setInterval(fn, ms),
    clearInterval: (id: ReturnType<typeof setInterval>) => clearInterval(id),
  };
  const post = (data: unknown, origin = ORIGIN, source: unknown = popup) => {
    for (const l of [...listeners]) l({ data, origin, source } as MessageEvent);
  };
  return { win: win as unknown as Window, popup, opened, post, listeners };
}

beforeEach(() => jest.useFakeTimers());
afterEach(() => jest.useRealTimers());

describe('consent popup', () => {
  it('opens the URL as a named popup and takes the code from auth-end', async () => {
    const { win, opened, post, listeners } = fakeWindow();
    const attempt = startConsentPopup(win, URL_WITH_STATE);
    expect(opened).toEqual([[URL_WITH_STATE, 'upnext-connect', 'popup,width=520,height=680']]);
    post({ type: AUTH_RESULT_TYPE, code: 'the-code', state: 'abc.def' });
    await expect(attempt.result).resolves.toEqual({ kind: 'code', code: 'the-code', state: 'abc.def' });
    expect(listeners.size).toBe(0);
  });

  it('ignores messages from another origin, another window, or of another shape', async () => {
    const { win, post } = fakeWindow();
    const attempt = startConsentPopup(win, URL_WITH_STATE);
    let settled = false;
    void attempt.result.then(() => (settled = true));
    post({ type: AUTH_RESULT_TYPE, code: 'evil', state: 'abc.def' }, 'https://evil.example');
    post({ type: AUTH_RESULT_TYPE, code: 'evil', state: 'abc.def' }, ORIGIN, {});
    post({ type: 'something-else', code: 'x' });
    post('a string');
    await Promise.resolve();
    expect(settled).toBe(false);
    post({ type: AUTH_RESULT_TYPE, code: 'good', state: 'abc.def' });
    await expect(attempt.result).resolves.toMatchObject({ kind: 'code', code: 'good' });
  });

  it('refuses an answer carrying another state', async () => {
    const { win, post } = fakeWindow();
    const attempt = startConsentPopup(win, URL_WITH_STATE);
    post({ type: AUTH_RESULT_TYPE, code: 'c', state: 'other' });
    await expect(attempt.result).resolves.toEqual({ kind: 'error', error: 'invalid_response' });
  });

  it('passes the OAuth error code on', async () => {
    const { win, post } = fakeWindow();
    const attempt = startConsentPopup(win, URL_WITH_STATE);
    post({ type: AUTH_RESULT_TYPE, error: 'access_denied', state: 'abc.def' });
    await expect(attempt.result).resolves.toEqual({ kind: 'error', error: 'access_denied' });
  });

  it('notices a window closed without an answer', async () => {
    const { win, popup } = fakeWindow();
    const attempt = startConsentPopup(win, URL_WITH_STATE);
    popup.closed = true;
    jest.advanceTimersByTime(600);
    await expect(attempt.result).resolves.toEqual({ kind: 'closed' });
  });

  it('says blocked when no window opened, and cancel closes the window', async () => {
    await expect(startConsentPopup(fakeWindow(false).win, URL_WITH_STATE).result).resolves.toEqual({ kind: 'blocked' });
    const { win, popup } = fakeWindow();
    const attempt = startConsentPopup(win, URL_WITH_STATE);
    attempt.cancel();
    expect(popup.close).toHaveBeenCalled();
    await expect(attempt.result).resolves.toEqual({ kind: 'closed' });
  });
});
