export type AuthErrorCode =
  /** The user has to sign in again (no session, refresh token refused). */
  | 'interaction_required'
  /** Sign-in came back with an error or a response we cannot trust. */
  | 'sign_in_failed'
  | 'network_error'
  /** The client configuration or the authority metadata is unusable. */
  | 'config_error';

/** Failures of the host's sign-in layer. Messages never carry tokens or codes. */
export class AuthError extends Error {
  override readonly name = 'AuthError';
  constructor(
    readonly code: AuthErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}
