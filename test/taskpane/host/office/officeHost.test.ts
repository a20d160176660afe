/**
 * The Office host against a fake Office.js: Join through openBrowserWindow, the theme from
 * officeTheme and its change event, the consent and sign-in dialogs.
 */
import { createOfficeHost } from '../../../../src/taskpane/host/office/officeHost';
import { signInWithDialog } from '../../../../src/taskpane/host/office/signInDialog';
import { isDarkColor, themeOf } from '../../../../src/taskpane/host/office/theme';
import { AUTH_RESULT_TYPE } from '../../../../src/taskpane/auth-end/message';
import { AuthError } from '../../../../src/taskpane/host/errors';
import { fakeOffice } from './fakeOffice';

const ORIGIN = 'https://pane.example';
const AUTHORIZE = 'https://login.example/organizations/oauth2/v2.0/authorize?client_id=c&state=st-1';

function fakeWindow(forcedColors = false) {
  const media = { matches: forcedColors, addEventListener: jest.fn(), removeEventListener: jest.fn() };
  return {
    win: {
      location: { origin: ORIGIN, assign: jest.fn() },
      open: jest.fn(),
      matchMedia: jest.fn(() => media),
      setTimeout: (fn: () => void, ms: number) => setTimeout(fn, ms),
      fetch: jest.fn(),
    } as unknown as Window & { open: jest.Mock; location: { assign: jest.Mock } },
    media,
  };
}

describe('Office host', () => {
  it('opens web links with openBrowserWindow, refuses other schemes, hands app links to the OS', () => {
    const { office, calls } = fakeOffice();
    const { win } = fakeWindow();
    const host = createOfficeHost(win, office);
    expect(host.kind).toBe('office');
    host.openUrl('https://teams.microsoft.com/l/meetup-join/abc');
    expect(calls.openBrowserWindow).toEqual(['https://teams.microsoft.com/l/meetup-join/abc']);
    expect(() => host.openUrl('javascript:alert(1)')).toThrow(TypeError);
    host.openAppUrl('msteams:/l/meetup-join/abc');
    expect(win.location.assign).toHaveBeenCalledWith('msteams:/l/meetup-join/abc');
    expect(() => host.openAppUrl('file:///etc/passwd')).toThrow(TypeError);
    expect(host.signOut).toBeUndefined();
  });

  it("speaks Office's display language, else the browser's", () => {
    expect(createOfficeHost(fakeWindow().win, fakeOffice({ displayLanguage: 'ja-JP' }).office).language).toBe('ja-JP');
    const win = { ...fakeWindow().win, navigator: { languages: ['fr-CA', 'fr'], language: 'fr-CA' } } as unknown as Window;
    expect(createOfficeHost(win, fakeOffice().office).language).toBe('fr-CA');
  });

  it('opens the link in a window where openBrowserWindow is not there', () => {
    const { office } = fakeOffice();
    office.context.ui.openBrowserWindow.mockImplementation(() => {
      throw new Error('not supported');
    });
    const { win } = fakeWindow();
    createOfficeHost(win, office).openUrl('https://zoom.us/j/1');
    expect(win.open).toHaveBeenCalledWith('https://zoom.us/j/1', '_blank', 'noopener');
  });

  it('takes the theme from officeTheme and follows OfficeThemeChanged', () => {
    const { office, changeTheme } = fakeOffice({ theme: { bodyBackgroundColor: '#1f1f1f' } });
    const host = createOfficeHost(fakeWindow().win, office);
    expect(host.theme).toBe('dark');
    const seen: string[] = [];
    const stop = host.onThemeChange((t) => seen.push(t));
    expect(office.context.mailbox.addHandlerAsync).toHaveBeenCalledWith('officeThemeChanged', expect.any(Function));
    changeTheme({ bodyBackgroundColor: '#ffffff' });
    expect(seen).toEqual(['light']);
    expect(host.theme).toBe('light');
    stop();
    changeTheme({ bodyBackgroundColor: '#000000' });
    expect(seen).toEqual(['light']);
  });

  it('reads isDarkTheme where the host says so, and high contrast from forced colours', () => {
    expect(themeOf({ bodyBackgroundColor: '#ffffff', isDarkTheme: true }, false)).toBe('dark');
    expect(themeOf({ bodyBackgroundColor: '#000000', isDarkTheme: false }, false)).toBe('light');
    expect(themeOf(undefined, false)).toBe('light');
    expect(themeOf({ bodyBackgroundColor: '#ffffff' }, true)).toBe('highContrast');
    expect(createOfficeHost(fakeWindow(true).win, fakeOffice().office).theme).toBe('highContrast');
    expect([isDarkColor('#292929'), isDarkColor('#FAF9F8'), isDarkColor('nonsense'), isDarkColor('#808080')]).toEqual([true, false, false, false]);
  });
});

