import { AppError } from '../../errors/app-error';
import { AuthorityError } from './token-client';

/** Grants that are gone for good: the user must connect again. */
const VOID_GRANT_CODES = new Set([700082, 70008, 50173, 70000, 70043, 700084, 50078, 54005]);
/** Only an administrator can consent for this tenant. */
const ADMIN_CONSENT_CODES = new Set([90094, 90095, 90099]);

/**
 * Turns an authority answer into the brief's error codes. `adminConsentUrl` is offered with
 * admin_consent_required; network failures become provider_unavailable.
 */
export function classifyAuthorityFailure(err: unknown, adminConsentUrl?: string): AppError {
  if (!(err instanceof AuthorityError)) {
    return new AppError('provider_unavailable', 'The identity service could not be reached.', { cause: err, status: 503 });
  }
  if (err.errorCodes.some((c) => ADMIN_CONSENT_CODES.has(c))) {
    return new AppError('admin_consent_required', 'An administrator must approve Upnext for your organization.', {
      cause: err,
      url: adminConsentUrl,
    });
  }
  if (err.suberror === 'consent_required' || err.errorCodes.includes(65001) || err.error === 'interaction_required' || err.error === 'consent_required') {
    return new AppError('consent_required', 'Upnext needs your consent to read your calendar.', { cause: err });
  }
  if (err.error === 'invalid_grant' || err.errorCodes.some((c) => VOID_GRANT_CODES.has(c))) {
    return new AppError('reconnect_required', 'Your calendar connection has expired; connect again.', { cause: err });
  }
  if (err.status === 429) return new AppError('rate_limited', 'The identity service is busy; try again shortly.', { cause: err });
  return new AppError('provider_unavailable', 'The identity service refused the request.', { cause: err, status: 502 });
}
