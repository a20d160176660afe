import { readAuthResultMessage } from '../../auth-end/message';
import { authStartUrl, consentResultOf, expectedStateOf } from '../consentResult';
import type { ConsentAttempt, ConsentResult } from '../types';
import { fromOrigin, openDialog, parseJson } from './dialog';
import type { OfficeApi } from './officeApi';

/**
 * The Connect consent in an Office dialog. A dialog must start on the add-in's origin, so it
 * opens auth-start.html, which goes on to the authority; auth-end.html sends the answer back
 * with messageParent.
 */
export function startConsentDialog(office: OfficeApi, origin: string, url: string): ConsentAttempt {
  const expectedState = expectedStateOf(url);
  const dialog = openDialog(office, authStartUrl(origin, 'office', url));
  const result = dialog.outcome.then((outcome): ConsentResult => {
    if (outcome.kind === 'blocked') return { kind: 'blocked' };
    if (outcome.kind === 'closed') return { kind: 'closed' };
    dialog.close();
    const message = fromOrigin(outcome, origin) ? readAuthResultMessage(parseJson(outcome.message)) : undefined;
    return message ? consentResultOf(message, expectedState) : { kind: 'error', error: 'invalid_response' };
  });
  return { result, cancel: () => dialog.close() };
}