describe('Office consent dialog', () => {
  const answer = (fields: object) => JSON.stringify({ type: AUTH_RESULT_TYPE, ...fields });

  it('starts on auth-start.html with the authorize URL and returns the code from messageParent', async () => {
    const { office, calls, lastDialog } = fakeOffice();
    const attempt = createOfficeHost(fakeWindow().win, office).startConsent(AUTHORIZE);
    const opened = new URL(calls.dialogs[0]!.url);
    expect(opened.origin + opened.pathname).toBe(`${ORIGIN}/auth-start.html`);
    expect(opened.searchParams.get('host')).toBe('office');
    expect(opened.searchParams.get('url')).toBe(AUTHORIZE);
    lastDialog()!.send(answer({ code: 'c0de', state: 'st-1' }), ORIGIN);
    await expect(attempt.result).resolves.toEqual({ kind: 'code', code: 'c0de', state: 'st-1' });
    expect(lastDialog()!.closed).toBe(true);
  });

  it('refuses a message from another origin, a foreign state, and reports OAuth errors', async () => {
    for (const [fields, origin, expected] of [
      [{ code: 'c', state: 'st-1' }, 'https://evil.example', { kind: 'error', error: 'invalid_response' }],
      [{ code: 'c', state: 'other' }, ORIGIN, { kind: 'error', error: 'invalid_response' }],
      [{ error: 'access_denied', state: 'st-1' }, ORIGIN, { kind: 'error', error: 'access_denied' }],
      [{ code: 'c', state: 'st-1' }, undefined, { kind: 'code', code: 'c', state: 'st-1' }],
    ] as const) {
      const { office, lastDialog } = fakeOffice();
      const attempt = createOfficeHost(fakeWindow().win, office).startConsent(AUTHORIZE);
      lastDialog()!.send(answer(fields), origin);
      await expect(attempt.result).resolves.toEqual(expected);
    }
    const { office, lastDialog } = fakeOffice();
    const attempt = createOfficeHost(fakeWindow().win, office).startConsent(AUTHORIZE);
    lastDialog()!.send('not json', ORIGIN);
    await expect(attempt.result).resolves.toEqual({ kind: 'error', error: 'invalid_response' });
  });

  it('closed by the user (12006), blocked (12009), cancelled by the pane', async () => {
    const a = fakeOffice();
    const closed = createOfficeHost(fakeWindow().win, a.office).startConsent(AUTHORIZE);
    a.lastDialog()!.event(12006);
    await expect(closed.result).resolves.toEqual({ kind: 'closed' });

    const b = fakeOffice({ dialogFails: 12009 });
    await expect(createOfficeHost(fakeWindow().win, b.office).startConsent(AUTHORIZE).result).resolves.toEqual({ kind: 'blocked' });

    const c = fakeOffice();
    const cancelled = createOfficeHost(fakeWindow().win, c.office).startConsent(AUTHORIZE);
    cancelled.cancel();
    await expect(cancelled.result).resolves.toEqual({ kind: 'closed' });
    expect(c.lastDialog()!.closed).toBe(true);
  });
});

describe('Office sign-in dialog', () => {
  it('opens taskpane.html as the sign-in dialog and takes the token it sends', async () => {
    const { office, calls, lastDialog } = fakeOffice();
    const token = signInWithDialog(office, ORIGIN);
    expect(calls.dialogs[0]!.url).toBe(`${ORIGIN}/taskpane.html?host=office-signin`);
    lastDialog()!.send(JSON.stringify({ type: 'upnext-sign-in-result', accessToken: 'a.b.c' }), ORIGIN);
    await expect(token).resolves.toBe('a.b.c');
    expect(lastDialog()!.closed).toBe(true);
  });

  it('fails with a coded AuthError when closed, blocked, failed or answered from elsewhere', async () => {
    const code = (p: Promise<string>) => p.then(() => 'resolved', (e: unknown) => (e instanceof AuthError ? e.code : 'other'));
    const a = fakeOffice();
    const closed = signInWithDialog(a.office, ORIGIN);
    a.lastDialog()!.event(12006);
    await expect(code(closed)).resolves.toBe('interaction_required');
    await expect(code(signInWithDialog(fakeOffice({ dialogFails: 12009 }).office, ORIGIN))).resolves.toBe('interaction_required');
    const b = fakeOffice();
    const failed = signInWithDialog(b.office, ORIGIN);
    b.lastDialog()!.send(JSON.stringify({ type: 'upnext-sign-in-result', error: 'sign_in_failed' }), ORIGIN);
    await expect(code(failed)).resolves.toBe('sign_in_failed');
    const c = fakeOffice();
    const foreign = signInWithDialog(c.office, ORIGIN);
    c.lastDialog()!.send(JSON.stringify({ type: 'upnext-sign-in-result', accessToken: 'stolen' }), 'https://evil.example');
    await expect(code(foreign)).resolves.toBe('sign_in_failed');
  });
});
