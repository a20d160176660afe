import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { ConsoleApp } from '../../../src/console/ConsoleApp';
import { fakeHost } from '../../taskpane/fakes';
import { fakeAdmin } from '../fakeAdmin';

// jsdom has no ResizeObserver; Fluent's MessageBar measures itself with one.
beforeAll(() => {
  (globalThis as { ResizeObserver?: unknown }).ResizeObserver ??= class {
    observe(): void {}
    unobserve(): void {}
    disconnect(): void {}
  };
});

describe('ConsoleApp', () => {
  it('tells a non-admin they need the Upnext.Admin role, and loads nothing else', async () => {
    const api = fakeAdmin({ me: async () => ({ user: { tid: 't', oid: 'o', name: 'Jonas', isAdmin: false }, integrations: [] }) });
    render(<ConsoleApp host={fakeHost()} api={api} />);
    expect(await screen.findByRole('heading', { name: 'You need the Upnext.Admin role' })).toBeTruthy();
    expect(api.integrations).not.toHaveBeenCalled();
  });

  it('lists the integrations; the switch enables one', async () => {
    const api = fakeAdmin();
    render(<ConsoleApp host={fakeHost()} api={api} />);
    const toggle = await screen.findByRole('switch', { name: 'Enable Outlook Calendar' });
    expect(screen.getByText('2 people connected')).toBeTruthy();
    expect(screen.getByText('Specific recipients: 1 audience')).toBeTruthy();
    fireEvent.click(toggle);
    await waitFor(() => expect(api.updateIntegration).toHaveBeenCalledWith('outlook-calendar', { enabled: true }));
    expect(await screen.findByText('Outlook Calendar is enabled for your organization.')).toBeTruthy();
  });

  it('Manage access saves specific recipients with the chosen audience', async () => {
    const api = fakeAdmin();
    render(<ConsoleApp host={fakeHost()} api={api} />);
    const card = await screen.findByTestId('integration-outlook-calendar');
    fireEvent.click(within(card).getByRole('button', { name: 'Manage access' }));
    const dialog = await screen.findByRole('dialog');
    fireEvent.click(within(dialog).getByRole('radio', { name: 'Specific recipients' }));
    fireEvent.click(within(dialog).getByRole('checkbox', { name: /Engineering/ }));
    fireEvent.click(within(dialog).getByRole('button', { name: 'Save' }));
    await waitFor(() =>
      expect(api.updateIntegration).toHaveBeenCalledWith('outlook-calendar', { access: { mode: 'specific', audiences: ['a1'], users: [] } }),
    );
  });

  it('deleting an audience names where it is used; the overage advice shows its count', async () => {
    const api = fakeAdmin();
    render(<ConsoleApp host={fakeHost()} api={api} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Audiences' }));
    expect((await screen.findByTestId('overage-advice')).textContent).toContain('1 person is in too many groups');
    fireEvent.click(screen.getByRole('button', { name: 'Delete Engineering' }));
    const dialog = await screen.findByRole('alertdialog');
    expect(dialog.textContent).toContain('used by the access list of Google Calendar');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Delete audience' }));
    await waitFor(() => expect(api.deleteAudience).toHaveBeenCalledWith('a1'));
  });

  it('Grant admin consent opens the window and records the answer with its state', async () => {
    const api = fakeAdmin();
    const host = fakeHost();
    render(<ConsoleApp host={host} api={api} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Grant admin consent' }));
    expect(host.consentUrls).toEqual(['https://login.example/t/v2.0/adminconsent?state=s.1']);
    await act(async () => host.finishConsent({ kind: 'admin_consent', state: 's.1' }));
    await waitFor(() => expect(api.completeConsent).toHaveBeenCalledWith('outlook-calendar', { state: 's.1', admin_consent: 'True' }));
    expect(await screen.findByText('Admin consent for Outlook Calendar is granted and recorded.')).toBeTruthy();
  });
});
