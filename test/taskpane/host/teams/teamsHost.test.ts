/**
 * The Teams host against a mock of teams-js at its module boundary: the timeout outside Teams,
 * NAA versus Teams SSO, the theme and its changes, openLink, and the consent window.
 */
import { app, authentication, nestedAppAuth } from '@microsoft/teams-js';
import type { ClientConfig } from '../../../../src/shared/api';
import { AUTH_RESULT_TYPE } from '../../../../src/taskpane/auth-end/message';
import { AuthError } from '../../../../src/taskpane/host/errors';
import { startTeamsHost } from '../../../../src/taskpane/host/teams/teamsHost';
import { jwtExpiringIn } from '../office/fakeOffice';

jest.mock('@microsoft/teams-js', () => ({
  app: {
    initialize: jest.fn(),
    getContext: jest.fn(),
    notifySuccess: jest.fn(async () => undefined),
    registerOnThemeChangeHandler: jest.fn(),
    openLink: jest.fn(async () => undefined),
  },
  authentication: { getAuthToken: jest.fn(), authenticate: jest.fn() },
  nestedAppAuth: { isNAAChannelRecommended: jest.fn(() => false) },
}));

// getAuthToken and authenticate have callback overloads too; the host uses the promise forms.
const teams = {
  app: jest.mocked(app),
  authentication: authentication as unknown as { getAuthToken: jest.Mock<Promise<string>, []>; authenticate: jest.Mock<Promise<string>, [{ url: string }]> },
  nestedAppAuth: jest.mocked(nestedAppAuth),
};
const ORIGIN = 'https://pane.example';
const CONFIG: ClientConfig = { authMode: 'entra', clientId: 'cid', authority: 'https://login.example/organizations', apiScope: 'api://pane.example/cid/access_as_user', providers: [] };

function fakeWindow() {
  return { location: { origin: ORIGIN, assign: jest.fn() }, open: jest.fn(), fetch: jest.fn() } as unknown as Window & { open: jest.Mock };
}

function inTeams(theme = 'default') {
  teams.app.initialize.mockResolvedValue(undefined);
  teams.app.getContext.mockResolvedValue({ app: { theme } } as Awaited<ReturnType<typeof app.getContext>>);
}

async function start(auth: Parameters<typeof startTeamsHost>[1] = {}) {
  const win = fakeWindow();
  const host = await startTeamsHost(win, auth);
  if (!host) throw new Error('expected a Teams host');
  return { host, win };
}

beforeEach(() => jest.clearAllMocks());

