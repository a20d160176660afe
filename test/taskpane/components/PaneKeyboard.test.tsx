import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import type { ApiClient } from '../../../src/taskpane/api/client';
import { paneKeyAction } from '../../../src/taskpane/hooks/usePaneKeys';
import { fakeApi } from '../fakes';
import { renderMeetingsPane } from '../renderMeetingsPane';
import { meeting, teamsJoin } from '../fixtures';

const display = { locale: 'en-US', timeZone: 'UTC' };

function renderPane(count: number, firstStartMin = 5) {
  const now = new Date();
  const meetings = Array.from({ length: count }, (_, i) => meeting(now, firstStartMin + i * 60, 30, { title: `Meeting ${i + 1}`, join: teamsJoin(`m${i}`) }));
  const joined: string[] = [];
  const api: ApiClient = fakeApi({
    getMeetings: async () => ({ meetings, stale: false, generatedAt: now.toISOString(), providers: [{ id: 'outlook-calendar', status: 'ok' }] }),
    joined: async (id: string) => {
      joined.push(id);
    },
  });
  const host = renderMeetingsPane(api, display);
  return { host, joined, meetings };
}

const cards = () => screen.getAllByTestId('meeting');
/** What Tab can reach inside the list. */
const tabStops = () => Array.from(screen.getByTestId('meeting-list').querySelectorAll<HTMLElement>('a[href], button, [tabindex]')).filter((el) => el.tabIndex >= 0);

describe('pane keyboard', () => {
  it('makes the list one Tab stop (the current card and its own buttons), arrows and Home/End move between cards', async () => {
    renderPane(12);
    await screen.findByText('Meeting 12');
    await waitFor(() => expect(cards()[0]!.tabIndex).toBe(0));
    const stops = tabStops();
    // The first card and the controls inside it, never the other eleven cards' buttons.
    expect(stops.every((el) => el === cards()[0] || cards()[0]!.contains(el))).toBe(true);
    expect(stops.length).toBeLessThan(5);

    act(() => cards()[0]!.focus());
    fireEvent.keyDown(document.activeElement!, { key: 'ArrowDown' });
    expect(document.activeElement).toBe(cards()[1]);
    expect(cards()[1]!.tabIndex).toBe(0);
    expect(cards()[0]!.tabIndex).toBe(-1);
    fireEvent.keyDown(document.activeElement!, { key: 'End' });
    expect(document.activeElement).toBe(cards()[11]);
    fireEvent.keyDown(document.activeElement!, { key: 'ArrowDown' });
    expect(document.activeElement).toBe(cards()[11]);
    fireEvent.keyDown(document.activeElement!, { key: 'ArrowUp' });
    expect(document.activeElement).toBe(cards()[10]);
    fireEvent.keyDown(document.activeElement!, { key: 'Home' });
    expect(document.activeElement).toBe(cards()[0]);
    // The Tab stop's buttons are reachable; the others' are not.
    expect(tabStops().every((el) => cards()[0]!.contains(el) || el === cards()[0])).toBe(true);
  });

  it('has a skip link that lands on the first meeting', async () => {
    renderPane(3);
    await screen.findByText('Meeting 3');
    fireEvent.click(screen.getByRole('link', { name: 'Skip to next meeting' }));
    expect(document.activeElement).toBe(cards()[0]);
  });

  it('the skip link lands on the Next meeting, past the one running now', async () => {
    // Meeting 1 started ten minutes ago (Now); Meeting 2 is next.
    renderPane(3, -10);
    await screen.findByText('Meeting 3');
    fireEvent.click(screen.getByRole('link', { name: 'Skip to next meeting' }));
    expect(document.activeElement).toBe(cards()[1]);
    expect(cards()[1]!.textContent).toContain('Meeting 2');
  });

  it('joins the next meeting on J and focuses search on /, but not while typing in search', async () => {
    const { host, joined, meetings } = renderPane(3);
    await screen.findByText('Meeting 3');
    fireEvent.keyDown(document.body, { key: 'j', code: 'KeyJ' });
    expect(host.openUrl).toHaveBeenCalledWith(meetings[0]!.join!.url);
    await waitFor(() => expect(joined).toEqual([meetings[0]!.id]));

    fireEvent.keyDown(document.body, { key: '/', code: 'Slash' });
    const search = screen.getByTestId('search');
    expect(document.activeElement).toBe(search);
    fireEvent.keyDown(search, { key: 'j', code: 'KeyJ' });
    expect(host.openUrl).toHaveBeenCalledTimes(1);
  });

  it('opens the shortcuts dialog on ? and from the menu, and it names what the host keeps', async () => {
    renderPane(2);
    await screen.findByText('Meeting 2');
    fireEvent.keyDown(document.body, { key: '?', code: 'Slash', shiftKey: true });
    const dialog = await screen.findByRole('dialog', { name: 'Keyboard shortcuts' });
    expect(dialog.textContent).toContain('Join the next meeting');
    expect(screen.getByTestId('host-note').textContent).toContain('Ctrl+Shift+J');
    fireEvent.click(screen.getByRole('button', { name: 'Close' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());

    fireEvent.click(screen.getByRole('button', { name: 'More options' }));
    fireEvent.click(await screen.findByRole('menuitem', { name: /Keyboard shortcuts/ }));
    await screen.findByRole('dialog', { name: 'Keyboard shortcuts' });
  });
});

describe('paneKeyAction', () => {
  const key = (init: Partial<KeyboardEvent> & { target?: EventTarget | null }) =>
    paneKeyAction({ key: '', code: '', shiftKey: false, ctrlKey: false, metaKey: false, altKey: false, isComposing: false, defaultPrevented: false, target: document.body, ...init });

  it('maps single keys, also J on a non-Latin layout by its code', () => {
    expect(key({ key: 'j', code: 'KeyJ' })).toBe('join');
    expect(key({ key: 'о', code: 'KeyJ' })).toBe('join');
    expect(key({ key: '/' })).toBe('search');
    expect(key({ key: '?', shiftKey: true })).toBe('shortcuts');
  });

  it('leaves chords, typing, composing and menus alone', () => {
    expect(key({ key: 'j', ctrlKey: true })).toBeUndefined();
    expect(key({ key: 'J', code: 'KeyJ', shiftKey: true })).toBeUndefined();
    expect(key({ key: 'j', isComposing: true })).toBeUndefined();
    const input = document.createElement('input');
    expect(key({ key: 'j', target: input })).toBeUndefined();
    const menu = document.createElement('div');
    menu.setAttribute('role', 'menu');
    const item = menu.appendChild(document.createElement('div'));
    expect(key({ key: '/', target: item })).toBeUndefined();
  });
});
