import { createRoot } from 'react-dom/client';
import { createApiClient } from './api/client';
import { withHeadStart } from './api/headStart';
import { createUserKeys } from './api/userKey';
import { App } from './App';
import { detectHost, isOfficeOnlyPage, isSignInDialog } from './host/detect';
import { I18nProvider, loadI18n } from './i18n';
import { systemDisplayOptions } from './model/display';

async function main(): Promise<void> {
  const container = document.getElementById('root');
  if (!container) throw new Error('#root is missing from taskpane.html');
  if (isSignInDialog(window)) {
    // Inside Outlook's sign-in dialog: sign in and hand the token to the pane, no React.
    await (await import('./host/office/signInDialogPage')).runSignInDialog(window);
    return;
  }
  const host = await detectHost(window);
  if (host.kind !== 'office' && isOfficeOnlyPage(window)) {
    // Before any sign-in: from this page it could only end on the authority's error page.
    const [{ default: OutsideOffice }, i18n] = await Promise.all([
      import(/* webpackChunkName: "outside-office" */ './components/OutsideOffice'),
      loadI18n(navigator.language),
    ]);
    document.documentElement.lang = i18n.locale;
    document.documentElement.dir = i18n.dir;
    createRoot(container).render(
      <I18nProvider value={i18n}>
        <OutsideOffice browserPage={new URL('taskpane.html', window.location.href).href} />
      </I18nProvider>,
    );
    return;
  }
  const userKeys = createUserKeys(localStorageOrUndefined(), window.crypto);
  // The list is asked for alongside /api/me, so a connected person's first card waits on one round trip, not two.
  const api = withHeadStart(createApiClient({ getToken: (options) => host.getToken(options), userKey: (bearer) => userKeys.forToken(bearer) }));
  api.prime();
  createRoot(container).render(<App host={host} api={api} display={systemDisplayOptions()} />);
}

/** Reading `localStorage` itself throws where storage is blocked. */
function localStorageOrUndefined(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}

main().catch((error: unknown) => {
  // Nothing rendered yet, so say so in plain DOM rather than leave a blank pane.
  document.body.textContent = 'Upnext could not start. Reload the page to try again.';
  console.error(error);
});
