/**
 * What to do with each Office.auth.getAccessToken error code, after Microsoft's guidance
 * ("Troubleshoot error messages for single sign-on"):
 * - 13001 no one signed in to Office: ask again with the sign-in prompt;
 * - 13002 the user aborted sign-in or consent: stop and offer a sign-in button;
 * - 13006 client error, 13008 an earlier call still running: wait a moment and retry;
 * - 13000 not supported, 13003 unsupported account type, 13004/13005 bad resource or grant,
 *   13007 no token for the add-in, 13010 Outlook on the web needs a refresh, 13012 not in this
 *   platform, and anything else: fall back to the next sign-in method.
 */
export type SsoAction = 'sign_in_prompt' | 'user_aborted' | 'retry' | 'fallback';

export function ssoAction(code: number | undefined): SsoAction {
  switch (code) {
    case 13001:
      return 'sign_in_prompt';
    case 13002:
      return 'user_aborted';
    case 13006:
    case 13008:
      return 'retry';
    default:
      return 'fallback';
  }
}

export function ssoErrorCode(error: unknown): number | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'number' ? code : typeof code === 'string' && /^\d+$/.test(code) ? Number(code) : undefined;
}
