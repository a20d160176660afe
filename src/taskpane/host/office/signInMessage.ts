/** What the sign-in dialog sends the pane with messageParent. Shared by both sides. */
export const SIGN_IN_RESULT_TYPE = 'upnext-sign-in-result';
/** The taskpane.html query that makes the page run as the sign-in dialog. */
export const SIGN_IN_DIALOG_HOST = 'office-signin';

export interface SignInResultMessage {
  type: typeof SIGN_IN_RESULT_TYPE;
  accessToken?: string;
  /** An AuthError code, never a message. */
  error?: string;
}

export function readSignInResult(data: unknown): SignInResultMessage | undefined {
  if (typeof data !== 'object' || data === null) return undefined;
  const m = data as Record<string, unknown>;
  if (m.type !== SIGN_IN_RESULT_TYPE) return undefined;
  if (typeof m.accessToken === 'string' && m.accessToken !== '') return { type: SIGN_IN_RESULT_TYPE, accessToken: m.accessToken };
  if (typeof m.error === 'string' && m.error.length <= 64) return { type: SIGN_IN_RESULT_TYPE, error: m.error };
  return undefined;
}

/** Survives the round trip to the authority, which drops our query. */
export const DIALOG_MARKER = 'upnext.officeSignInDialog';

/** taskpane.html is running inside the Office sign-in dialog, not as the pane. */
export function isSignInDialog(win: Window): boolean {
  if (new URLSearchParams(win.location.search).get('host') === SIGN_IN_DIALOG_HOST) return true;
  try {
    return win.sessionStorage.getItem(DIALOG_MARKER) === '1';
  } catch {
    return false;
  }
}
