/**
 * What the consent window's redirect page (auth-end.html) hands back to the pane. Shared by both
 * sides so the shape cannot drift.
 */
export const AUTH_RESULT_TYPE = 'upnext-auth-result';

export interface AuthResultMessage {
  type: typeof AUTH_RESULT_TYPE;
  code?: string;
  state?: string;
  /** The OAuth error code (never its description: that can echo user input). */
  error?: string;
  /** Set when the admin-consent endpoint came back. */
  adminConsent?: boolean;
  /** The authority's AADSTS number from the error description (the description itself is never passed on). */
  aadsts?: number;
}

const optionalString = (value: unknown): value is string | undefined => value === undefined || (typeof value === 'string' && value.length <= 4096);

/** The message, when `data` is one; anything else posted to the window is not ours. */
export function readAuthResultMessage(data: unknown): AuthResultMessage | undefined {
  if (typeof data !== 'object' || data === null) return undefined;
  const m = data as Record<string, unknown>;
  if (m.type !== AUTH_RESULT_TYPE) return undefined;
  if (!optionalString(m.code) || !optionalString(m.state) || !optionalString(m.error)) return undefined;
  if (m.adminConsent !== undefined && typeof m.adminConsent !== 'boolean') return undefined;
  if (m.aadsts !== undefined && !Number.isInteger(m.aadsts)) return undefined;
  return {
    type: AUTH_RESULT_TYPE,
    ...(m.code !== undefined && { code: m.code }),
    ...(m.state !== undefined && { state: m.state }),
    ...(m.error !== undefined && { error: m.error }),
    ...(m.adminConsent !== undefined && { adminConsent: m.adminConsent }),
    ...(m.aadsts !== undefined && { aadsts: m.aadsts as number }),
  };
}

/** Reads the redirect's query (`code`, `state`, `error`, `admin_consent`) into the message. */
export function authResultFromQuery(search: string): AuthResultMessage {
  const params = new URLSearchParams(search);
  const get = (name: string) => params.get(name) ?? undefined;
  const adminConsent = get('admin_consent');
  const message: AuthResultMessage = { type: AUTH_RESULT_TYPE };
  const code = get('code');
  const state = get('state');
  const error = get('error');
  if (code !== undefined) message.code = code;
  if (state !== undefined) message.state = state;
  if (error !== undefined) message.error = error;
  if (adminConsent !== undefined) message.adminConsent = adminConsent.toLowerCase() === 'true';
  const aadsts = /\bAADSTS(\d{4,7})\b/.exec(get('error_description') ?? '');
  if (error !== undefined && aadsts) message.aadsts = Number(aadsts[1]);
  return message;
}

/** The query parameters the redirect carries, stripped from the address bar at once. */
export const AUTH_RESULT_PARAMS = ['code', 'state', 'error', 'error_description', 'error_uri', 'error_subcode', 'admin_consent', 'tenant', 'session_state', 'scope'] as const;

/** Which host opened the auth window (set by auth-start.html in sessionStorage, read once by auth-end.html). */
export const AUTH_HOST_KEY = 'upnext.authHost';
export type AuthWindowHost = 'office' | 'teams';
