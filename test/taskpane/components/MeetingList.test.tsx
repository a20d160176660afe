import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import type { Meeting } from '../../../src/shared/api';
import { MeetingList } from '../../../src/taskpane/components/MeetingList';
import { createI18n, I18nProvider } from '../../../src/taskpane/i18n';
import { de } from '../../../src/taskpane/i18n/messages/de';
import { allDay, meeting, teamsJoin } from '../fixtures';

// 10:00 in New York, Wednesday 1 May 2024; the machine's zone must not matter.
const now = new Date('2024-05-01T14:00:00Z');
const display = { locale: 'en-US', timeZone: 'America/New_York' };

const running = meeting(now, -20, 60, { id: 'running', title: 'Incident review', join: teamsJoin('running'), location: 'Room 4', organizer: { name: 'Dana Ruiz' } });
const overlap = meeting(now, -5, 30, { id: 'overlap', title: 'Vendor sync', join: { service: { id: 'zoom', name: 'Zoom' }, url: 'https://zoom.us/j/123' } });
const soon = meeting(now, 8, 30, { id: 'soon', title: 'Design review', join: teamsJoin('soon'), status: 'tentativelyAccepted' });
const later = meeting(now, 60, 30, { id: 'later', title: 'Hiring sync', join: teamsJoin('later'), status: 'notResponded', isPrivate: true });
const noLink = meeting(now, 90, 30, { id: 'nolink', title: 'Lunch walk', webLink: 'https://outlook.office.com/calendar/item/abc' });
const declined = meeting(now, 120, 30, { id: 'declined', title: 'Optional demo', join: teamsJoin('declined'), status: 'declined' });
const cancelled = meeting(now, 150, 30, { id: 'cancelled', title: 'Old planning', join: teamsJoin('cancelled'), status: 'cancelled' });
const tomorrow = meeting(now, 24 * 60, 45, { id: 'tomorrow', title: 'Standup', join: teamsJoin('tomorrow') });
const holiday = allDay('2024-05-02', '2024-05-03', { id: 'holiday', title: 'Company holiday' });
const fixture: Meeting[] = [tomorrow, holiday, cancelled, declined, noLink, later, soon, overlap, running];

function renderList(props: Partial<Parameters<typeof MeetingList>[0]> = {}) {
  const onJoin = jest.fn();
  const onOpen = jest.fn();
  const onOpenApp = jest.fn();
  const onCopy = jest.fn();
  render(
    <FluentProvider theme={webLightTheme}>
      <MeetingList meetings={fixture} now={now} display={display} showHidden={false} onJoin={onJoin} onOpen={onOpen} onOpenApp={onOpenApp} onCopy={onCopy} {...props} />
    </FluentProvider>,
  );
  return { onJoin, onOpen, onOpenApp, onCopy };
}

const shownIds = () => screen.getAllByTestId('meeting').map((el) => el.getAttribute('data-meeting-id'));
const card = (id: string) => screen.getAllByTestId('meeting').find((el) => el.getAttribute('data-meeting-id') === id)!;

