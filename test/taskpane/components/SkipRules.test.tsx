import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import type { Meeting } from '../../../src/shared/api';
import type { ApiClient } from '../../../src/taskpane/api/client';
import { MeetingsPane } from '../../../src/taskpane/components/MeetingsPane';
import { HIDDEN_LIMIT, HIDDEN_TITLE_MAX, sanitizeHidden } from '../../../src/taskpane/model/hidden';
import { hide } from '../../../src/taskpane/model/hiding';
import { PreferencesProvider } from '../../../src/taskpane/preferences';
import { createDeviceSettings, userId } from '../../../src/taskpane/preferences/deviceStore';
import { fakeApi, fakeHost } from '../fakes';
import { meeting, teamsJoin } from '../fixtures';

const display = { locale: 'en-US', timeZone: 'UTC' };
const alice = userId({ tid: 't-1', oid: 'alice' });
const NOW = new Date('2026-03-10T09:00:00Z');

function renderPane(meetings: Meeting[], host = fakeHost(), results: Meeting[] = []) {
  const store = createDeviceSettings(localStorage);
  const api: ApiClient = fakeApi({
    getMeetings: async () => ({ meetings, stale: false, generatedAt: NOW.toISOString(), providers: [] }),
    search: async () => ({ query: { text: '', people: [], services: [] }, results, providers: [] }),
  });
  const view = render(
    <PreferencesProvider initial={store.load(alice)} onChange={(values) => store.save(alice, values)}>
      <FluentProvider theme={webLightTheme}>
        <MeetingsPane host={host} api={api} display={display} />
      </FluentProvider>
    </PreferencesProvider>,
  );
  return { host, view };
}

const cardOf = (title: string) => screen.getByText(title).closest('li') as HTMLElement;

async function openMenu(title: string, testId: 'skip-more' | 'join-more') {
  fireEvent.click(within(cardOf(title)).getByTestId(testId));
  await screen.findByTestId('hide-once');
}

