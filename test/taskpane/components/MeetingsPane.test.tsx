import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import type { MeetingsResponse } from '../../../src/shared/api';
import type { ApiClient } from '../../../src/taskpane/api/client';
import { ApiError } from '../../../src/taskpane/api/errors';
import { MeetingsPane } from '../../../src/taskpane/components/MeetingsPane';
import { createI18n, I18nProvider } from '../../../src/taskpane/i18n';
import { ja } from '../../../src/taskpane/i18n/messages/ja';
import { PreferencesProvider } from '../../../src/taskpane/preferences';
import { fakeApi, fakeHost } from '../fakes';
import { meeting, teamsJoin } from '../fixtures';

const display = { locale: 'en-US', timeZone: 'UTC' };


/** An API whose answers the test hands out one by one. */
function scriptedApi(...answers: Array<MeetingsResponse | ApiError>) {
  const calls: Array<{ from: Date; to: Date }> = [];
  const api: ApiClient = fakeApi({
    getMeetings: async (query) => {
      calls.push(query);
      const answer = answers.length > 1 ? answers.shift()! : answers[0]!;
      if (answer instanceof ApiError) throw answer;
      return answer;
    },
  });
  return { api, calls };
}

const response = (meetings: MeetingsResponse['meetings'], stale = false): MeetingsResponse => ({ meetings, stale, generatedAt: new Date().toISOString(), providers: [{ id: 'outlook-calendar', status: 'ok' }] });

function renderPane(api: ApiClient, host = fakeHost()) {
  render(
    <FluentProvider theme={webLightTheme}>
      <MeetingsPane host={host} api={api} display={display} />
    </FluentProvider>,
  );
  return host;
}

