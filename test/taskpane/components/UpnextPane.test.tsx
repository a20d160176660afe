import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { en } from '../../../src/taskpane/i18n/messages/en';
import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import type { IntegrationState, MeResponse } from '../../../src/shared/api';
import type { ApiClient } from '../../../src/taskpane/api/client';
import { ApiError } from '../../../src/taskpane/api/errors';
import { UpnextPane } from '../../../src/taskpane/components/UpnextPane';
import { fakeApi, fakeHost, GOOGLE_INFO, OUTLOOK_INFO, type FakeHost } from '../fakes';
import { meeting } from '../fixtures';

const display = { locale: 'en-US', timeZone: 'UTC' };
const CONSENT_URL = 'https://login.example/t/oauth2/v2.0/authorize?state=st.1';
const ADMIN_URL = 'https://login.example/t/v2.0/adminconsent?client_id=c';

const me = (state: IntegrationState, reason?: string): MeResponse => ({
  user: { tid: 't', oid: 'o', name: 'Dana', isAdmin: false },
  integrations: [{ provider: 'outlook-calendar', state, ...(reason !== undefined && { reason }) }],
});
const conflict = (code: 'consent_required' | 'admin_consent_required' | 'reconnect_required', url?: string) =>
  new ApiError(code, `because ${code}`, { status: 409, ...(url !== undefined && { url }) });
const meetings = { meetings: [meeting(new Date(), 30, 30, { title: 'Planning' })], stale: false, generatedAt: new Date().toISOString(), providers: [{ id: 'outlook-calendar' as const, status: 'ok' as const }] };

function renderPane(api: ApiClient, host: FakeHost = fakeHost()) {
  render(
    <FluentProvider theme={webLightTheme}>
      <UpnextPane host={host} api={api} display={display} />
    </FluentProvider>,
  );
  return host;
}

const card = () => screen.findByTestId('connect-card');