describe('skip rules', () => {
  beforeEach(() => {
    localStorage.clear();
    jest.useFakeTimers({ now: NOW, advanceTimers: true });
  });
  afterEach(() => jest.useRealTimers());

  it('hides one event without Join at once and keeps it hidden after a reload', async () => {
    const lunch = meeting(NOW, 120, 60, { title: 'Lunch' });
    const review = meeting(NOW, 200, 30, { title: 'Review' });
    const first = renderPane([lunch, review]);
    await screen.findByText('Lunch');
    await openMenu('Lunch', 'skip-more');
    expect(screen.queryByTestId('hide-series')).toBeNull();
    fireEvent.click(screen.getByTestId('hide-once'));
    await waitFor(() => expect(screen.queryByText('Lunch')).toBeNull());
    expect(screen.queryByTestId('hide-confirm')).toBeNull();
    first.view.unmount();
    renderPane([lunch, review]);
    await screen.findByText('Review');
    expect(screen.queryByText('Lunch')).toBeNull();
  });

  it('hides every event of a series', async () => {
    const a = meeting(NOW, 120, 30, { title: 'Focus', seriesKey: 'series-focus' });
    const b = meeting(NOW, 24 * 60 + 120, 30, { title: 'Focus', seriesKey: 'series-focus' });
    const other = meeting(NOW, 300, 30, { title: 'One-off' });
    renderPane([a, b, other]);
    await screen.findByText('One-off');
    expect(screen.getAllByText('Focus')).toHaveLength(2);
    fireEvent.click(within(screen.getAllByText('Focus')[0]!.closest('li') as HTMLElement).getByTestId('skip-more'));
    fireEvent.click(await screen.findByTestId('hide-series'));
    await waitFor(() => expect(screen.queryByText('Focus')).toBeNull());
    expect(screen.getByText('One-off')).toBeTruthy();
  });

  it('asks before hiding a meeting with a Join link, and keeps it on "Keep it"', async () => {
    const standup = meeting(NOW, 60, 15, { title: 'Standup', join: teamsJoin('s'), seriesKey: 'series-standup' });
    renderPane([standup]);
    await screen.findByText('Standup');
    await openMenu('Standup', 'join-more');
    fireEvent.click(screen.getByTestId('hide-series'));
    const dialog = await screen.findByTestId('hide-confirm');
    expect(dialog.textContent).toContain('Every “Standup” in this series has a Join link');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Keep it' }));
    await waitFor(() => expect(screen.queryByTestId('hide-confirm')).toBeNull());
    expect(screen.getByText('Standup')).toBeTruthy();

    await openMenu('Standup', 'join-more');
    fireEvent.click(screen.getByTestId('hide-once'));
    fireEvent.click(within(await screen.findByTestId('hide-confirm')).getByRole('button', { name: 'Hide' }));
    await waitFor(() => expect(screen.queryByText('Standup')).toBeNull());
  });

  it('takes a hidden meeting out of J and the reminders', async () => {
    const soon = meeting(NOW, 1, 30, { title: 'Soon', join: teamsJoin('soon') });
    localStorage.setItem(`upnext.settings.v1.${alice}`, JSON.stringify({ hidden: { ids: [soon.id], series: [] } }));
    const shown = meeting(NOW, 1, 30, { title: 'Also soon', join: { service: { id: 'zoom', name: 'Zoom' }, url: 'https://zoom.us/j/42' } });
    const { host } = renderPane([soon, shown]);
    await screen.findAllByText('Also soon');
    expect(screen.queryByText('Soon')).toBeNull();
    // The one left reminds and joins; the hidden one does neither.
    const reminders = await screen.findAllByTestId('reminder');
    expect(reminders.map((r) => r.getAttribute('data-meeting-id'))).toEqual([shown.id]);
    fireEvent.keyDown(document, { key: 'J', code: 'KeyJ', ctrlKey: true, shiftKey: true });
    expect(host.openUrl).toHaveBeenCalledTimes(1);
    expect(host.openUrl).toHaveBeenCalledWith('https://zoom.us/j/42');
  });

  it('lists hidden events and series in settings with Undo, and says so when none is hidden', async () => {
    const focus = meeting(NOW, 120, 30, { title: 'Focus', seriesKey: 'series-focus' });
    localStorage.setItem(`upnext.settings.v1.${alice}`, JSON.stringify({ hidden: { ids: ['gone-id'], series: ['series-focus'] } }));
    renderPane([focus]);
    await screen.findByRole('button', { name: 'More options' });
    expect(screen.queryByText('Focus')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'More options' }));
    fireEvent.click(await screen.findByRole('menuitem', { name: 'Settings' }));
    const panel = await screen.findByTestId('settings-hidden');
    const entries = within(panel).getAllByTestId('hidden-entry').map((e) => e.textContent);
    expect(entries).toEqual(['Focus (every event in the series)Undo', 'An event no longer in your list (this event)Undo']);
    fireEvent.click(within(panel).getByRole('button', { name: 'Undo hiding Focus' }));
    fireEvent.click(within(panel).getByRole('button', { name: 'Undo hiding An event no longer in your list' }));
    expect(within(panel).getByText('Nothing is hidden.')).toBeTruthy();
    await act(async () => undefined);
    expect(JSON.parse(localStorage.getItem(`upnext.settings.v1.${alice}`)!).hidden).toBeUndefined();
    fireEvent.click(within(screen.getByTestId('settings-dialog')).getByRole('button', { name: 'Close' }));
    expect(await screen.findByText('Focus')).toBeTruthy();
  });

  it('leaves hidden events out of search results too, and hides from a result card at once', async () => {
    const planning = meeting(NOW, 24 * 60, 60, { title: 'Planning', seriesKey: 'series-planning' });
    const retro = meeting(NOW, 2 * 24 * 60, 60, { title: 'Retro' });
    localStorage.setItem(`upnext.settings.v1.${alice}`, JSON.stringify({ hidden: { ids: [], series: [{ key: 'series-planning', title: 'Planning', at: 1 }] } }));
    renderPane([], fakeHost(), [planning, retro]);
    fireEvent.change(await screen.findByRole('searchbox', { name: /Search meetings/ }), { target: { value: 'next week' } });
    await screen.findByText('Retro');
    expect(screen.queryByText('Planning')).toBeNull();
    await openMenu('Retro', 'skip-more');
    fireEvent.click(screen.getByTestId('hide-once'));
    await waitFor(() => expect(screen.queryByText('Retro')).toBeNull());
  });

  it('names a hidden event in settings by the title it had, after it has left the list', async () => {
    const lunch = meeting(NOW, 120, 60, { title: 'Lunch with Ana' });
    const secret = meeting(NOW, 200, 30, { title: 'Secret offsite', isPrivate: true });
    const first = renderPane([lunch, secret]);
    await screen.findByText('Lunch with Ana');
    await openMenu('Lunch with Ana', 'skip-more');
    fireEvent.click(screen.getByTestId('hide-once'));
    await waitFor(() => expect(screen.queryByText('Lunch with Ana')).toBeNull());
    act(() => jest.advanceTimersByTime(60_000));
    await openMenu('Secret offsite', 'skip-more');
    fireEvent.click(screen.getByTestId('hide-once'));
    await waitFor(() => expect(screen.queryByText('Secret offsite')).toBeNull());
    const kept = JSON.parse(localStorage.getItem(`upnext.settings.v1.${alice}`)!).hidden;
    // The private one's title is not kept on the device.
    expect(kept.ids).toEqual([
      { key: lunch.id, title: 'Lunch with Ana', at: expect.any(Number) },
      { key: secret.id, at: expect.any(Number) },
    ]);
    first.view.unmount();

    // Later: both have ended, the list no longer holds them.
    renderPane([meeting(NOW, 600, 30, { title: 'Review' })]);
    await screen.findByText('Review');
    fireEvent.click(screen.getByRole('button', { name: 'More options' }));
    fireEvent.click(await screen.findByRole('menuitem', { name: 'Settings' }));
    const panel = await screen.findByTestId('settings-hidden');
    expect(within(panel).getAllByTestId('hidden-entry').map((e) => e.textContent)).toEqual([
      'An event no longer in your list (this event)Undo',
      'Lunch with Ana (this event)Undo',
    ]);
    fireEvent.click(within(panel).getByRole('button', { name: 'Undo hiding Lunch with Ana' }));
    expect(within(panel).getAllByTestId('hidden-entry')).toHaveLength(1);
  });

  it('keeps at most the limit, the oldest dropped, and only opaque keys and bounded titles from storage', () => {
    let rules = undefined as ReturnType<typeof hide> | undefined;
    for (let i = 0; i <= HIDDEN_LIMIT; i++) rules = hide(rules, 'ids', { key: `id${i}`, title: `Meeting ${i}`, at: i });
    expect(rules!.ids).toHaveLength(HIDDEN_LIMIT);
    expect(rules!.ids[0]).toEqual({ key: 'id1', title: 'Meeting 1', at: 1 });
    expect(
      sanitizeHidden({
        ids: ['ok', 42, '<script>', { key: 'ok', title: 'x'.repeat(HIDDEN_TITLE_MAX + 50), at: 5 }, { key: 'bad key', title: 'no' }, { key: 'n', title: 7, at: 'soon' }],
        series: 'nope',
      }),
    ).toEqual({ ids: [{ key: 'ok', title: 'x'.repeat(HIDDEN_TITLE_MAX), at: 5 }, { key: 'n', at: 0 }], series: [] });
    // Rules kept before titles were: bare keys.
    expect(sanitizeHidden({ ids: ['a'], series: ['b'] })).toEqual({ ids: [{ key: 'a', at: 0 }], series: [{ key: 'b', at: 0 }] });
    expect(sanitizeHidden('nonsense')).toBeUndefined();
  });
});
