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
import { run as runStart } from '../../../src/taskpane/auth-start/run';
import { fakeOffice } from './office/fakeOffice';

jest.mock('@microsoft/teams-js', () => ({
  app: { initialize: jest.fn(async () => undefined) },
  authentication: { notifySuccess: jest.fn(), notifyFailure: jest.fn() },
}));

const CONFIG: ClientConfig = { authMode: 'entra', clientId: 'cid', authority: 'https://login.example/organizations', apiScope: 'api://x/cid/access_as_user', providers: [] };
const BACK = encodeURIComponent(`${window.location.origin}/auth-end.html`);
const AUTHORIZE = `https://login.example/tenant-1/oauth2/v2.0/authorize?client_id=cid&redirect_uri=${BACK}&state=s1`;
const ADMIN_CONSENT = `https://login.example/tenant-1/v2.0/adminconsent?client_id=cid&redirect_uri=${BACK}`;

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
  it.each([
    ['authorize', 'office', AUTHORIZE],
    ['admin consent', 'teams', ADMIN_CONSENT],
  ])('goes on to the authority for our %s and remembers which host asked', async (_name, host, target) => {
    const p = page(`/auth-start.html?host=${host}&url=${encodeURIComponent(target)}`);
    await runStart(p.win, async () => CONFIG);
    expect(p.replace).toHaveBeenCalledWith(target);
    expect(sessionStorage.getItem(AUTH_HOST_KEY)).toBe(host);
  });

  it('goes on to a demo authority with a path, over loopback http', async () => {
    const demo: ClientConfig = { ...CONFIG, authMode: 'demo', authority: 'http://127.0.0.1:3000/demo/login/organizations' };
    const target = `http://127.0.0.1:3000/demo/login/tenant-1/oauth2/v2.0/authorize?client_id=cid&redirect_uri=${BACK}`;
    const p = page(`/auth-start.html?host=office&url=${encodeURIComponent(target)}`);
    await runStart(p.win, async () => demo);
    expect(p.replace).toHaveBeenCalledWith(target);
  });

  it.each([
    ['another site', `https://evil.example/tenant-1/oauth2/v2.0/authorize?client_id=cid&redirect_uri=${BACK}`],
    ['plain http', `http://login.example/tenant-1/oauth2/v2.0/authorize?client_id=cid&redirect_uri=${BACK}`],
    ["another app's authorize on the authority", `https://login.example/tenant-1/oauth2/v2.0/authorize?client_id=X&redirect_uri=https%3A%2F%2Fevil.example%2Fcb`],
    ['our client id sending the answer elsewhere', `https://login.example/tenant-1/oauth2/v2.0/authorize?client_id=cid&redirect_uri=https%3A%2F%2Fevil.example%2Fauth-end.html`],
    ['logout with a post-logout redirect', `https://login.example/tenant-1/oauth2/v2.0/logout?post_logout_redirect_uri=https%3A%2F%2Fevil.example`],
    ['another endpoint on the authority', `https://login.example/tenant-1/oauth2/v2.0/token?client_id=cid&redirect_uri=${BACK}`],
    ['javascript:', 'javascript:alert(1)'],
    ['no url', ''],
  ])('refuses %s', async (_name, target) => {
    const p = page(`/auth-start.html?host=teams&url=${encodeURIComponent(target)}`);
    await runStart(p.win, async () => CONFIG);
    expect(p.replace).not.toHaveBeenCalled();
    expect(p.text()).toContain('not one Upnext opens');
    expect(sessionStorage.getItem(AUTH_HOST_KEY)).toBeNull();
  });

  it('says so when the server is away', async () => {
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
