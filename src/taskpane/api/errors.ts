import { isErrorCode, type ErrorCode } from '../../shared/errors';

/** The server's codes plus the two failures that never reach the server. */
export type ApiErrorCode = ErrorCode | 'network_error' | 'bad_response';

/** Codes that mean "connect (again)": the pane shows the Connect card for these, not an error box. */
export const CONNECT_CODES: readonly ApiErrorCode[] = [
  'not_connected',
  'reconnect_required',
  'consent_required',
  'admin_consent_required',
  'not_enabled',
  'user_key_missing',
];

export class ApiError extends Error {
  override readonly name = 'ApiError';
  constructor(
    readonly code: ApiErrorCode,
    message: string,
    readonly details: { status?: number; requestId?: string; url?: string; adminConsentUrl?: string; cause?: unknown } = {},
  ) {
    super(message, { cause: details.cause });
  }
}

/** Reads the contract's `{error: {code, message, requestId}}`, tolerating anything else. */
export async function errorFromResponse(response: Response): Promise<ApiError> {
  const body = (await response.json().catch(() => undefined)) as
    | { error?: { code?: unknown; message?: unknown; requestId?: unknown; url?: unknown; adminConsentUrl?: unknown } }
    | undefined;
  const error = body?.error;
  const code: ApiErrorCode = isErrorCode(error?.code) ? error.code : 'bad_response';
  const message = typeof error?.message === 'string' && error.message !== '' ? error.message : `The server answered HTTP ${response.status}.`;
  return new ApiError(code, message, {
    status: response.status,
    requestId: typeof error?.requestId === 'string' ? error.requestId : (response.headers.get('x-request-id') ?? undefined),
    url: typeof error?.url === 'string' ? error.url : undefined,
    adminConsentUrl: typeof error?.adminConsentUrl === 'string' ? error.adminConsentUrl : undefined,
  });
}
