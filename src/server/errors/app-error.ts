import type { ErrorCode } from '../../shared/errors';

const STATUS: Record<ErrorCode, number> = {
  unauthenticated: 401,
  invalid_token: 401,
  forbidden: 403,
  not_enabled: 403,
  not_connected: 409,
  user_key_missing: 400,
  reconnect_required: 409,
  consent_required: 409,
  admin_consent_required: 409,
  provider_unavailable: 502,
  rate_limited: 429,
  bad_request: 400,
};

/**
 * The one error type routes throw. `message` is shown to the client, so it must never carry a
 * secret; `cause` stays server-side and is logged without bodies.
 */
export class AppError extends Error {
  readonly code: ErrorCode;
  readonly status: number;
  /** A URL the client should open to fix the problem (consent, admin consent). */
  readonly url?: string;
  /** With consent_required: where an administrator grants consent, should the popup say only an admin can. */
  readonly adminConsentUrl?: string;
  readonly retryAfterSeconds?: number;

  constructor(
    code: ErrorCode,
    message: string,
    options: { cause?: unknown; url?: string; adminConsentUrl?: string; status?: number; retryAfterSeconds?: number } = {},
  ) {
    super(message, { cause: options.cause });
    this.name = 'AppError';
    this.code = code;
    this.status = options.status ?? STATUS[code];
    this.url = options.url;
    this.adminConsentUrl = options.adminConsentUrl;
    this.retryAfterSeconds = options.retryAfterSeconds;
  }
}
