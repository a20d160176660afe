import { createRoot } from 'react-dom/client';
import { createApiClient } from './api/client';
import { withHeadStart } from './api/headStart';
import { createUserKeys, userFromToken } from './api/userKey';
import { App } from './App';
import { detectHost, isOfficeOnlyPage, isSignInDialog } from './host/detect';
import type { Host } from './host/types';
import { applyDocumentLanguage, createI18n, englishI18n, I18nProvider, languageOf, loadI18n, type I18n } from './i18n';
import { en } from './i18n/messages/en';
import { systemDisplayOptions } from './model/display';
import { createDeviceSettings, userId } from './preferences/deviceStore';
import type { PreferenceValues } from './preferences';
import { loadFluentTheme } from './theme/fluentTheme';

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
  if (host.kind !== 'office' && isOfficeOnlyPage(window)) {
    // Before any sign-in: from this page it could only end on the authority's error page.
    const [{ default: OutsideOffice }, i18n] = await Promise.all([
      import(/* webpackChunkName: "outside-office" */ './components/OutsideOffice'),
      startingI18n(host.language ?? navigator.language),
    ]);
    applyDocumentLanguage(document, i18n);
    createRoot(container).render(
      <I18nProvider value={i18n}>
        <OutsideOffice browserPage={new URL('taskpane.html', window.location.href).href} />
      </I18nProvider>,
    );
    return;
  }
  const storage = localStorageOrUndefined();
  const userKeys = createUserKeys(storage, window.crypto);
  // The settings of whoever used the pane last here apply before the first render (no flash of
  // the host's language or theme); the first token says who it really is.
  const settings = createDeviceSettings(storage);
  let shown = settings.lastUser();
  let preferences: PreferenceValues = shown ? settings.load(shown) : {};
  let render: (() => void) | undefined;
  const signedIn = (id: string) => {
    if (id === shown) return;
    shown = id;
    preferences = settings.load(id);
    settings.remember(id);
    render?.();
  };
  const save = (values: PreferenceValues) => {
    if (shown) settings.save(shown, values);
  };
  // The list is asked for alongside /api/me, so a connected person's first card waits on one round trip, not two.
  const api = withHeadStart(
    createApiClient({
      getToken: (options) => host.getToken(options),
      userKey: (bearer) => {
        const user = userFromToken(bearer);
        if (user) signedIn(userId(user));
        return userKeys.forToken(bearer);
      },
    }),
  );
  api.prime();
  // After a sign-out the next person on this device must not start in the last one's language.
  // (Object.create keeps the host's getters, such as its live theme, which a spread would freeze.)
  const hostSignOut = host.signOut?.bind(host);
  const paneHost: Host = hostSignOut
    ? (Object.create(host, {
        signOut: {
          value: () => {
            settings.forgetLastUser();
            return hostSignOut();
          },
        },
      }) as Host)
    : host;
  // English and the browser's light theme are in this bundle and render at once; another
  // language's or theme's chunk loads alongside the data.
  const [i18n] = await Promise.all([startingI18n(preferences.language ?? host.language), loadFluentTheme(host.kind, preferences.theme ?? host.theme)]);
  started = i18n;
  applyDocumentLanguage(document, i18n);
  const root = createRoot(container);
  const display = systemDisplayOptions();
  render = () => root.render(<App host={paneHost} api={api} display={display} i18n={i18n} preferences={preferences} onPreferencesChange={save} />);
  render();
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
