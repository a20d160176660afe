import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import type { SearchResponse } from '../../../src/shared/api';
import type { SearchQuery } from '../../../src/taskpane/api/client';
import { MeetingsPane } from '../../../src/taskpane/components/MeetingsPane';
import { formatRange } from '../../../src/taskpane/model/searchChips';
import { fakeApi, fakeHost } from '../fakes';
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
  const host = fakeHost();
  render(
    <FluentProvider theme={webLightTheme}>
      <MeetingsPane host={host} api={api} display={display} />
    </FluentProvider>,
  );
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
    expect(screen.getByTestId('partial').textContent).toContain('Google Calendar did not answer');
  });

  it('removes a chip by asking again without it', async () => {
    const { searches, box } = renderSearch(understood);
    fireEvent.change(box, { target: { value: 'review with Dana tomorrow' } });
    fireEvent.click(await screen.findByRole('button', { name: 'Remove with Dana' }));
    await waitFor(() => expect(searches.at(-1)?.without).toEqual(['person:Dana']));
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Remove with Dana' })).toBeNull());
  });

  it('says when nothing matches, and Escape clears back to the list', async () => {
    const { box } = renderSearch(() => ({ query: { text: 'zeppelin', people: [], services: [] }, results: [], providers: [{ id: 'outlook-calendar', status: 'ok' }] }));
    fireEvent.change(box, { target: { value: 'zeppelin' } });
    expect((await screen.findByTestId('no-results')).textContent).toContain('zeppelin');
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
