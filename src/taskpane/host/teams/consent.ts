import { readAuthResultMessage } from '../../auth-end/message';
import { authStartUrl, consentResultOf, expectedStateOf } from '../consentResult';
import type { ConsentAttempt, ConsentResult } from '../types';

/** authentication.authenticate: resolves with notifySuccess's text, rejects with notifyFailure's (or CancelledByUser). */
export type Authenticate = (params: { url: string; width?: number; height?: number }) => Promise<string>;

/**
 * The Connect consent through Teams' auth window: auth-start.html goes on to the authority,
 * auth-end.html answers with authentication.notifySuccess / notifyFailure.
 */
export function startTeamsConsent(authenticate: Authenticate, origin: string, url: string): ConsentAttempt {
  const expectedState = expectedStateOf(url);
  let cancel: () => void = () => undefined;
  const cancelled = new Promise<ConsentResult>((resolve) => {
    cancel = () => resolve({ kind: 'closed' });
  });
  const answered = (async (): Promise<ConsentResult> => {
    try {
      const text = await authenticate({ url: authStartUrl(origin, 'teams', url), width: 520, height: 680 });
      const message = readAuthResultMessage(parse(text));
      return message ? consentResultOf(message, expectedState) : { kind: 'error', error: 'invalid_response' };
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      if (reason === 'CancelledByUser') return { kind: 'closed' };
      if (reason === 'FailedToOpenWindow') return { kind: 'blocked' };
      const message = readAuthResultMessage(parse(reason));
      return message?.error ? consentResultOf(message, expectedState) : { kind: 'error', error: 'invalid_response' };
    }
  })();
  // Teams owns its window and cannot close it for us: cancelling stops waiting for it.
  return { result: Promise.race([answered, cancelled]), cancel: () => cancel() };
}

function parse(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}
