import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import type { SearchResponse } from '../../../src/shared/api';
import type { SearchQuery } from '../../../src/taskpane/api/client';
import { MeetingsPane } from '../../../src/taskpane/components/MeetingsPane';
import { createI18n, I18nProvider } from '../../../src/taskpane/i18n';
import { de } from '../../../src/taskpane/i18n/messages/de';
import { formatRange } from '../../../src/taskpane/model/searchChips';
import { fakeApi, fakeHost } from '../fakes';
import { renderMeetingsPane } from '../renderMeetingsPane';
import { meeting, teamsJoin } from '../fixtures';

const display = { locale: 'en-US', timeZone: 'UTC' };
const listAnswer = { meetings: [], stale: false, generatedAt: new Date().toISOString(), providers: [{ id: 'outlook-calendar' as const, status: 'ok' as const }] };

function renderSearch(answer: (q: SearchQuery) => SearchResponse) {
  const searches: SearchQuery[] = [];
  const joined: string[] = [];
  const api = fakeApi({
    getMeetings: async () => listAnswer,
    search: async (q) => {
      searches.push(q);
      return answer(q);
    },
    joined: async (id) => {
      joined.push(id);
    },
  });
  const host = renderMeetingsPane(api, display);
  return { searches, joined, host, box: screen.getByRole('searchbox', { name: /Search meetings/ }) as HTMLInputElement };
}

const soon = meeting(new Date(), 5, 30, { id: 'r1', title: 'Design review', join: teamsJoin('abc') });
const understood = (q: SearchQuery): SearchResponse => ({
  query: {
    text: 'review',
    people: q.without?.includes('person:Dana') ? [] : ['Dana'],
    services: ['teams'],
    ...(q.without?.includes('dates') ? {} : { from: '2026-12-02T00:00:00.000Z', to: '2026-12-03T00:00:00.000Z' }),
  },
  results: [soon],
  providers: [{ id: 'outlook-calendar', status: 'ok' }, { id: 'google-calendar', status: 'error' }],
});

