import { consentResultOf } from '../consentResult';
import { readAuthResultMessage } from '../../auth-end/message';
import type { ConsentAttempt, ConsentResult } from '../types';

export const POPUP_NAME = 'upnext-connect';
const POPUP_FEATURES = 'popup,width=520,height=680';
/** How often to look whether the user closed the window. */
const CLOSED_POLL_MS = 500;

/**
 * Opens the consent page in a popup and waits for auth-end.html to post the answer back.
 * Only a message from this origin and from that very popup counts, and its `state` must be the
 * one in the URL we opened: any other window posting here is ignored.
 */
export function startConsentPopup(win: Window, url: string): ConsentAttempt {
  const expectedState = new URL(url).searchParams.get('state');
  const popup = win.open(url, POPUP_NAME, POPUP_FEATURES);
  if (!popup) return { result: Promise.resolve({ kind: 'blocked' }), cancel: () => undefined };

  let finish: (result: ConsentResult) => void = () => undefined;
  const result = new Promise<ConsentResult>((resolve) => {
    let done = false;
    const timer = win.setInterval(() => {
      if (popup.closed) settle({ kind: 'closed' });
    }, CLOSED_POLL_MS);
    const onMessage = (event: MessageEvent) => {
      if (event.origin !== win.location.origin || event.source !== popup) return;
      const message = readAuthResultMessage(event.data);
      if (!message) return;
      settle(consentResultOf(message, expectedState));
    };
    function settle(value: ConsentResult): void {
      if (done) return;
      done = true;
      win.clearInterval(timer);
      win.removeEventListener('message', onMessage);
      resolve(value);
    }
    finish = settle;
    win.addEventListener('message', onMessage);
  });
  return {
    result,
    cancel() {
      finish({ kind: 'closed' });
      if (!popup.closed) popup.close();
    },
  };
}
