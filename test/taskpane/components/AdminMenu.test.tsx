import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { fireEvent, render, screen } from '@testing-library/react';
import type { MeResponse } from '../../../src/shared/api';
import { UpnextPane } from '../../../src/taskpane/components/UpnextPane';
import { fakeApi, fakeHost } from '../fakes';

const me = (isAdmin: boolean, state: 'connected' | 'not_enabled'): MeResponse => ({
  user: { tid: 't', oid: 'o', name: 'Dana', isAdmin },
  integrations: [{ provider: 'outlook-calendar', state }],
});
const empty = { meetings: [], stale: false, generatedAt: new Date().toISOString(), providers: [] };

async function openMenu(isAdmin: boolean, state: 'connected' | 'not_enabled') {
  const host = fakeHost();
  render(
    <FluentProvider theme={webLightTheme}>
      <UpnextPane host={host} api={fakeApi({ getMe: async () => me(isAdmin, state), getMeetings: async () => empty })} display={{ locale: 'en-US', timeZone: 'UTC' }} />
    </FluentProvider>,
  );
  // The first render loads Fluent's menu lazily: a second is not long on a busy machine.
  fireEvent.click(await screen.findByTestId('pane-menu', undefined, { timeout: 10_000 }));
  await screen.findAllByRole('menuitem', undefined, { timeout: 10_000 });
  return host;
}

describe('the pane menu’s Admin console', () => {
  it('is offered to admins, and opens console.html', async () => {
    const host = await openMenu(true, 'connected');
    fireEvent.click(screen.getByRole('menuitem', { name: 'Admin console' }));
    expect(host.openUrl).toHaveBeenCalledWith(expect.stringMatching(/\/console\.html$/));
  });

  it('is offered to an admin even where the integration is not enabled for them', async () => {
    await openMenu(true, 'not_enabled');
    expect(screen.getByRole('menuitem', { name: 'Admin console' })).toBeTruthy();
    expect(screen.getByText(/not enabled for you — ask your admin/)).toBeTruthy();
  });

  it('is not offered to anyone else', async () => {
    await openMenu(false, 'connected');
    expect(screen.queryByRole('menuitem', { name: 'Admin console' })).toBeNull();
  });
});
