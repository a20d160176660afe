import type { AuthResultMessage } from '../auth-end/message';
import type { ConsentResult } from './types';

/** The state the consent URL carries; the answer must come back with the same one. */
export function expectedStateOf(url: string): string | null {
  try {
    return new URL(url).searchParams.get('state');
  } catch {
    return null;
  }
}

/** auth-end's message as a consent result, refusing a code whose state is not ours. */
export function consentResultOf(message: AuthResultMessage, expectedState: string | null): ConsentResult {
  if (message.error) return { kind: 'error', error: message.error, ...(message.aadsts !== undefined && { aadsts: message.aadsts }) };
  if (message.adminConsent === true && !message.code && message.state && (expectedState === null || message.state === expectedState)) {
    return { kind: 'admin_consent', state: message.state };
  }
  if (message.code && message.state && (expectedState === null || message.state === expectedState)) {
    return { kind: 'code', code: message.code, state: message.state };
  }
  return { kind: 'error', error: 'invalid_response' };
}

/** The auth-start page that sends a host's auth window (which must start on our origin) to the authority. */
export function authStartUrl(origin: string, host: 'office' | 'teams', authorizeUrl: string): string {
  return `${origin}/auth-start.html?host=${host}&url=${encodeURIComponent(authorizeUrl)}`;
}
