/**
 * The pane inside Outlook. Loaded with a dynamic import only when the page was opened as the
 * add-in, so the browser page never downloads it.
 */
import { fetchClientConfig } from '../../api/clientConfig';
import { assertAppUrl, assertWebUrl } from '../appUrl';
import { copyText } from '../clipboard';
import { browserLanguage } from '../language';
import { createNaaClient } from '../naa';
import type { Host, HostTheme } from '../types';
import { startConsentDialog } from './consentDialog';
import { loadOfficeJs } from './loadOfficeJs';
import { OfficeAuth, type OfficeAuthDeps } from './officeAuth';
import type { OfficeApi } from './officeApi';
import { signInWithDialog } from './signInDialog';
import { officeTheme } from './theme';

/** The Office host, or undefined when the page is not inside Office after all. */
export async function startOfficeHost(win: Window): Promise<Host | undefined> {
  const office = await loadOfficeJs(win);
  return office ? createOfficeHost(win, office) : undefined;
}

export function createOfficeHost(win: Window, office: OfficeApi, deps: Partial<OfficeAuthDeps> = {}): Host & { readonly auth: OfficeAuth } {
  const origin = win.location.origin;
  const fetchFn: typeof fetch = (input, init) => win.fetch(input, init);
  const auth = new OfficeAuth({
    office,
    loadConfig: () => fetchClientConfig(fetchFn),
    createNaa: (config) => createNaaClient(config),
    signInWithDialog: () => signInWithDialog(office, origin),
    sleep: (ms) => new Promise((resolve) => win.setTimeout(resolve, ms)),
    ...deps,
  });
  const theme = officeTheme(win, office);
  return {
    kind: 'office',
    auth,
    getToken: (options) => auth.getToken(options),
    openUrl(url) {
      assertWebUrl(url);
      try {
        // Opens the system browser from every Outlook; window.open is blocked in some of them.
        office.context.ui.openBrowserWindow(url);
      } catch {
        win.open(url, '_blank', 'noopener');
      }
    },
    openAppUrl(url) {
      assertAppUrl(url);
      win.location.assign(url);
    },
    startConsent: (url) => startConsentDialog(office, origin, url),
    copyText: (text) => copyText(win.document, text),
    get theme(): HostTheme {
      return theme.current();
    },
    onThemeChange: (listener) => theme.subscribe(listener),
    // Office's UI language, which is what the person chose for Outlook (not the mailbox's data language).
    language: office.context.displayLanguage || browserLanguage(win),
  };
}