describe('MeetingsPane', () => {
  it('loads the next 7 days and lists them', async () => {
    const now = new Date();
    const { api, calls } = scriptedApi(response([meeting(now, 30, 30, { id: 'a', title: 'Planning' })]));
    renderPane(api);
    expect(screen.getByText('Loading meetings…')).toBeTruthy();
    expect(await screen.findByText('Planning')).toBeTruthy();
    const span = calls[0]!.to.getTime() - calls[0]!.from.getTime();
    expect(span).toBe(7 * 86_400_000);
  });

  it('says so when there is nothing', async () => {
    renderPane(scriptedApi(response([])).api);
    expect(await screen.findByText('No meetings in the next 7 days')).toBeTruthy();
  });

  it('shows an error with Retry, and recovers', async () => {
    const failure = new ApiError('provider_unavailable', 'Graph said 503', { status: 503, requestId: 'req-42' });
    const { api } = scriptedApi(failure, response([meeting(new Date(), 30, 30, { title: 'Back again' })]));
    renderPane(api);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Your calendar is not answering right now.');
    fireEvent.click(screen.getByRole('button', { name: 'Retry' }));
    expect(await screen.findByText('Back again')).toBeTruthy();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('Join says what it is doing ("Opening Teams…") in the polite status line', async () => {
    const now = new Date();
    const host = renderPane(scriptedApi(response([meeting(now, 2, 30, { id: 'j', title: 'Standup', join: teamsJoin('j') })])).api);
    await screen.findByText('Standup');
    fireEvent.click(screen.getAllByRole('button', { name: /^Join/ })[0]!);
    expect(host.openUrl).toHaveBeenCalled();
    expect(screen.getByTestId('status').textContent).toBe('Opening Microsoft Teams…');
  });

  it('a failed refresh says from when the meetings shown are ("Showing meetings from 9:41 AM") and that it retries by itself', async () => {
    const now = new Date();
    const fresh = { ...response([meeting(now, 30, 30, { id: 'a', title: 'Planning' })]), generatedAt: '2024-05-01T09:41:00Z' };
    const { api } = scriptedApi(fresh, new ApiError('network_error', 'Upnext cannot be reached. Check your connection.'));
    renderPane(api);
    await screen.findByText('Planning');
    act(() => void window.dispatchEvent(new Event('focus')));
    const banner = await screen.findByTestId('error');
    expect(banner.textContent).toContain('Showing meetings from 9:41 AM');
    expect(banner.textContent).toContain('Trying again by itself');
    expect(screen.getByText('Planning')).toBeTruthy();
  });

  it('the server’s stale answer names the time of the last fresh one', async () => {
    const now = new Date();
    const list = [meeting(now, 30, 30, { id: 'a', title: 'Planning' })];
    const { api } = scriptedApi({ ...response(list), generatedAt: '2024-05-01T09:41:00Z' }, response(list, true));
    renderPane(api);
    await screen.findByText('Planning');
    act(() => void window.dispatchEvent(new Event('focus')));
    expect((await screen.findByTestId('stale-note')).textContent).toBe('Showing meetings from 9:41 AM: the calendar did not answer just now.');
  });

  it('loads the error details lazily', async () => {
    renderPane(scriptedApi(new ApiError('rate_limited', 'slow down', { status: 429, requestId: 'req-42' })).api);
    fireEvent.click(await screen.findByRole('button', { name: 'Details' }));
    const details = await screen.findByTestId('error-details');
    expect(details.textContent).toContain('rate_limited');
    expect(details.textContent).toContain('req-42');
  });

  it("shows the server's message for connection problems", async () => {
    renderPane(scriptedApi(new ApiError('consent_required', 'Connect Outlook Calendar to see your meetings.', { status: 409 })).api);
    expect((await screen.findByRole('alert')).textContent).toContain('Connect Outlook Calendar to see your meetings.');
  });

  it('joins the next joinable meeting with Ctrl+Shift+J', async () => {
    const now = new Date();
    const running = meeting(now, -40, 60, { title: 'Long one', join: teamsJoin('long') });
    const soon = meeting(now, 4, 30, { title: 'Starting soon', join: { service: { id: 'zoom', name: 'Zoom' }, url: 'https://zoom.us/j/42' } });
    const host = renderPane(scriptedApi(response([running, soon])).api);
    await screen.findByText('Starting soon');
    fireEvent.keyDown(document, { key: 'J', code: 'KeyJ', ctrlKey: true, shiftKey: true });
    expect(host.openUrl).toHaveBeenCalledWith('https://zoom.us/j/42');
    fireEvent.click(screen.getByRole('button', { name: /^Join Long one, / }));
    expect(host.openUrl).toHaveBeenLastCalledWith(running.join!.url);
  });

  it('announces when there is nothing to join', async () => {
    const host = renderPane(scriptedApi(response([meeting(new Date(), 60, 30, { title: 'Later', join: teamsJoin('x') })])).api);
    await screen.findByText('Later');
    fireEvent.keyDown(document, { key: 'J', code: 'KeyJ', metaKey: true, shiftKey: true });
    expect(host.openUrl).not.toHaveBeenCalled();
    expect(screen.getByText('No meeting to join right now')).toBeTruthy();
  });

  it('toggles declined and cancelled meetings', async () => {
    const now = new Date();
    renderPane(scriptedApi(response([meeting(now, 60, 30, { title: 'Kept' }), meeting(now, 90, 30, { title: 'Skipped', status: 'declined' })])).api);
    await screen.findByText('Kept');
    expect(screen.queryByText('Skipped')).toBeNull();
    // The toggle lives in the pane menu now (a checkable item), not under the list.
    expect(screen.queryByRole('switch')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'More options' }));
    fireEvent.click(await screen.findByRole('menuitemcheckbox', { name: 'Show declined and cancelled (1)' }));
    expect(await screen.findByText('Skipped')).toBeTruthy();
  });

  it('refreshes when the window regains focus', async () => {
    const { api, calls } = scriptedApi(response([]));
    renderPane(api);
    await screen.findByText('No meetings in the next 7 days');
    await act(async () => {
      window.dispatchEvent(new Event('focus'));
    });
    await waitFor(() => expect(calls).toHaveLength(2));
  });
});

