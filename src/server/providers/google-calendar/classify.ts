import { AppError } from '../../errors/app-error';
import { GoogleOAuthError } from './oauth-client';

/**
 * Google's token-endpoint answers in our codes. `invalid_grant` covers every grant that is gone:
 * revoked by the user, unused for six months, a password change, a testing-mode app's 7-day expiry.
 */
export function classifyGoogleFailure(err: unknown): AppError {
  if (!(err instanceof GoogleOAuthError)) {
    return new AppError('provider_unavailable', 'Google could not be reached.', { cause: err, status: 503 });
  }
  if (err.error === 'invalid_grant') {
    return new AppError('reconnect_required', 'Your Google Calendar connection has expired or was revoked; connect again.', { cause: err });
  }
  if (err.status === 429) return new AppError('rate_limited', 'Google is busy; try again shortly.', { cause: err });
  if (err.status >= 500) return new AppError('provider_unavailable', 'Google’s sign-in service is unavailable; try again shortly.', { cause: err, status: 503 });
  // invalid_client, unauthorized_client and friends: our registration, not the user's doing.
  return new AppError('provider_unavailable', 'Google refused Upnext’s request.', { cause: err, status: 502 });
}
