/** The auth-end page's logic, apart from its entry so tests can drive it with their own window. */
import type { MessageParams } from '../i18n/format';
import { showText, type CoreKey } from '../i18n/pageText';
import { AUTH_HOST_KEY, AUTH_RESULT_PARAMS, authResultFromQuery, type AuthResultMessage, type AuthWindowHost } from './message';

/**
 * The browser popup's way to deliver the answer. An Office dialog (`messageParent`) and Teams'
 * auth window (`authentication.notifySuccess`) have their own, loaded lazily when auth-start.html
 * said the window belongs to one of them.
 */
type Delivery = (win: Window, message: AuthResultMessage) => boolean;

/** Browser popup: post to the opener, only if it is this origin (targetOrigin enforces it). */
const toOpener: Delivery = (win, message) => {
  const opener = win.opener as Window | null;
  if (!opener || opener === win) return false;
  try {
    opener.postMessage(message, win.location.origin);
  } catch {
    return false;
  }
  return true;
};

const DELIVERIES: readonly Delivery[] = [toOpener];

/** What to say when nobody is waiting for the answer (an admin who opened the link on its own). */
export function standaloneText(message: AuthResultMessage): [CoreKey, MessageParams?] {
  if (message.adminConsent === true) return ['auth.adminConsentGranted'];
  if (message.error) return ['auth.unfinished', { error: message.error }];
  return ['auth.canClose'];
}

/** Which host's auth window this is, read once: a later, unrelated visit must not inherit it. */
function authWindowHost(win: Window): AuthWindowHost | undefined {
  try {
    const host = win.sessionStorage.getItem(AUTH_HOST_KEY);
    win.sessionStorage.removeItem(AUTH_HOST_KEY);
    return host === 'office' || host === 'teams' ? host : undefined;
  } catch {
    return undefined;
  }
}

async function deliverToHost(host: AuthWindowHost, win: Window, message: AuthResultMessage): Promise<boolean> {
  try {
    if (host === 'office') return await (await import('./office')).deliverToOffice(win, message);
    return await (await import('./teams')).deliverToTeams(message);
  } catch {
    return false;
  }
}

/** Synchronous for the browser popup (nothing to load); waits for the SDK in an Office or Teams window. */
export function run(win: Window): Promise<void> {
  const message = authResultFromQuery(win.location.search);
  // The code must not stay in the address bar or the history.
  const clean = new URL(win.location.href);
  for (const name of AUTH_RESULT_PARAMS) clean.searchParams.delete(name);
  win.history.replaceState(null, '', clean.pathname + clean.search + clean.hash);

  const host = authWindowHost(win);
  if (host) {
    const text = win.document.getElementById('message');
    if (text) showText(win, text, 'auth.finishing');
    return deliverToHost(host, win, message).then((delivered) => finish(win, message, delivered));
  }
  finish(win, message, DELIVERIES.some((deliver) => deliver(win, message)));
  return Promise.resolve();
}

function finish(win: Window, message: AuthResultMessage, delivered: boolean): void {
  if (delivered) win.close();
  const text = win.document.getElementById('message');
  // Still here: not a popup, or the browser would not close it.
  if (!text) return;
  const [key, params] = delivered ? (['auth.done'] as const) : standaloneText(message);
  showText(win, text, key, params);
}
