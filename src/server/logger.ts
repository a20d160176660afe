import pino, { type Logger } from 'pino';

/** Query parameters whose values never reach a log line. */
const SECRET_PARAMS = /^(q|code|state|token|access_token|refresh_token|id_token|assertion|client_secret|key|session_state|client_assertion|login_hint|domain_hint|url)$/i;

/** Paths pino censors wherever they appear in a logged object. */
export const REDACT_PATHS = [
  'req.headers.authorization',
  'req.headers["x-user-key"]',
  'req.headers.cookie',
  'res.headers["set-cookie"]',
  '*.access_token',
  '*.refresh_token',
  '*.id_token',
  '*.code',
  '*.assertion',
  '*.client_secret',
  '*.userKey',
  'accessToken',
  'refreshToken',
  'userKey',
];

/**
 * An error code (`ECONNREFUSED`, `ERR_SOCKET_TIMEOUT`, `invalid_grant`, SQLSTATE `57P01`, a number)
 * tells an operator what failed and is no secret; an OAuth authorization code is long and random.
 */
const ERROR_CODE = /^(?:[A-Z][A-Z0-9_]{1,40}|[a-z][a-z0-9_]{1,40}|[0-9][0-9A-Z]{4})$/;

/** `*.code` is an OAuth code or an error code: the first is censored, the second kept. */
function censor(value: unknown, path: string[]): unknown {
  if (path[path.length - 1] === 'code' && (typeof value === 'number' || (typeof value === 'string' && ERROR_CODE.test(value)))) return value;
  return '[redacted]';
}

export function createLogger(level: string, destination?: pino.DestinationStream): Logger {
  return pino({ level, redact: { paths: REDACT_PATHS, censor } }, destination);
}

/** A URL as it may be logged: secret-looking query values replaced. */
export function redactUrl(url: string): string {
  const q = url.indexOf('?');
  if (q < 0) return url;
  const params = new URLSearchParams(url.slice(q + 1));
  for (const key of [...params.keys()]) if (SECRET_PARAMS.test(key)) params.set(key, '[redacted]');
  return `${url.slice(0, q)}?${params.toString()}`;
}
