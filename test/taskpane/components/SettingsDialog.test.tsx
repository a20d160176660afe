import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import type { ApiClient } from '../../../src/taskpane/api/client';
import { MeetingsPane } from '../../../src/taskpane/components/MeetingsPane';
import { PreferencesProvider, usePreferences } from '../../../src/taskpane/preferences';
import { createDeviceSettings, userId } from '../../../src/taskpane/preferences/deviceStore';
import { fakeApi, fakeHost } from '../fakes';
import { meeting, teamsJoin } from '../fixtures';

const display = { locale: 'en-US', timeZone: 'UTC' };
const alice = userId({ tid: 't-1', oid: 'alice' });
const bob = userId({ tid: 't-1', oid: 'bob' });
const NOW = new Date('2026-03-10T09:00:00Z');

function Theme() {
  return <p data-testid="theme">{usePreferences().theme ?? 'host'}</p>;
}

/** The pane as index.tsx wires it: this user's stored choices in, every change written back. */
function renderPane(user: string, host = fakeHost()) {
  const store = createDeviceSettings(localStorage);
  const api: ApiClient = fakeApi({ getMeetings: async () => ({ meetings: [], stale: false, generatedAt: NOW.toISOString(), providers: [] }) });
  return render(
    <PreferencesProvider initial={store.load(user)} onChange={(values) => store.save(user, values)}>
      <FluentProvider theme={webLightTheme}>
        <Theme />
        <MeetingsPane host={host} api={api} display={display} />
      </FluentProvider>
    </PreferencesProvider>,
  );
}

async function openSettings() {
  fireEvent.click(screen.getByRole('button', { name: 'More options' }));
  fireEvent.click(await screen.findByRole('menuitem', { name: 'Settings' }));
  return screen.findByTestId('settings-dialog');
}

const select = (dialog: HTMLElement, label: string) => within(dialog).getByRole('combobox', { name: label }) as HTMLSelectElement;

describe('settings panel', () => {
  beforeEach(() => localStorage.clear());

  it('opens from the pane menu with every choice, the reminder at 2 minutes and the rest as the host has it', async () => {
    renderPane(alice);
    const dialog = await openSettings();
    expect(within(dialog).getByRole('heading', { name: 'Settings' })).toBeTruthy();
    expect(select(dialog, 'Remind me').value).toBe('2');
    expect(Array.from(select(dialog, 'Remind me').options).map((o) => o.textContent)).toEqual(['1 minute before', '2 minutes before', '5 minutes before', '10 minutes before']);
    expect(Array.from(select(dialog, 'Theme').options).map((o) => o.textContent)).toEqual(['As the app has it', 'Light', 'Dark', 'High contrast']);
    expect(Array.from(select(dialog, 'Language').options).map((o) => o.textContent)).toEqual(['As the app has it', 'English', 'Deutsch', 'Français', '日本語', 'العربية']);
    const zones = Array.from(select(dialog, 'Second time zone').options).map((o) => o.value);
    expect(zones[0]).toBe('');
    expect(zones).toContain('Asia/Tokyo');
    // UTC first; today's names where ICU still lists an older one.
    expect(zones[1]).toBe('UTC');
    expect(zones).toEqual(expect.arrayContaining(['Asia/Kolkata', 'Europe/Kyiv', 'Asia/Ho_Chi_Minh']));
    expect(zones).not.toEqual(expect.arrayContaining(['Asia/Calcutta']));
    expect(zones.filter((z) => z === 'UTC')).toHaveLength(1);
  });

  it('applies a change at once, keeps it across a reload, and another user on the device does not see it', async () => {
    const first = renderPane(alice);
    let dialog = await openSettings();
    fireEvent.change(select(dialog, 'Remind me'), { target: { value: '10' } });
    fireEvent.change(select(dialog, 'Theme'), { target: { value: 'dark' } });
    fireEvent.change(select(dialog, 'Second time zone'), { target: { value: 'Asia/Tokyo' } });
    expect(screen.getByTestId('theme').textContent).toBe('dark');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Close' }));
    await waitFor(() => expect(screen.queryByTestId('settings-dialog')).toBeNull());
    first.unmount();

    // A reload: a new store over the same device storage.
    const reloaded = renderPane(alice);
    expect(screen.getByTestId('theme').textContent).toBe('dark');
    dialog = await openSettings();
    expect(select(dialog, 'Remind me').value).toBe('10');
    expect(select(dialog, 'Second time zone').value).toBe('Asia/Tokyo');
    reloaded.unmount();

    renderPane(bob);
    expect(screen.getByTestId('theme').textContent).toBe('host');
    dialog = await openSettings();
    expect(select(dialog, 'Remind me').value).toBe('2');
    expect(select(dialog, 'Theme').value).toBe('');
    expect(select(dialog, 'Second time zone').value).toBe('');
  });

  it('offers the notification permission in a browser only', async () => {
    const { unmount } = renderPane(alice, fakeHost({ kind: 'office' }));
    let dialog = await openSettings();
    expect(within(dialog).queryByText('System notifications')).toBeNull();
    unmount();
    const requestPermission = jest.fn(async () => 'granted' as const);
    Object.assign(globalThis, { Notification: { permission: 'default', requestPermission } });
    try {
      renderPane(alice, fakeHost({ kind: 'browser' }));
      dialog = await openSettings();
      fireEvent.click(within(dialog).getByRole('button', { name: 'Also notify me on this device' }));
      expect(await within(dialog).findByText('On for this browser')).toBeTruthy();
      expect(requestPermission).toHaveBeenCalled();
    } finally {
      delete (globalThis as { Notification?: unknown }).Notification;
    }
  });

  describe('a second time zone', () => {
    beforeEach(() => jest.useFakeTimers({ now: NOW, advanceTimers: true }));
    afterEach(() => jest.useRealTimers());

    function renderZones(secondZone?: string) {
      const api: ApiClient = fakeApi({
        getMeetings: async () => ({ meetings: [meeting(NOW, 60, 30, { title: 'Design review', join: teamsJoin('z') })], stale: false, generatedAt: NOW.toISOString(), providers: [] }),
      });
      render(
        <PreferencesProvider initial={secondZone ? { secondZone } : {}}>
          <FluentProvider theme={webLightTheme}>
            <MeetingsPane host={fakeHost()} api={api} display={{ locale: 'en-US', timeZone: 'Europe/Berlin' }} />
          </FluentProvider>
        </PreferencesProvider>,
      );
    }

    it('shows each card’s time in that zone too, and names the list’s zone at the top', async () => {
      renderZones('Asia/Tokyo');
      await screen.findByText('Design review');
      // 10:00 UTC: 11:00 in Berlin, 19:00 in Tokyo.
      expect(screen.getByTestId('second-zone').textContent).toMatch(/^7:00\s?–\s?7:30\sPM Tokyo$/);
      expect(screen.getByTestId('zone-note').textContent).toMatch(/^Times in Berlin \((GMT\+1|CET)\)$/);
    });

    it('shows neither without one', async () => {
      renderZones();
      await screen.findByText('Design review');
      expect(screen.queryByTestId('second-zone')).toBeNull();
      expect(screen.queryByTestId('zone-note')).toBeNull();
    });
  });
});
