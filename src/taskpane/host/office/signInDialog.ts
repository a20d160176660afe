import { AuthError } from '../errors';
import { fromOrigin, openDialog, parseJson } from './dialog';
import type { OfficeApi } from './officeApi';
import { readSignInResult, SIGN_IN_DIALOG_HOST } from './signInMessage';

/**
 * The last resort for a user token in Office: the browser sign-in (code + PKCE) runs in an
 * Office dialog on taskpane.html, whose redirect URI the app registration already has, and the
 * dialog hands the token back with messageParent.
 */
export async function signInWithDialog(office: OfficeApi, origin: string): Promise<string> {
  const dialog = openDialog(office, `${origin}/taskpane.html?host=${SIGN_IN_DIALOG_HOST}`);
  const outcome = await dialog.outcome;
  if (outcome.kind === 'blocked') {
    throw new AuthError('interaction_required', 'The sign-in window could not open. Allow it, then try again.');
  }
  if (outcome.kind === 'closed') throw new AuthError('interaction_required', 'Sign-in was cancelled.');
  dialog.close();
  const result = fromOrigin(outcome, origin) ? readSignInResult(parseJson(outcome.message)) : undefined;
  if (result?.accessToken) return result.accessToken;
  throw new AuthError(result?.error === 'network_error' ? 'network_error' : 'sign_in_failed', 'Sign-in did not complete.');
}
