/**
 * auth-end.html's script against jsdom: the answer leaves the address bar at once and goes to the
 * opener, for this origin only.
 */
import { AUTH_RESULT_TYPE, authResultFromQuery, readAuthResultMessage } from '../../../src/taskpane/auth-end/message';
import { run, standaloneText } from '../../../src/taskpane/auth-end/run';

function page(search: string, opener: { postMessage: jest.Mock } | null) {
  window.history.replaceState(null, '', `/auth-end.html${search}`);
  document.body.innerHTML = '<p id="message">Finishing sign-in…</p>';
  const close = jest.fn();
  const win = Object.create(window, {
    opener: { value: opener },
    close: { value: close },
    location: { value: window.location },
    history: { value: window.history },
    document: { value: document },
  }) as Window;
  return { win, close };
}

describe('auth-end', () => {
  it('posts code and state to the opener at this origin, strips them, and closes', () => {
    const opener = { postMessage: jest.fn() };
    const { win, close } = page('?code=SECRET-CODE&state=s.t&session_state=x', opener);
    run(win);
    expect(opener.postMessage).toHaveBeenCalledWith({ type: AUTH_RESULT_TYPE, code: 'SECRET-CODE', state: 's.t' }, window.location.origin);
    expect(window.location.search).toBe('');
    expect(window.location.href).not.toContain('SECRET');
    expect(close).toHaveBeenCalled();
  });

  it('passes errors on without their description, only its AADSTS number', () => {
    const opener = { postMessage: jest.fn() };
    run(page('?error=access_denied&error_description=AADSTS65004%3A+declined&state=s', opener).win);
    expect(opener.postMessage.mock.calls[0]![0]).toEqual({ type: AUTH_RESULT_TYPE, error: 'access_denied', state: 's', aadsts: 65004 });
  });

  it('without an opener, says what happened and that the window can close', () => {
    const { win, close } = page('?admin_consent=True&tenant=t1', null);
    run(win);
    expect(close).not.toHaveBeenCalled();
    expect(document.getElementById('message')!.textContent).toContain('Admin consent is granted');
    expect(window.location.search).toBe('');
    expect(standaloneText({ type: AUTH_RESULT_TYPE })).toEqual(['auth.canClose']);
    expect(standaloneText({ type: AUTH_RESULT_TYPE, error: 'access_denied' })).toEqual(['auth.unfinished', { error: 'access_denied' }]);
  });

  it('reads admin consent answers and rejects foreign messages', () => {
    expect(authResultFromQuery('?admin_consent=True&tenant=x')).toEqual({ type: AUTH_RESULT_TYPE, adminConsent: true });
    expect(readAuthResultMessage({ type: AUTH_RESULT_TYPE, code: 1 })).toBeUndefined();
    expect(readAuthResultMessage({ type: 'other' })).toBeUndefined();
    expect(readAuthResultMessage(null)).toBeUndefined();
    expect(readAuthResultMessage({ type: AUTH_RESULT_TYPE, code: 'c', state: 's', extra: 'dropped' })).toEqual({ type: AUTH_RESULT_TYPE, code: 'c', state: 's' });
  });
});