describe('Teams host', () => {
  it('outside Teams, gives up after the timeout instead of hanging', async () => {
    teams.app.initialize.mockReturnValue(new Promise(() => undefined));
    const started = Date.now();
    await expect(startTeamsHost(fakeWindow(), { timeoutMs: 50 })).resolves.toBeUndefined();
    expect(Date.now() - started).toBeLessThan(1_000);
    expect(teams.app.getContext).not.toHaveBeenCalled();
  });

  it('when initialize fails (no parent window), is not the host', async () => {
    teams.app.initialize.mockRejectedValue(new Error('Initialization Failed. No Parent window found.'));
    await expect(startTeamsHost(fakeWindow())).resolves.toBeUndefined();
  });

  it.each([
    ['default', 'light'],
    ['dark', 'dark'],
    ['contrast', 'highContrast'],
  ])('theme %s from the context is %s, and follows the theme handler', async (teamsTheme, expected) => {
    inTeams(teamsTheme);
    const { host } = await start();
    expect(host.kind).toBe('teams');
    expect(host.theme).toBe(expected);
    expect(teams.app.notifySuccess).toHaveBeenCalled();
    const seen: string[] = [];
    const stop = host.onThemeChange((t) => seen.push(t));
    const handler = teams.app.registerOnThemeChangeHandler.mock.calls[0]![0];
    handler('contrast');
    handler('dark');
    stop();
    handler('default');
    expect(seen).toEqual(['highContrast', 'dark']);
    expect(host.theme).toBe('light');
  });

  it("speaks the Teams client's locale, else the browser's, else nothing", async () => {
    teams.app.initialize.mockResolvedValue(undefined);
    teams.app.getContext.mockResolvedValue({ app: { theme: 'default', locale: 'ar-SA' } } as Awaited<ReturnType<typeof app.getContext>>);
    expect((await start()).host.language).toBe('ar-SA');
    teams.app.getContext.mockRejectedValue(new Error('no context'));
    const win = { ...fakeWindow(), navigator: { languages: [], language: 'de-AT' } } as unknown as Window;
    expect((await startTeamsHost(win))?.language).toBe('de-AT');
    expect((await start()).host.language).toBeUndefined();
  });

  it('gets the user token with getAuthToken when NAA is not recommended, once while it is fresh', async () => {
    inTeams();
    const token = jwtExpiringIn(3600);
    teams.authentication.getAuthToken.mockResolvedValue(token);
    const createNaa = jest.fn();
    const { host } = await start({ auth: { createNaa } });
    await expect(Promise.all([host.getToken(), host.getToken()])).resolves.toEqual([token, token]);
    expect(teams.authentication.getAuthToken).toHaveBeenCalledTimes(1);
    expect(createNaa).not.toHaveBeenCalled();
    expect(host.auth.method).toBe('sso');
  });

  it('getAuthToken failures become coded AuthErrors', async () => {
    inTeams();
    const { host } = await start();
    teams.authentication.getAuthToken.mockRejectedValueOnce(new Error('resourceRequiresConsent'));
    await expect(host.getToken()).rejects.toMatchObject({ name: 'AuthError', code: 'interaction_required' });
    teams.authentication.getAuthToken.mockRejectedValueOnce(new Error('invalid resource'));
    await expect(host.getToken()).rejects.toMatchObject({ code: 'sign_in_failed' });
  });

  it('uses nested app authentication where Teams recommends it, and falls back to getAuthToken if it breaks', async () => {
    inTeams();
    teams.nestedAppAuth.isNAAChannelRecommended.mockReturnValue(true);
    const naaToken = jwtExpiringIn(3600, Date.now(), 'naa');
    const naa = { getToken: jest.fn().mockResolvedValueOnce(naaToken).mockRejectedValueOnce(new AuthError('sign_in_failed', 'broker down')) };
    const createNaa = jest.fn(async (config: ClientConfig) => {
      expect(config).toBe(CONFIG);
      return naa;
    });
    const { host } = await start({ auth: { createNaa, loadConfig: async () => CONFIG } });
    expect(host.auth.method).toBe('naa');
    await expect(host.getToken()).resolves.toBe(naaToken);
    expect(teams.authentication.getAuthToken).not.toHaveBeenCalled();
    const ssoToken = jwtExpiringIn(3600, Date.now(), 'sso');
    teams.authentication.getAuthToken.mockResolvedValue(ssoToken);
    await expect(host.getToken({ forceRefresh: true })).resolves.toBe(ssoToken);
    expect(naa.getToken).toHaveBeenLastCalledWith(true);
    expect(host.auth.method).toBe('sso');
  });

  it('joins through app.openLink, and a browser window if Teams refuses', async () => {
    inTeams();
    const { host, win } = await start();
    host.openUrl('https://teams.microsoft.com/l/meetup-join/19%3ameeting');
    expect(teams.app.openLink).toHaveBeenCalledWith('https://teams.microsoft.com/l/meetup-join/19%3ameeting');
    expect(() => host.openUrl('data:text/html,x')).toThrow(TypeError);
    teams.app.openLink.mockRejectedValueOnce(new Error('not supported'));
    host.openUrl('https://zoom.us/j/1');
    await new Promise((r) => setImmediate(r));
    expect(win.open).toHaveBeenCalledWith('https://zoom.us/j/1', '_blank', 'noopener');
  });

  describe('consent through authentication.authenticate', () => {
    const AUTHORIZE = 'https://login.example/organizations/oauth2/v2.0/authorize?state=st-9';
    const answer = (fields: object) => JSON.stringify({ type: AUTH_RESULT_TYPE, ...fields });

    it('opens auth-start.html and takes the code notifySuccess sent', async () => {
      inTeams();
      teams.authentication.authenticate.mockResolvedValue(answer({ code: 'k', state: 'st-9' }));
      const { host } = await start();
      await expect(host.startConsent(AUTHORIZE).result).resolves.toEqual({ kind: 'code', code: 'k', state: 'st-9' });
      const url = new URL(teams.authentication.authenticate.mock.calls[0]![0].url);
      expect(url.origin + url.pathname).toBe(`${ORIGIN}/auth-start.html`);
      expect(url.searchParams.get('host')).toBe('teams');
      expect(url.searchParams.get('url')).toBe(AUTHORIZE);
    });

    it.each([
      ['a foreign state', () => Promise.resolve(answer({ code: 'k', state: 'other' })), { kind: 'error', error: 'invalid_response' }],
      ['closed by the user', () => Promise.reject(new Error('CancelledByUser')), { kind: 'closed' }],
      ['no window', () => Promise.reject(new Error('FailedToOpenWindow')), { kind: 'blocked' }],
      ['notifyFailure with an OAuth error', () => Promise.reject(new Error(answer({ error: 'access_denied' }))), { kind: 'error', error: 'access_denied' }],
      ['another failure', () => Promise.reject(new Error('something else')), { kind: 'error', error: 'invalid_response' }],
    ])('%s', async (_name, outcome, expected) => {
      inTeams();
      teams.authentication.authenticate.mockImplementation(outcome);
      const { host } = await start();
      await expect(host.startConsent(AUTHORIZE).result).resolves.toEqual(expected);
    });

    it('cancel stops waiting for a window Teams keeps open', async () => {
      inTeams();
      teams.authentication.authenticate.mockReturnValue(new Promise(() => undefined));
      const { host } = await start();
      const attempt = host.startConsent(AUTHORIZE);
      attempt.cancel();
      await expect(attempt.result).resolves.toEqual({ kind: 'closed' });
    });
  });
});