describe('search in the pane', () => {
  it('searches in the person’s zone and language, shows the cards with their day and what was understood', async () => {
    const { searches, box } = renderSearch(understood);
    fireEvent.change(box, { target: { value: 'review with Dana tomorrow' } });
    expect(await screen.findByText('Design review')).toBeTruthy();
    expect(searches[0]).toMatchObject({ q: 'review with Dana tomorrow', timeZone: 'UTC', locale: 'en-US' });
    expect(screen.getByTestId('results').textContent).toMatch(/Today|Tomorrow/);
    const chips = screen.getAllByTestId('chip').map((c) => c.textContent);
    expect(chips).toEqual([formatRange('2026-12-02T00:00:00.000Z', '2026-12-03T00:00:00.000Z', display), 'with Dana', 'Microsoft Teams']);
    expect(screen.getByTestId('partial').textContent).toContain('Google Calendar could not be searched. Results from your other calendars are shown.');
  });

  it('removes a chip by asking again without it', async () => {
    const { searches, box } = renderSearch(understood);
    fireEvent.change(box, { target: { value: 'review with Dana tomorrow' } });
    fireEvent.click(await screen.findByRole('button', { name: 'Remove with Dana' }));
    await waitFor(() => expect(searches.at(-1)?.without).toEqual(['person:Dana']));
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Remove with Dana' })).toBeNull());
  });

  it('names the calendar that could not be searched, still shows the others’ results, and Retry asks again', async () => {
    let googleUp = false;
    const { searches, box } = renderSearch(() => ({
      query: { text: 'review', people: [], services: [] },
      results: [soon],
      providers: [{ id: 'outlook-calendar', status: 'ok' }, { id: 'google-calendar', status: googleUp ? 'ok' : 'error' }],
    }));
    fireEvent.change(box, { target: { value: 'review' } });
    const partial = await screen.findByTestId('partial');
    expect(partial.getAttribute('role')).toBe('status');
    expect(partial.textContent).toContain('Google Calendar could not be searched.');
    expect(screen.getByText('Design review')).toBeTruthy();
    googleUp = true;
    fireEvent.click(screen.getByRole('button', { name: 'Retry' }));
    await waitFor(() => expect(screen.queryByTestId('partial')).toBeNull());
    expect(searches.length).toBe(2);
    expect(screen.getByText('Design review')).toBeTruthy();
  });

  it('when every calendar failed, says so by name with Retry and no “no meetings match”', async () => {
    const { box } = renderSearch(() => ({
      query: { text: 'review', people: [], services: [] },
      results: [],
      providers: [{ id: 'outlook-calendar', status: 'error' }, { id: 'google-calendar', status: 'error' }],
    }));
    fireEvent.change(box, { target: { value: 'review' } });
    expect((await screen.findByTestId('partial')).textContent).toContain('Outlook Calendar and Google Calendar could not be searched.');
    expect(screen.getByRole('button', { name: 'Retry' })).toBeTruthy();
    expect(screen.queryByTestId('no-results')).toBeNull();
  });

  it('speaks the person’s language: the box, the chips and the partial state from the catalogue', async () => {
    const searches: SearchQuery[] = [];
    const api = fakeApi({ getMeetings: async () => listAnswer, search: async (q) => (searches.push(q), understood(q)) });
    render(
      <FluentProvider theme={webLightTheme}>
        <I18nProvider value={createI18n('de-DE', de)}>
          <MeetingsPane host={fakeHost()} api={api} display={{ locale: 'de-DE', timeZone: 'UTC' }} />
        </I18nProvider>
      </FluentProvider>,
    );
    const box = screen.getByRole('searchbox', { name: 'Besprechungen suchen (Strg+Umschalt+E)' });
    fireEvent.change(box, { target: { value: 'Review mit Dana morgen' } });
    expect((await screen.findByTestId('partial')).textContent).toContain('Google Kalender konnte nicht durchsucht werden.');
    expect(screen.getByRole('button', { name: 'mit Dana entfernen' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Erneut versuchen' })).toBeTruthy();
  });

  it('says when nothing matches with examples of what to ask, and Escape clears back to the list', async () => {
    const { box } = renderSearch(() => ({ query: { text: 'zeppelin', people: [], services: [] }, results: [], providers: [{ id: 'outlook-calendar', status: 'ok' }] }));
    fireEvent.change(box, { target: { value: 'zeppelin' } });
    const empty = await screen.findByTestId('no-results');
    expect(empty.textContent).toContain('No meetings match “zeppelin”.');
    expect([...empty.querySelectorAll('li')].map((li) => li.textContent)).toEqual(['standup tomorrow', 'with Dana next week', 'zoom friday', '1:1 yesterday']);
    fireEvent.keyDown(box, { key: 'Escape' });
    expect(box.value).toBe('');
    expect(await screen.findByText('No meetings in the next 7 days')).toBeTruthy();
  });

  it('Ctrl/Cmd+Shift+E focuses the box; Enter goes to the first result; Join opens it and is recorded', async () => {
    const { box, host, joined } = renderSearch(understood);
    fireEvent.keyDown(document, { key: 'E', code: 'KeyE', ctrlKey: true, shiftKey: true });
    expect(document.activeElement).toBe(box);
    fireEvent.keyDown(document.body, { key: 'e', code: 'KeyE', metaKey: true, shiftKey: true });
    expect(document.activeElement).toBe(box);
    fireEvent.change(box, { target: { value: 'review' } });
    await screen.findByText('Design review');
    fireEvent.keyDown(box, { key: 'Enter' });
    const joinButton = screen.getByRole('button', { name: /^Join Design review, / });
    expect(document.activeElement).toBe(joinButton);
    fireEvent.click(joinButton);
    expect(host.openUrl).toHaveBeenCalledWith(soon.join!.url);
    await waitFor(() => expect(joined).toEqual(['r1']));
  });
});
