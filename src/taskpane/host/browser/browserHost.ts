import { fetchClientConfig } from '../../api/clientConfig';
import type { Host, HostTheme } from '../types';
import { BrowserAuth } from './auth';
import { browserTheme } from './theme';

/** Only web links leave the pane; anything else (javascript:, data:) is refused. */
export function assertWebUrl(url: string): void {
  let protocol: string;
  try {
    protocol = new URL(url).protocol;
  } catch {
    throw new TypeError('Not a valid URL');
  }
  if (protocol !== 'https:' && protocol !== 'http:') throw new TypeError('Only http(s) links can be opened');
}

export function createBrowserHost(win: Window): Host {
  const fetchFn: typeof fetch = (input, init) => win.fetch(input, init);
  const auth = new BrowserAuth({
    loadConfig: () => fetchClientConfig(fetchFn),
    fetch: fetchFn,
    storage: win.sessionStorage,
    crypto: win.crypto,
    currentUrl: () => win.location.href,
    navigate: (url) => win.location.assign(url),
    replaceUrl: (url) => win.history.replaceState(win.history.state, '', url),
    now: () => Date.now(),
  });
  const theme = browserTheme(win);
  return {
    kind: 'browser',
    getToken: (options) => auth.getToken(options),
    openUrl(url) {
      assertWebUrl(url);
      win.open(url, '_blank', 'noopener');
    },
    get theme(): HostTheme {
      return theme.current();
    },
    onThemeChange: (listener) => theme.subscribe(listener),
    signOut: () => auth.signOut(),
  };
}
