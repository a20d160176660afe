/**
 * auth-start.html: where an Office dialog or Teams auth window starts (both must open on the
 * add-in's own origin). It sends the window on to the consent URL in `?url=`, but only when that
 * is Upnext's own authorize or admin-consent request (see target.ts), so the page cannot be used
 * as an open redirect.
 */
import type { ClientConfig } from '../../shared/api';
import { AUTH_HOST_KEY, type AuthWindowHost } from '../auth-end/message';
import { showText, type CoreKey } from '../i18n/pageText';
import { isConsentRequest } from './target';

export async function run(win: Window, loadConfig: () => Promise<ClientConfig>): Promise<void> {
  say(win, 'auth.opening');
  const params = new URLSearchParams(win.location.search);
  const host = params.get('host');
  let target: URL | undefined;
  try {
    target = new URL(params.get('url') ?? '');
  } catch {
    target = undefined;
  }
  let config: ClientConfig | undefined;
  try {
    config = await loadConfig();
  } catch {
    say(win, 'auth.unreachable');
    return;
  }
  if (!target || !isConsentRequest(target, config, win.location.origin)) {
    say(win, 'auth.foreignLink');
    return;
  }
  // auth-end, on the way back, reads which host to answer (the authority drops our query).
  const authHost: AuthWindowHost | undefined = host === 'office' || host === 'teams' ? host : undefined;
  if (authHost) win.sessionStorage.setItem(AUTH_HOST_KEY, authHost);
  else win.sessionStorage.removeItem(AUTH_HOST_KEY);
  win.location.replace(target.toString());
}

function say(win: Window, key: CoreKey): void {
  const message = win.document.getElementById('message');
  if (message) showText(win, message, key);
}
