import { createRoot } from 'react-dom/client';
import { createApiClient } from './api/client';
import { withHeadStart } from './api/headStart';
import { createUserKeys } from './api/userKey';
import { App } from './App';
import { detectHost, isSignInDialog } from './host/detect';
import { systemDisplayOptions } from './model/display';
import { loadFluentTheme } from './theme/fluentTheme';

async function main(): Promise<void> {
  const container = document.getElementById('root');
  if (!container) throw new Error('#root is missing from taskpane.html');
  if (isSignInDialog(window)) {
    // Inside Outlook's sign-in dialog: sign in and hand the token to the pane, no React.
    await (await import('./host/office/signInDialogPage')).runSignInDialog(window);
    return;
  }
  const host = await detectHost(window);
  const userKeys = createUserKeys(localStorageOrUndefined(), window.crypto);
  // The list is asked for alongside /api/me, so a connected person's first card waits on one round trip, not two.
  const api = withHeadStart(createApiClient({ getToken: (options) => host.getToken(options), userKey: (bearer) => userKeys.forToken(bearer) }));
  api.prime();
  // Only the browser's light theme is in this bundle; any other arrives while the data is asked for.
  await loadFluentTheme(host.kind, host.theme);
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
