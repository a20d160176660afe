import { createRoot } from 'react-dom/client';
import { createApiClient } from './api/client';
import { withHeadStart } from './api/headStart';
import { createUserKeys } from './api/userKey';
import { App } from './App';
import { detectHost, isSignInDialog } from './host/detect';
import { applyDocumentLanguage, createI18n, englishI18n, languageOf, loadI18n, type I18n } from './i18n';
import { en } from './i18n/messages/en';
import { systemDisplayOptions } from './model/display';

/** The language the pane started in, for the start-failure text. */
let started: I18n | undefined;

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
  // English is in this bundle and renders at once; another language's chunk loads alongside the data.
  const i18n = await startingI18n(host.language);
  started = i18n;
  applyDocumentLanguage(document, i18n);
  createRoot(container).render(<App host={host} api={api} display={systemDisplayOptions()} i18n={i18n} />);
}

function startingI18n(tag: string | undefined): I18n | Promise<I18n> {
  if (languageOf(tag) === 'en') return createI18n(tag, en);
  return loadI18n(tag).catch((error: unknown) => {
    console.error(error);
    return englishI18n;
  });
}

/** Reading `localStorage` itself throws where storage is blocked. */
function localStorageOrUndefined(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}

main().catch(async (error: unknown) => {
  console.error(error);
  // Nothing rendered yet, so say so in plain DOM (in the person's language) rather than leave a blank pane.
  const i18n = started ?? (await loadI18n(navigator.languages?.[0] ?? navigator.language).catch(() => englishI18n));
  applyDocumentLanguage(document, i18n);
  document.body.textContent = i18n.t('app.startFailed');
});