describe('UpnextPane', () => {
  it('connected: goes straight to the meetings', async () => {
    const api = fakeApi({ getMe: async () => me('connected'), getMeetings: async () => meetings });
    renderPane(api);
    expect(await screen.findByText('Planning')).toBeTruthy();
  });

  it('not connected: connects silently once, then shows the meetings', async () => {
    const connect = jest.fn(async () => undefined);
    renderPane(fakeApi({ getMe: async () => me('not_connected'), connect, getMeetings: async () => meetings }));
    expect(await screen.findByText('Planning')).toBeTruthy();
    expect(connect).toHaveBeenCalledTimes(1);
  });

  it('consent: Connect opens the popup from the click, then completes and loads meetings', async () => {
    const completeConnect = jest.fn(async () => undefined);
    const api = fakeApi({
      getMe: async () => me('not_connected'),
      connect: async () => Promise.reject(conflict('consent_required', CONSENT_URL)),
      completeConnect,
      getMeetings: async () => meetings,
    });
    const host = renderPane(api);
    expect((await card()).getAttribute('data-state')).toBe('consent_required');
    expect(host.consentUrls).toEqual([]); // never without a click
    fireEvent.click(screen.getByRole('button', { name: 'Connect' }));
    expect(host.consentUrls).toEqual([CONSENT_URL]);
    expect((await card()).getAttribute('data-state')).toBe('consent_pending');
    await act(async () => host.finishConsent({ kind: 'code', code: 'c0de', state: 'st.1' }));
    expect(await screen.findByText('Planning')).toBeTruthy();
    expect(completeConnect).toHaveBeenCalledWith('outlook-calendar', { code: 'c0de', state: 'st.1' });
  });

  it('a window closed early offers a retry that reopens the same URL', async () => {
    const api = fakeApi({ getMe: async () => me('not_connected'), connect: async () => Promise.reject(conflict('consent_required', CONSENT_URL)) });
    const host = renderPane(api);
    await card();
    fireEvent.click(screen.getByRole('button', { name: 'Connect' }));
    await act(async () => host.finishConsent({ kind: 'closed' }));
    expect(screen.getByText('The sign-in window was closed before it finished.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(host.consentUrls).toEqual([CONSENT_URL, CONSENT_URL]);
    await act(async () => host.finishConsent({ kind: 'blocked' }));
    expect(screen.getByText(/blocked the sign-in window/)).toBeTruthy();
  });

  it('a second device (a new device key) connects silently where the provider allows it: no card, no "key" talk', async () => {
    const connect = jest.fn(async () => undefined);
    renderPane(fakeApi({ getMe: async () => me('reconnect_required', 'device_key_changed'), connect, getMeetings: async () => meetings }));
    expect(await screen.findByText('Planning')).toBeTruthy();
    expect(connect).toHaveBeenCalledWith('outlook-calendar', { auto: true });
    expect(screen.queryByTestId('connect-card')).toBeNull();
  });

  it('a second device that needs a consent window says so in plain words: "Connect … on this device" and why', async () => {
    const connect = jest.fn(async () => Promise.reject(conflict('consent_required', CONSENT_URL)));
    const host = renderPane(fakeApi({ getMe: async () => me('reconnect_required', 'device_key_changed'), connect }));
    await waitFor(() => expect(screen.getByRole('heading', { name: 'Connect Outlook Calendar on this device' })).toBeTruthy());
    const shown = await card();
    expect(shown.getAttribute('data-this-device')).toBe('true');
    expect(shown.textContent).toContain('this browser needs its own connection');
    expect(shown.textContent).not.toMatch(/key|Reconnect/);
    expect(host.consentUrls).toEqual([]); // the window only from a click
    fireEvent.click(screen.getByRole('button', { name: 'Connect' }));
    expect(host.consentUrls).toEqual([CONSENT_URL]);
  });

  it('reconnect (grant revoked) explains that too', async () => {
    renderPane(fakeApi({ getMe: async () => me('reconnect_required', 'grant_revoked') }));
    expect((await card()).textContent).toContain('revoked or has expired');
  });

  it('admin consent: steps, link through the host, and copy of both', async () => {
    const host = renderPane(fakeApi({ getMe: async () => me('admin_consent_required'), connect: async () => Promise.reject(conflict('admin_consent_required', ADMIN_URL)) }));
    await waitFor(() => expect(screen.getByRole('link', { name: ADMIN_URL })).toBeTruthy());
    expect(screen.getByText(/only an administrator approve Upnext/)).toBeTruthy();
    fireEvent.click(screen.getByRole('link', { name: ADMIN_URL }));
    expect(host.openUrl).toHaveBeenCalledWith(ADMIN_URL);
    fireEvent.click(screen.getByRole('button', { name: 'Copy steps and link' }));
    await screen.findByRole('button', { name: 'Copied' });
    const copied = host.copyText.mock.calls[0]![0] as string;
    expect(copied).toContain('admin consent');
    expect(copied).toContain(ADMIN_URL);
  });

  it('not enabled: tells the user to ask the admin', async () => {
    renderPane(fakeApi({ getMe: async () => me('not_enabled') }));
    expect((await card()).textContent).toContain('not enabled for you — ask your admin');
  });

  it('meetings answering reconnect_required switch to the card instead of an error box', async () => {
    renderPane(fakeApi({ getMe: async () => me('connected'), getMeetings: async () => Promise.reject(conflict('reconnect_required')) }));
    expect((await card()).getAttribute('data-state')).toBe('reconnect_required');
    expect(screen.queryByRole('alert')).toBeNull();
  });

  async function openDisconnect() {
    const more = await waitFor(() => {
      const button = screen.getByRole('button', { name: 'More options' });
      expect(button.hasAttribute('disabled')).toBe(false);
      return button;
    });
    fireEvent.click(more);
    fireEvent.click(await screen.findByRole('menuitem', { name: 'Disconnect Outlook Calendar' }));
    return screen.findByRole('alertdialog', { name: 'Disconnect Outlook Calendar?' });
  }

  it('Disconnect asks first (this device or all your devices), says what it removes, and Cancel keeps the connection', async () => {
    const disconnect = jest.fn(async () => undefined);
    renderPane(fakeApi({ getMe: async () => me('connected'), getMeetings: async () => meetings, disconnect }));
    await screen.findByText('Planning');
    const dialog = await openDisconnect();
    expect(dialog.textContent).toContain('deletes the access it keeps for you');
    expect(screen.getByRole('radio', { name: /This device/ })).toHaveProperty('checked', true);
    expect(screen.getByRole('radio', { name: /All your devices/ }).closest('span, div')?.parentElement?.textContent).toContain('withdraws Upnext’s permission');
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(screen.queryByRole('alertdialog')).toBeNull());
    expect(disconnect).not.toHaveBeenCalled();
    expect(screen.getByText('Planning')).toBeTruthy();
  });

  it('Disconnect all your devices: deleted, focus on the Connect card, and a reload does not connect again by itself', async () => {
    const disconnect = jest.fn(async () => undefined);
    const connect = jest.fn(async () => undefined);
    let state: [IntegrationState, string?] = ['connected'];
    const api = fakeApi({ getMe: async () => me(...state), getMeetings: async () => meetings, disconnect, connect });
    const first = render(
      <FluentProvider theme={webLightTheme}>
        <UpnextPane host={fakeHost()} api={api} display={display} />
      </FluentProvider>,
    );
    await screen.findByText('Planning');
    await openDisconnect();
    fireEvent.click(screen.getByRole('radio', { name: /All your devices/ }));
    fireEvent.click(screen.getByRole('button', { name: 'Disconnect' }));
    const shown = await card();
    expect(shown.getAttribute('data-state')).toBe('not_connected');
    expect(disconnect).toHaveBeenCalledWith('outlook-calendar', 'all');
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('heading', { name: 'Outlook Calendar' })));
    expect(shown.textContent).toContain('You disconnected Outlook Calendar');
    expect(connect).not.toHaveBeenCalled();

    // The reload: the server remembers the choice, so the pane does not try on its own.
    first.unmount();
    state = ['not_connected', 'disconnected'];
    renderPane(api);
    expect((await card()).getAttribute('data-reason')).toBe('disconnected');
    expect(connect).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole('button', { name: 'Connect' }));
    expect(await screen.findByText('Planning')).toBeTruthy();
    expect(connect).toHaveBeenCalledWith('outlook-calendar', { auto: false });
  });

  it('a failed check shows the error with Retry', async () => {
    const getMe = jest.fn().mockRejectedValueOnce(new ApiError('network_error', 'Upnext cannot be reached.')).mockResolvedValue(me('connected'));
    renderPane(fakeApi({ getMe, getMeetings: async () => meetings }));
    fireEvent.click(await screen.findByRole('button', { name: 'Retry' }));
    expect(await screen.findByText('Planning')).toBeTruthy();
  });

  describe('with two providers', () => {
    const GOOGLE_URL = 'https://accounts.google.com/o/oauth2/v2/auth?state=g.1';
    const both = (outlook: IntegrationState, google: IntegrationState): MeResponse => ({
      user: { tid: 't', oid: 'o', name: 'Dana', isAdmin: false },
      integrations: [
        { provider: 'outlook-calendar', state: outlook },
        { provider: 'google-calendar', state: google, ...(google === 'connected' && { account: 'dana@gmail.example' }) },
      ],
    });
    const getProviders = async () => [OUTLOOK_INFO, GOOGLE_INFO];

    it('shows the meetings with the Google card above them, and Connect opens Google’s window', async () => {
      const api = fakeApi({
        getProviders,
        getMe: async () => both('connected', 'not_connected'),
        connect: async (provider) => Promise.reject(provider === 'google-calendar' ? conflict('consent_required', GOOGLE_URL) : new Error('unexpected')),
        getMeetings: async () => meetings,
      });
      const host = renderPane(api);
      expect(await screen.findByText('Planning')).toBeTruthy();
      const google = await screen.findByTestId('connect-card');
      expect(google.getAttribute('data-provider')).toBe('google-calendar');
      await waitFor(() => expect(google.getAttribute('data-state')).toBe('consent_required'));
      expect(google.textContent).toContain('Google Calendar');
      // The consent words come from the catalogue (the pane's language), not the server's English.
      expect(google.textContent).toContain(en['connection.consentText.google-calendar']);
      fireEvent.click(screen.getByRole('button', { name: 'Connect' }));
      expect(host.consentUrls).toEqual([GOOGLE_URL]);
    });

    it('a provider that did not answer gets a quiet banner; the other calendar’s meetings stay', async () => {
      const api = fakeApi({
        getProviders,
        getMe: async () => both('connected', 'connected'),
        getMeetings: async () => ({ ...meetings, providers: [{ id: 'outlook-calendar', status: 'ok' }, { id: 'google-calendar', status: 'error' }] }),
      });
      renderPane(api);
      expect(await screen.findByText('Planning')).toBeTruthy();
      const banner = await screen.findByTestId('provider-banner');
      expect(banner.getAttribute('data-provider')).toBe('google-calendar');
      expect(banner.textContent).toBe('Google Calendar is not answering right now; showing your other calendars.');
      expect(screen.queryByRole('alert')).toBeNull();
      expect(screen.queryByTestId('connect-card')).toBeNull();
    });

    it('nothing connected: one card per provider, each with its own state', async () => {
      const api = fakeApi({
        getProviders,
        getMe: async () => ({ ...both('reconnect_required', 'not_connected'), integrations: [{ provider: 'outlook-calendar', state: 'reconnect_required', reason: 'grant_revoked' }, { provider: 'google-calendar', state: 'not_connected' }] }),
        connect: async () => Promise.reject(conflict('consent_required', GOOGLE_URL)),
      });
      renderPane(api);
      await waitFor(() => expect(screen.getAllByTestId('connect-card')).toHaveLength(2));
      const states = () => screen.getAllByTestId('connect-card').map((c) => [c.getAttribute('data-provider'), c.getAttribute('data-state')]);
      await waitFor(() => expect(states()).toEqual([['outlook-calendar', 'reconnect_required'], ['google-calendar', 'consent_required']]));
    });
  });
});

