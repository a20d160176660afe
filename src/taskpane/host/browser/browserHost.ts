import { fetchClientConfig } from '../../api/clientConfig';
import { assertAppUrl, assertWebUrl } from '../appUrl';
import { copyText } from '../clipboard';
import { browserLanguage } from '../language';
import type { Host, HostTheme } from '../types';
import { BrowserAuth } from './auth';
import { startConsentPopup } from './consentPopup';
import { browserTheme } from './theme';

/** The browser sign-in for this window (also what the Office sign-in dialog runs). */
export function browserAuthFor(win: Window): BrowserAuth {
  const fetchFn: typeof fetch = (input, init) => win.fetch(input, init);
  const Channel = (win as Window & typeof globalThis).BroadcastChannel as typeof BroadcastChannel | undefined;
  return new BrowserAuth({
    loadConfig: () => fetchClientConfig(fetchFn),
    fetch: fetchFn,
    storage: win.sessionStorage,
    ...(typeof Channel === 'function' && { openChannel: (name: string) => new Channel(name) }),
    crypto: win.crypto,
    currentUrl: () => win.location.href,
    navigate: (url) => win.location.assign(url),
    replaceUrl: (url) => win.history.replaceState(win.history.state, '', url),
    now: () => Date.now(),
  });
}

export function createBrowserHost(win: Window): Host {
  const auth = browserAuthFor(win);
  const theme = browserTheme(win);
  return {
    kind: 'browser',
    getToken: (options) => auth.getToken(options),
    openUrl(url) {
      assertWebUrl(url);
      win.open(url, '_blank', 'noopener');
    },
    openAppUrl(url) {
      assertAppUrl(url);
      // The OS hands the link to the app; the page itself does not navigate.
      win.location.assign(url);
    },
    startConsent: (url) => startConsentPopup(win, url),
    copyText: (text) => copyText(win.document, text),
    get theme(): HostTheme {
      return theme.current();
    },
    onThemeChange: (listener) => theme.subscribe(listener),
    language: browserLanguage(win),
    signOut: () => auth.signOut(),
  };
}
