/** The error codes of the HTTP contract (brief §3). Clients switch on these, never on messages. */
export const ERROR_CODES = [
  'unauthenticated',
  'invalid_token',
  'forbidden',
  'not_enabled',
  'not_connected',
  'user_key_missing',
  'reconnect_required',
  'consent_required',
  'admin_consent_required',
  'provider_unavailable',
  'rate_limited',
  'bad_request',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

/** The body of every error answer. */
export interface ErrorBody {
  error: {
    code: ErrorCode;
    message: string;
    requestId: string;
    /** consent_required / admin_consent_required: the page to open. */
    url?: string;
    /** consent_required: the tenant's admin-consent page, for when the consent window says only an admin can approve. */
    adminConsentUrl?: string;
  };
}

export function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === 'string' && (ERROR_CODES as readonly string[]).includes(value);
}
