/**
 * @jest-environment jsdom
 */
/**
 * auth-start.html (only ever on to the configured authority) and auth-end.html's answers to an
 * Office dialog (messageParent) and to Teams (notifySuccess / notifyFailure).
 */
import { app, authentication } from '@microsoft/teams-js';
import type { ClientConfig } from '../../../src/shared/api';
import { AUTH_HOST_KEY, AUTH_RESULT_TYPE } from '../../../src/taskpane/auth-end/message';
import { run as runEnd } from '../../../src/taskpane/auth-end/run';
import { isAuthorityUrl, run as runStart } from '../../../src/taskpane/auth-start/run';
import { fakeOffice } from './office/fakeOffice';

jest.mock('@microsoft/teams-js', () => ({
  app: { initialize: jest.fn(async () => undefined) },
  authentication: { notifySuccess: jest.fn(), notifyFailure: jest.fn() },
}));

const CONFIG: ClientConfig = { authMode: 'entra', clientId: 'cid', authority: 'https://login.example/organizations', apiScope: 'api://x/cid/access_as_user' };
const AUTHORIZE = 'https://login.example/organizations/oauth2/v2.0/authorize?client_id=cid&state=s1';

function page(path: string) {
  window.history.replaceState(null, '', path);
  document.body.innerHTML = '<p id="message"></p>';
  const replace = jest.fn();
  const close = jest.fn();
  const win = Object.create(window, {
    location: { value: { get search() { return window.location.search; }, get href() { return window.location.href; }, origin: window.location.origin, replace } },
    opener: { value: null },
    close: { value: close },
  }) as Window;
  return { win, replace, close, text: () => document.getElementById('message')!.textContent };
}

afterEach(() => {
  sessionStorage.clear();
  delete (window as { Office?: unknown }).Office;
  jest.clearAllMocks();
});

describe('auth-start', () => {
  it('goes on to the authority and remembers which host asked', async () => {
    const p = page(`/auth-start.html?host=office&url=${encodeURIComponent(AUTHORIZE)}`);
    await runStart(p.win, async () => CONFIG);
    expect(p.replace).toHaveBeenCalledWith(AUTHORIZE);
    expect(sessionStorage.getItem(AUTH_HOST_KEY)).toBe('office');
  });

  it.each([
    ['another site', 'https://evil.example/organizations/oauth2/v2.0/authorize'],
    ['plain http', 'http://login.example/organizations/oauth2/v2.0/authorize'],
    ['javascript:', 'javascript:alert(1)'],
    ['no url', ''],
  ])('refuses %s', async (_name, target) => {
    const p = page(`/auth-start.html?host=teams&url=${encodeURIComponent(target)}`);
    await runStart(p.win, async () => CONFIG);
    expect(p.replace).not.toHaveBeenCalled();
    expect(p.text()).toContain('not one Upnext opens');
    expect(sessionStorage.getItem(AUTH_HOST_KEY)).toBeNull();
  });

  it('allows a loopback http authority (the demo) and says so when the server is away', async () => {
    expect(isAuthorityUrl(new URL('http://127.0.0.1:3000/demo/authorize'), 'http://127.0.0.1:3000/demo')).toBe(true);
    expect(isAuthorityUrl(new URL('https://u:p@login.example/x'), CONFIG.authority)).toBe(false);
    const p = page(`/auth-start.html?url=${encodeURIComponent(AUTHORIZE)}`);
    await runStart(p.win, async () => Promise.reject(new Error('down')));
    expect(p.replace).not.toHaveBeenCalled();
    expect(p.text()).toContain('cannot be reached');
  });
});

describe('auth-end in a host window', () => {
  it('answers the Office dialog with messageParent to this origin, once', async () => {
    const fake = fakeOffice({ sets: { DialogOrigin: true } });
    (window as { Office?: unknown }).Office = fake.office;
    sessionStorage.setItem(AUTH_HOST_KEY, 'office');
    const p = page('/auth-end.html?code=SECRET&state=s1');
    await runEnd(p.win);
    expect(fake.calls.messageParent).toEqual([{ message: JSON.stringify({ type: AUTH_RESULT_TYPE, code: 'SECRET', state: 's1' }), options: { targetOrigin: window.location.origin } }]);
    expect(window.location.search).toBe('');
    expect(p.close).toHaveBeenCalled();
    expect(sessionStorage.getItem(AUTH_HOST_KEY)).toBeNull();
  });

  it('answers Teams with notifySuccess for a code and notifyFailure for an error', async () => {
    sessionStorage.setItem(AUTH_HOST_KEY, 'teams');
    await runEnd(page('/auth-end.html?code=c&state=s1').win);
    expect(jest.mocked(app.initialize)).toHaveBeenCalled();
    expect(jest.mocked(authentication.notifySuccess)).toHaveBeenCalledWith(JSON.stringify({ type: AUTH_RESULT_TYPE, code: 'c', state: 's1' }));
    sessionStorage.setItem(AUTH_HOST_KEY, 'teams');
    await runEnd(page('/auth-end.html?error=access_denied&state=s1').win);
    expect(jest.mocked(authentication.notifyFailure)).toHaveBeenCalledWith(JSON.stringify({ type: AUTH_RESULT_TYPE, state: 's1', error: 'access_denied' }));
  });

  it('when Teams does not answer, says what happened instead of hanging', async () => {
    jest.mocked(app.initialize).mockRejectedValueOnce(new Error('No Parent window found.'));
    sessionStorage.setItem(AUTH_HOST_KEY, 'teams');
    const p = page('/auth-end.html?error=access_denied&state=s1');
    await runEnd(p.win);
    expect(p.close).not.toHaveBeenCalled();
    expect(p.text()).toContain('access_denied');
  });
});
