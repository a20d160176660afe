/** Google's two error shapes: OAuth's `{error, error_description}` and the APIs' `{error: {code, message, errors, status}}`. */
import type { Response } from 'express';

export function oauthError(res: Response, status: number, error: string, description: string): void {
  res.status(status).set('Cache-Control', 'no-store').json({ error, error_description: description });
}

const STATUS_NAMES: Record<number, string> = {
  400: 'INVALID_ARGUMENT', 401: 'UNAUTHENTICATED', 403: 'PERMISSION_DENIED', 404: 'NOT_FOUND', 410: 'FAILED_PRECONDITION',
  429: 'RESOURCE_EXHAUSTED', 500: 'INTERNAL', 503: 'UNAVAILABLE',
};

export function apiError(res: Response, code: number, reason: string, message: string, domain = 'global', extra: Record<string, string> = {}): void {
  if (code === 401) res.set('WWW-Authenticate', 'Bearer realm="https://accounts.google.com/", error="invalid_token"');
  res.status(code).json({ error: { code, message, errors: [{ message, domain, reason, ...extra }], status: STATUS_NAMES[code] ?? 'UNKNOWN' } });
}