describe('MeetingsPane names the list’s zone when a calendar keeps another (issue 13)', () => {
  const tokyo = { locale: 'en-US', timeZone: 'Asia/Tokyo' };
  const outlookLA = [{ name: 'Outlook Calendar', timeZone: 'America/Los_Angeles' }];

  function renderZones(calendars: Array<{ name: string; timeZone?: string }>, options: { display?: typeof tokyo; secondZone?: string; language?: 'ja' } = {}) {
    const pane = (
      <PreferencesProvider initial={options.secondZone ? { secondZone: options.secondZone } : {}}>
        <FluentProvider theme={webLightTheme}>
          <MeetingsPane host={fakeHost()} api={scriptedApi(response([meeting(new Date(), 30, 30, { id: 'a', title: 'Planning' })])).api} display={options.display ?? tokyo} calendars={calendars} />
        </FluentProvider>
      </PreferencesProvider>
    );
    render(options.language === 'ja' ? <I18nProvider value={createI18n('ja-JP', ja)}>{pane}</I18nProvider> : pane);
  }

  it('device in Tokyo, Outlook mailbox in Los Angeles: one quiet line says both', async () => {
    renderZones(outlookLA);
    await screen.findByText('Planning');
    expect(screen.getByTestId('zone-note').textContent).toBe('Times in Tokyo (GMT+9) · your Outlook Calendar is in Los Angeles time');
  });

  it('in Japanese too', async () => {
    renderZones(outlookLA, { display: { locale: 'ja-JP', timeZone: 'Asia/Tokyo' }, language: 'ja' });
    await screen.findByText('Planning');
    expect(screen.getByTestId('zone-note').textContent).toBe('Tokyo の時刻 (JST)・Outlook Calendar は Los Angeles 時間に設定されています');
  });

  it.each([
    ['the calendar’s zone is the shown one', [{ name: 'Outlook Calendar', timeZone: 'Asia/Tokyo' }], tokyo],
    ['an old name of the same zone (Asia/Calcutta is Asia/Kolkata)', [{ name: 'Outlook Calendar', timeZone: 'Asia/Calcutta' }], { locale: 'en-US', timeZone: 'Asia/Kolkata' }],
    ['the server does not know the calendar’s zone', [{ name: 'Outlook Calendar' }], tokyo],
    ['no calendar', [], tokyo],
  ])('no note when %s', async (_, calendars, display) => {
    renderZones(calendars, { display });
    await screen.findByText('Planning');
    expect(screen.queryByTestId('zone-note')).toBeNull();
  });

  it('with a second zone chosen, "Times in …" is said once and the calendar joins it', async () => {
    renderZones([...outlookLA, { name: 'Google Calendar', timeZone: 'Asia/Tokyo' }], { secondZone: 'Europe/Berlin' });
    await screen.findByText('Planning');
    const note = screen.getByTestId('zone-note').textContent!;
    expect(note).toBe('Times in Tokyo (GMT+9) · your Outlook Calendar is in Los Angeles time');
    expect(note.match(/Times in/g)).toHaveLength(1);
  });

  it('a zone whose name is its city reads "Times in UTC", not "UTC (UTC)"', async () => {
    renderZones(outlookLA, { display: { locale: 'en-US', timeZone: 'UTC' } });
    await screen.findByText('Planning');
    expect(screen.getByTestId('zone-note').textContent).toBe('Times in UTC · your Outlook Calendar is in Los Angeles time');
  });

  it('two calendars elsewhere are both named, each once', async () => {
    renderZones([...outlookLA, { name: 'Google Calendar', timeZone: 'Europe/London' }, { name: 'Other', timeZone: 'US/Pacific' }]);
    await screen.findByText('Planning');
    expect(screen.getByTestId('zone-note').textContent).toBe('Times in Tokyo (GMT+9) · your Outlook Calendar is in Los Angeles time · your Google Calendar is in London time');
  });
});
