/**
 * The pane as a Teams personal tab (also shown in Outlook and the Microsoft 365 app). Loaded with
 * a dynamic import only when the page was opened as the tab, so the browser page never downloads
 * teams-js.
 */
import { app, authentication, nestedAppAuth } from '@microsoft/teams-js';
import { fetchClientConfig } from '../../api/clientConfig';
import { assertAppUrl, assertWebUrl } from '../appUrl';
import { copyText } from '../clipboard';
import { browserLanguage } from '../language';
import { createNaaClient } from '../naa';
import type { Host, HostTheme } from '../types';
import { withTimeout } from '../withTimeout';
import { startTeamsConsent } from './consent';
import { TeamsAuth, type TeamsAuthDeps } from './teamsAuth';
import { themeOfTeams } from './theme';

/** Teams answers initialize at once; a page opened anywhere else must not wait long. */
export const TEAMS_INIT_TIMEOUT_MS = 3_000;

/** The Teams host, or undefined when Teams does not answer (the page is not in Teams). */
export async function startTeamsHost(win: Window, options: { timeoutMs?: number; auth?: Partial<TeamsAuthDeps> } = {}): Promise<(Host & { readonly auth: TeamsAuth }) | undefined> {
  try {
    await withTimeout(app.initialize(), options.timeoutMs ?? TEAMS_INIT_TIMEOUT_MS, 'Teams');
  } catch {
    return undefined;
  }
  const context = await app.getContext().catch(() => undefined);
  // Tells Teams the tab has loaded (needed when the manifest asks for a loading indicator).
  app.notifySuccess().catch(() => undefined);

  let theme: HostTheme = themeOfTeams(context?.app.theme);
  const listeners = new Set<(theme: HostTheme) => void>();
  app.registerOnThemeChangeHandler((name) => {
    theme = themeOfTeams(name);
    for (const listener of listeners) listener(theme);
  });

  const fetchFn: typeof fetch = (input, init) => win.fetch(input, init);
  const auth = new TeamsAuth({
    naaRecommended: () => nestedAppAuth.isNAAChannelRecommended(),
    getAuthToken: () => authentication.getAuthToken(),
    loadConfig: () => fetchClientConfig(fetchFn),
    createNaa: (config) => createNaaClient(config),
    ...options.auth,
  });
  const origin = win.location.origin;
  return {
    kind: 'teams',
    auth,
    getToken: (opts) => auth.getToken(opts),
    openUrl(url) {
      assertWebUrl(url);
      // Teams opens its own meeting links natively and other links in the browser.
      app.openLink(url).catch(() => win.open(url, '_blank', 'noopener'));
    },
    openAppUrl(url) {
      assertAppUrl(url);
      win.location.assign(url);
    },
    startConsent: (url) => startTeamsConsent((params) => authentication.authenticate(params), origin, url),
    copyText: (text) => copyText(win.document, text),
    get theme(): HostTheme {
      return theme;
    },
    onThemeChange(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    // The language of the Teams client, or the browser's when Teams gave no context.
    language: context?.app.locale || browserLanguage(win),
  };
}
