/**
 * taskpane.html when it runs inside the sign-in dialog: the browser host's sign-in (it leaves
 * for the authority and comes back here with a code), then the token goes to the pane with
 * messageParent. No React: the page only says what it is doing.
 */
import { showText, type CoreKey } from '../../i18n/pageText';
import { browserAuthFor } from '../browser/browserHost';
import { AuthError } from '../errors';
import { loadOfficeJs } from './loadOfficeJs';
import { DIALOG_MARKER, SIGN_IN_RESULT_TYPE, type SignInResultMessage } from './signInMessage';

export async function runSignInDialog(win: Window): Promise<void> {
  say(win, 'signIn.signingIn');
  win.sessionStorage.setItem(DIALOG_MARKER, '1');
  let message: SignInResultMessage;
  try {
    // On the first load this navigates to the authority and never settles.
    const accessToken = await browserAuthFor(win).getToken();
    message = { type: SIGN_IN_RESULT_TYPE, accessToken };
  } catch (error) {
    message = { type: SIGN_IN_RESULT_TYPE, error: error instanceof AuthError ? error.code : 'sign_in_failed' };
  }
  win.sessionStorage.removeItem(DIALOG_MARKER);
  const office = await loadOfficeJs(win);
  if (!office) {
    say(win, 'signIn.openFromOutlook');
    return;
  }
  const text = JSON.stringify(message);
  if (office.context.requirements.isSetSupported('DialogOrigin', '1.1')) {
    office.context.ui.messageParent(text, { targetOrigin: win.location.origin });
  } else {
    office.context.ui.messageParent(text);
  }
  say(win, message.accessToken ? 'signIn.signedIn' : 'signIn.failed');
}

function say(win: Window, key: CoreKey): void {
  const root = win.document.getElementById('root');
  if (root) {
    root.setAttribute('role', 'status');
    root.style.cssText = 'font-family:system-ui,sans-serif;padding:16px;font-size:14px';
    showText(win, root, key);
  }
}
