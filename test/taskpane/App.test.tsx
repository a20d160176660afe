import { render, screen, waitFor } from '@testing-library/react';
import { App } from '../../src/taskpane/App';
import { loadI18n } from '../../src/taskpane/i18n';
import { fakeApi, fakeHost } from './fakes';
import { meeting } from './fixtures';

const display = { locale: 'en-US', timeZone: 'UTC' };
const never = () => new Promise<never>(() => undefined);

afterEach(() => {
  document.documentElement.removeAttribute('lang');
  document.documentElement.removeAttribute('dir');
});

describe('App', () => {
  it("speaks the host's language: <html lang dir> and Fluent's dir follow it", async () => {
    const { container } = render(<App host={fakeHost({ language: 'ar-EG' })} api={fakeApi({ getProviders: never })} display={display} />);
    await waitFor(() => expect(document.documentElement.lang).toBe('ar'));
    expect(document.documentElement.dir).toBe('rtl');
    expect(container.querySelector('.fui-FluentProvider')?.getAttribute('dir')).toBe('rtl');
  });

  it('a language chosen in settings beats the host, a theme chosen beats the host theme', async () => {
    const { container } = render(
      <App host={fakeHost({ language: 'de-DE', theme: 'light' })} api={fakeApi({ getProviders: never })} display={display} preferences={{ language: 'fr-FR', theme: 'dark' }} />,
    );
    await waitFor(() => expect(document.documentElement.lang).toBe('fr'));
    expect(document.documentElement.dir).toBe('ltr');
    expect(container.querySelector('[data-theme]')?.getAttribute('data-theme')).toBe('dark');
  });

  it('dates speak the language of the messages, not the machine', async () => {
    const now = new Date();
    const meetings = { meetings: [meeting(now, 60, 30, { title: 'Planning' })], stale: false, generatedAt: now.toISOString(), providers: [{ id: 'outlook-calendar' as const, status: 'ok' as const }] };
    const api = fakeApi({
      getMe: async () => ({ user: { tid: 't', oid: 'o', name: 'Dana', isAdmin: false }, integrations: [{ provider: 'outlook-calendar', state: 'connected' }] }),
      getMeetings: async () => meetings,
    });
    render(<App host={fakeHost({ language: 'de-DE' })} api={api} display={display} i18n={await loadI18n('de-DE')} />);
    expect(await screen.findByText('Planning')).toBeTruthy();
    // The relative time comes from Intl with DisplayOptions.locale: German like the catalogue.
    expect(screen.getByText('in 60 Minuten')).toBeTruthy();
    expect(screen.queryByText(/minutes/)).toBeNull();
  });
});
