/** The auth-end page's logic, apart from its entry so tests can drive it with their own window. */
import { AUTH_RESULT_PARAMS, authResultFromQuery, type AuthResultMessage } from './message';

/**
 * One way to deliver the answer per host; the first that applies wins. The Office dialog
 * (`Office.context.ui.messageParent`) and Teams (`authentication.notifySuccess`) deliveries are
 * added here, before the popup one, by the hosts issue.
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
export function standaloneText(message: AuthResultMessage): string {
  if (message.adminConsent === true) {
    return 'Admin consent is granted for your organization. People can now connect Outlook Calendar in Upnext. You can close this window.';
  }
  if (message.error) return `Sign-in did not finish (${message.error}). You can close this window and try again from Upnext.`;
  return 'You can close this window.';
}

export function run(win: Window): void {
  const message = authResultFromQuery(win.location.search);
  // The code must not stay in the address bar or the history.
  const clean = new URL(win.location.href);
  for (const name of AUTH_RESULT_PARAMS) clean.searchParams.delete(name);
  win.history.replaceState(null, '', clean.pathname + clean.search + clean.hash);

  const delivered = DELIVERIES.some((deliver) => deliver(win, message));
  if (delivered) win.close();
  const text = win.document.getElementById('message');
  // Still here: not a popup, or the browser would not close it.
  if (text) text.textContent = delivered ? 'Done. You can close this window.' : standaloneText(message);
}
