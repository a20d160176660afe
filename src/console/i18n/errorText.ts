import { ApiError, type ApiErrorCode } from '../../taskpane/api/errors';
import type { ConsoleI18n, ConsoleKey } from './catalogue';

const KNOWN: Partial<Record<ApiErrorCode, ConsoleKey>> = {
  network_error: 'shell.error.network',
  bad_response: 'shell.error.badResponse',
  provider_unavailable: 'shell.error.unavailable',
  rate_limited: 'shell.error.rateLimited',
  unauthenticated: 'shell.error.signedOut',
  invalid_token: 'shell.error.signedOut',
  forbidden: 'shell.error.forbidden',
};

/**
 * What to tell the admin about a failed call: a code we know in the console's language; else what
 * failed (`what`) with the server's own words, which are English (in English those words alone,
 * as they always were).
 */
export function errorText(i18n: ConsoleI18n, error: unknown, what: ConsoleKey): string {
  const known = error instanceof ApiError ? KNOWN[error.code] : undefined;
  if (known) return i18n.t(known);
  if (!(error instanceof Error) || !error.message) return i18n.t(what);
  return i18n.language === 'en' ? error.message : i18n.t('shell.error.withServer', { what: i18n.t(what), detail: error.message });
}