describe('UpnextPane: the calendar’s own zone from /api/me reaches the list', () => {
  const tokyo = { locale: 'en-US', timeZone: 'Asia/Tokyo' };
  const withZone = (state: IntegrationState): MeResponse => ({ ...me(state), integrations: [{ provider: 'outlook-calendar', state, ...(state === 'connected' && { timeZone: 'America/Los_Angeles' }) }] });
  const renderIn = (api: ApiClient) =>
    render(
      <FluentProvider theme={webLightTheme}>
        <UpnextPane host={fakeHost()} api={api} display={tokyo} />
      </FluentProvider>,
    );

  it('connected already: the note names the mailbox’s zone', async () => {
    renderIn(fakeApi({ getMe: async () => withZone('connected'), getMeetings: async () => meetings }));
    await screen.findByText('Planning');
    expect((await screen.findByTestId('zone-note')).textContent).toBe('Times in Tokyo (GMT+9) · your Outlook Calendar is in Los Angeles time');
  });

  it('connected silently just now: asks /api/me once more and names it', async () => {
    let connected = false;
    const getMe = jest.fn(async () => withZone(connected ? 'connected' : 'not_connected'));
    renderIn(fakeApi({ getMe, connect: async () => void (connected = true), getMeetings: async () => meetings }));
    await screen.findByText('Planning');
    expect((await screen.findByTestId('zone-note')).textContent).toContain('your Outlook Calendar is in Los Angeles time');
    expect(getMe).toHaveBeenCalledTimes(2);
  });

  it('/api/me without a zone (the permission missing): no note', async () => {
    renderIn(fakeApi({ getMe: async () => me('connected'), getMeetings: async () => meetings }));
    await screen.findByText('Planning');
    expect(screen.queryByTestId('zone-note')).toBeNull();
  });
});