describe('MeetingList', () => {
  it('shows Now, Next, then the days in order, all-day apart', () => {
    renderList();
    expect(screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent)).toEqual(['Now', 'Next', 'Today', 'Tomorrow']);
    expect(shownIds()).toEqual(['running', 'overlap', 'soon', 'later', 'nolink', 'holiday', 'tomorrow']);
    expect(within(screen.getByRole('list', { name: 'All-day events, Tomorrow' })).getByText(/Company holiday/)).toBeTruthy();
  });

  it('shows times in the user zone and relative times', () => {
    renderList();
    expect(card('soon').textContent).toMatch(/10:08\s–\s10:38\sAM/);
    expect(card('soon').textContent).toContain('in 8:00');
    expect(card('later').textContent).toContain('in 1 hour');
    expect(card('running').textContent).toContain('ends in 40 minutes');
    expect(card('running').textContent).toContain('Room 4 · Dana Ruiz');
    expect(card('overlap').textContent).toContain('Zoom');
  });

  it('marks tentative, not responded and private meetings', () => {
    renderList();
    expect(within(card('soon')).getByText('Tentative')).toBeTruthy();
    expect(within(card('later')).getByText('Not responded')).toBeTruthy();
    expect(within(card('later')).getByRole('img', { name: 'Private' })).toBeTruthy();
    expect(within(card('running')).queryByText('Tentative')).toBeNull();
    expect(within(card('running')).queryByRole('img', { name: 'Private' })).toBeNull();
  });

  it('hides declined and cancelled meetings unless asked', () => {
    renderList();
    expect(shownIds()).not.toContain('declined');
    expect(shownIds()).not.toContain('cancelled');
    cleanup();
    renderList({ showHidden: true });
    expect(within(card('declined')).getByText('Declined')).toBeTruthy();
    expect(within(card('cancelled')).getByText('Cancelled')).toBeTruthy();
    // A cancelled meeting has nothing to join.
    expect(within(card('cancelled')).queryByTestId('join')).toBeNull();
  });

  it('gives each overlapping meeting its own Join, primary from 10 minutes before start', () => {
    const { onJoin } = renderList();
    const join = (id: string) => within(card(id)).queryByTestId('join');
    expect(join('running')?.getAttribute('data-join-state')).toBe('open');
    expect(join('overlap')?.getAttribute('data-join-state')).toBe('open');
    expect(join('soon')?.getAttribute('data-join-state')).toBe('open');
    expect(join('later')?.getAttribute('data-join-state')).toBe('early');
    expect(join('nolink')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: /^Join Vendor sync, / }));
    expect(onJoin).toHaveBeenCalledWith(overlap);
  });

  it('draws one primary Join (the soonest start), the rest secondary, and moves it to the meeting joined', () => {
    renderList();
    const primaries = () => screen.getAllByTestId('join').filter((b) => b.getAttribute('data-primary') === 'true').map((b) => b.closest('[data-meeting-id]')!.getAttribute('data-meeting-id'));
    expect(primaries()).toEqual(['overlap']);
    fireEvent.click(screen.getByRole('button', { name: /^Join Incident review, / }));
    expect(primaries()).toEqual(['running']);
  });

  it('names each Join with the day and time, so five standups are told apart', () => {
    renderList();
    expect(within(card('tomorrow')).getByTestId('join').getAttribute('aria-label')?.replace(/\s/g, ' ')).toBe('Join Standup, Thursday 10:00 AM');
    expect(within(card('later')).getByTestId('join-more').getAttribute('aria-label')?.replace(/\s/g, ' ')).toBe('More ways to join Hiring sync, Wednesday 11:00 AM');
  });

  it('marks overlapping meetings as conflicts in words', () => {
    renderList();
    expect(within(card('running')).getByTestId('conflict').textContent).toBe('Overlaps Vendor sync and Design review');
    expect(within(card('later')).queryByTestId('conflict')).toBeNull();
  });

  it('says "You" as the organizer of your own meetings', () => {
    renderList({ meetings: [meeting(now, 30, 30, { id: 'mine', title: 'Mine', status: 'organizer', organizer: { name: 'Ana Lopez' }, location: 'Room 2' })] });
    expect(card('mine').textContent).toContain('Room 2 · You');
    expect(card('mine').textContent).not.toContain('Ana Lopez');
  });

  it('keeps tomorrow\'s first meeting in its day in the evening, marked Next with its day', () => {
    // 20:00 in New York.
    renderList({ now: new Date('2024-05-02T00:00:00Z'), meetings: [tomorrow] });
    expect(screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent)).toEqual(['Tomorrow']);
    expect(within(card('tomorrow')).getByText('Next')).toBeTruthy();
    expect(card('tomorrow').textContent).toMatch(/^Tomorrow/);
  });

  it('ticks the countdown every second in the last ten minutes', () => {
    jest.useFakeTimers({ now: new Date(now.getTime() + 3 * 60_000 + 28_000) });
    try {
      renderList({ now: new Date(now.getTime() + 3 * 60_000 + 28_000) });
      expect(card('soon').textContent).toContain('in 4:32');
      act(() => void jest.advanceTimersByTime(2000));
      expect(card('soon').textContent).toContain('in 4:30');
    } finally {
      jest.useRealTimers();
    }
  });

  it('speaks the pane\'s language', () => {
    render(
      <I18nProvider value={createI18n('de-DE', de)}>
        <FluentProvider theme={webLightTheme}>
          <MeetingList meetings={fixture} now={now} display={{ locale: 'de-DE', timeZone: 'America/New_York' }} showHidden={false} onJoin={jest.fn()} onOpen={jest.fn()} onOpenApp={jest.fn()} onCopy={jest.fn()} />
        </FluentProvider>
      </I18nProvider>,
    );
    expect(screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent)).toEqual(['Jetzt', 'Als Nächstes', 'Heute', 'Morgen']);
    expect(card('running').textContent).toContain('endet in 40 Minuten');
    expect(within(card('soon')).getByTestId('join').textContent).toBe('Teilnehmen');
  });

  it('opens the meeting in Outlook through the host', () => {
    const { onOpen } = renderList();
    fireEvent.click(within(card('nolink')).getByText('Open in Outlook'));
    expect(onOpen).toHaveBeenCalledWith('https://outlook.office.com/calendar/item/abc');
  });

  it('re-renders the join state as time passes', () => {
    renderList({ now: new Date(now.getTime() - 5 * 60_000) });
    expect(within(card('soon')).getByTestId('join').getAttribute('data-join-state')).toBe('early');
  });

  it("shows each meeting's service mark and name, the mark hidden from screen readers", () => {
    renderList({ meetings: [...fixture, meeting(now, 200, 30, { id: 'odd', title: 'Odd one', join: { service: { id: 'vsee', name: 'VSee' }, url: 'https://vsee.com/m/1' } })] });
    const service = within(card('overlap')).getByTestId('service');
    expect(service.getAttribute('data-service-id')).toBe('zoom');
    expect(service.textContent).toBe('Zoom');
    const mark = within(service).getByTestId('service-icon');
    expect(mark.tagName.toLowerCase()).toBe('svg');
    expect(mark.getAttribute('aria-hidden')).toBe('true');
    expect(mark.getAttribute('data-mark')).toBe('zoom');
    expect(mark.querySelector('.ground')?.getAttribute('fill')).toBe('#0b5cff');
    // A service without a drawn mark keeps its letter tile.
    const tile = within(within(card('odd')).getByTestId('service')).getByTestId('service-icon');
    expect(tile.textContent).toBe('V');
    expect(tile.style.backgroundColor).toBe('rgb(0, 144, 208)');
  });

  describe('join menu', () => {
    // Fluent's Menu renders slowly in jsdom on a busy machine; each test opens it several times.
    jest.setTimeout(20_000);
    const rich = meeting(now, 5, 30, {
      id: 'rich',
      title: 'Board call',
      webLink: 'https://outlook.office.com/calendar/item/rich',
      join: {
        service: { id: 'zoom', name: 'Zoom' },
        url: 'https://example.zoom.us/j/81234567890?pwd=abc',
        appUrl: 'zoommtg://example.zoom.us/join?action=join&confno=81234567890&pwd=abc',
        meetingId: '812 3456 7890',
        passcode: '424242',
        dialIn: [{ number: '+1 646 558 8656', label: 'US (New York)', pin: '81234567890#' }],
      },
    });

    async function openMenu() {
      const handlers = renderList({ meetings: [rich] });
      // The menu is a lazy chunk fetched on intent: a click on its stand-in opens it once loaded.
      fireEvent.click(screen.getByRole('button', { name: /^More ways to join Board call, / }));
      await screen.findByRole('menu');
      return handlers;
    }

    it('opens in the app, copies the link, meeting id and passcode', async () => {
      const { onOpenApp, onCopy } = await openMenu();
      fireEvent.click(screen.getByRole('menuitem', { name: /Open in Zoom app/ }));
      expect(onOpenApp).toHaveBeenCalledWith(rich.join!.appUrl);
      await openMenuAgain();
      fireEvent.click(screen.getByRole('menuitem', { name: /Copy link/ }));
      expect(onCopy).toHaveBeenLastCalledWith('Link', rich.join!.url);
      await openMenuAgain();
      fireEvent.click(screen.getByRole('menuitem', { name: /Copy meeting ID/ }));
      expect(onCopy).toHaveBeenLastCalledWith('Meeting ID', '812 3456 7890');
      await openMenuAgain();
      const passcode = screen.getByRole('menuitem', { name: /Copy passcode/ });
      expect(passcode.textContent).toContain('424242');
      fireEvent.click(passcode);
      expect(onCopy).toHaveBeenLastCalledWith('Passcode', '424242');
    }, 20_000); // four Fluent menus in jsdom: slow on a busy shared machine, and not a speed test

    it('offers dial-in numbers as tel: links with the PIN, and Open in Outlook', async () => {
      const { onOpen } = await openMenu();
      const dial = screen.getByRole('menuitem', { name: /\+1 646 558 8656/ });
      expect(dial.getAttribute('href')).toBe('tel:+16465588656,,81234567890%23');
      fireEvent.click(screen.getByRole('menuitem', { name: /Open in Outlook/ }));
      expect(onOpen).toHaveBeenCalledWith('https://outlook.office.com/calendar/item/rich');
      // The card's own Outlook link gives way to the menu's.
      expect(within(card('rich')).queryByRole('link', { name: 'Open in Outlook' })).toBeNull();
    });

    it('leaves out what the invitation does not carry', async () => {
      renderList({ meetings: [meeting(now, 5, 30, { id: 'bare', title: 'Bare', join: teamsJoin('bare') })] });
      const trigger = await waitFor(() => {
        const button = screen.getByRole('button', { name: /^More ways to join Bare, / });
        expect(button.hasAttribute('disabled')).toBe(false);
        return button;
      });
      fireEvent.click(trigger);
      await screen.findByRole('menu');
      expect(screen.getAllByRole('menuitem').map((el) => el.textContent)).toEqual(['Copy link', 'Hide this event']);
    });

    async function openMenuAgain() {
      fireEvent.click(screen.getByRole('button', { name: /^More ways to join Board call, / }));
      await screen.findByRole('menu');
    }
  });
});
