import type { ErrorRequestHandler, RequestHandler } from 'express';
import type { ErrorBody } from '../../shared/errors';
import { bearerChallenge } from '../auth/challenge';
import { AppError } from './app-error';

/**
 * Unknown paths answer 404 in the error envelope, not Express's HTML page. The brief's codes have
 * no "not found": an unknown path is bad input, so `bad_request` with status 404.
 */
export const notFound: RequestHandler = (_req, _res, next) => {
  next(new AppError('bad_request', 'No such route.', { status: 404 }));
};

/**
 * The last middleware: every failure leaves as `{error:{code,message,requestId}}`. Anything that
 * is not an AppError is either a client mistake Express/body-parser detected (4xx) or a bug (500,
 * logged with its stack, never shown).
 */
export const errorMiddleware: ErrorRequestHandler = (err, req, res, _next) => {
  const requestId = String(req.id ?? '');
  // No error answer is worth keeping, whatever path it is on and whatever ran before it.
  res.setHeader('Cache-Control', 'no-store');
  let appError: AppError;
  if (err instanceof AppError) {
    appError = err;
  } else if (isClientHttpError(err)) {
    // Keep Express's status (413 for a body over the limit, 415, …) with the brief's code.
    const status = clientStatus(err);
    appError = new AppError('bad_request', status === 413 ? 'The request body is too large.' : 'The request could not be read.', { cause: err, status });
  } else {
    req.log?.error({ err }, 'unhandled error');
    const body: ErrorBody = { error: { code: 'provider_unavailable', message: 'Something went wrong on our side.', requestId } };
    res.status(500).json(body);
    return;
  }
  if (appError.status >= 500) req.log?.warn({ code: appError.code, cause: describeCause(appError.cause) }, appError.message);
  if (appError.retryAfterSeconds !== undefined) res.setHeader('Retry-After', String(appError.retryAfterSeconds));
  if (appError.status === 401) res.setHeader('WWW-Authenticate', bearerChallenge(appError));
  const body: ErrorBody = { error: { code: appError.code, message: appError.message, requestId } };
  if (appError.url) body.error.url = appError.url;
  if (appError.adminConsentUrl) body.error.adminConsentUrl = appError.adminConsentUrl;
  res.status(appError.status).json(body);
};

function clientStatus(err: unknown): number | undefined {
  const status = (err as { status?: unknown; statusCode?: unknown } | null)?.status ?? (err as { statusCode?: unknown } | null)?.statusCode;
  return typeof status === 'number' && status >= 400 && status < 500 ? status : undefined;
}

function isClientHttpError(err: unknown): boolean {
  return clientStatus(err) !== undefined;
}

/** Only the name and code of a cause reach the log: upstream bodies may echo secrets. */
function describeCause(cause: unknown): Record<string, unknown> | undefined {
  if (!cause || typeof cause !== 'object') return undefined;
  const c = cause as { name?: unknown; code?: unknown; status?: unknown };
  return { name: c.name, code: c.code, status: c.status };
}
