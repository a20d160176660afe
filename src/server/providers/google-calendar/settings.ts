import { z } from 'zod';

/** Google Calendar's settings (brief §3): their names, checks and defaults; config.ts reads them with the others. */
export interface GoogleSettings {
  clientId: string;
  /** Never logged. */
  clientSecret: string;
  authorizeUrl: string;
  tokenUrl: string;
  revokeUrl: string;
  calendarBaseUrl: string;
}

export const GOOGLE_DEFAULTS = {
  authorizeUrl: 'https://accounts.google.com/o/oauth2/v2/auth',
  tokenUrl: 'https://oauth2.googleapis.com/token',
  revokeUrl: 'https://oauth2.googleapis.com/revoke',
  calendarBaseUrl: 'https://www.googleapis.com/calendar/v3',
} as const;

/**
 * `calendar.events.readonly`: Upnext reads events and nothing else. `calendar.readonly` would also
 * grant the calendar list and settings, which nothing here uses; the narrower scope is also the one
 * Google's verification and Workspace admins accept most readily.
 */
export const GOOGLE_SCOPES = ['openid', 'email', 'https://www.googleapis.com/auth/calendar.events.readonly'] as const;

/** Issuers Google's id tokens carry (OpenID Connect discovery of accounts.google.com). */
export const GOOGLE_ISSUERS = ['https://accounts.google.com', 'accounts.google.com'] as const;

/** What config.ts keeps: the secret is absent in demo mode until the demo generates one. */
export type GoogleConfig = Omit<GoogleSettings, 'clientSecret'> & { clientSecret?: string };

export const GOOGLE_SETTING_NAMES = [
  'GOOGLE_CLIENT_ID', 'GOOGLE_CLIENT_SECRET', 'GOOGLE_AUTHORIZE_URL', 'GOOGLE_TOKEN_URL', 'GOOGLE_REVOKE_URL', 'GOOGLE_CALENDAR_BASE_URL',
] as const;
const URL_SETTINGS = ['GOOGLE_AUTHORIZE_URL', 'GOOGLE_TOKEN_URL', 'GOOGLE_REVOKE_URL', 'GOOGLE_CALENDAR_BASE_URL'] as const;

/** The demo's Google OAuth client (a public id; its secret is made per process) and where the stand-ins are mounted. */
export const DEMO_GOOGLE_CLIENT_ID = '418204117035-upnextdemo.apps.googleusercontent.com';
export const DEMO_GOOGLE_PATH = '/demo/google';

/** The zod fields for config.ts's schema, built with its own helpers so the rules are the same as Entra's. */
export function googleEnvSchema(optional: (schema: z.ZodTypeAny) => z.ZodTypeAny, baseUrl: () => z.ZodTypeAny) {
  return {
    GOOGLE_CLIENT_ID: optional(z.string().regex(/^[A-Za-z0-9-]+\.apps\.googleusercontent\.com$/, 'must be a Google OAuth client id (….apps.googleusercontent.com)')),
    GOOGLE_CLIENT_SECRET: optional(z.string().min(1)),
    GOOGLE_AUTHORIZE_URL: optional(baseUrl()),
    GOOGLE_TOKEN_URL: optional(baseUrl()),
    GOOGLE_REVOKE_URL: optional(baseUrl()),
    GOOGLE_CALENDAR_BASE_URL: optional(baseUrl()),
  };
}

/** Google Calendar is offered when its client is configured, and always in demo mode (the built-in stand-in). */
export function googleSettingsFrom(
  e: Record<string, string | number | undefined>,
  authMode: 'demo' | 'entra',
  publicUrl: string,
  rules: { fail(message: string): never; requireHttpsUnlessLoopback(name: string, value: string): void; trimSlash(url: string): string },
): GoogleConfig | undefined {
  const clientId = e.GOOGLE_CLIENT_ID as string | undefined;
  const clientSecret = e.GOOGLE_CLIENT_SECRET as string | undefined;
  if (!clientId) {
    if (clientSecret) rules.fail('GOOGLE_CLIENT_SECRET is set without GOOGLE_CLIENT_ID.');
    const stray = URL_SETTINGS.find((name) => e[name] !== undefined);
    if (stray && authMode !== 'demo') rules.fail(`${stray} is set but GOOGLE_CLIENT_ID is not (Google Calendar is off).`);
    if (authMode !== 'demo') return undefined;
  } else if (!clientSecret) {
    rules.fail('GOOGLE_CLIENT_SECRET is required with GOOGLE_CLIENT_ID.');
  }
  const demo = `${publicUrl}${DEMO_GOOGLE_PATH}`;
  const defaults = clientId
    ? GOOGLE_DEFAULTS
    : { authorizeUrl: `${demo}/o/oauth2/v2/auth`, tokenUrl: `${demo}/token`, revokeUrl: `${demo}/revoke`, calendarBaseUrl: `${demo}/calendar/v3` };
  const pick = (name: (typeof URL_SETTINGS)[number], fallback: string) => {
    const value = rules.trimSlash((e[name] as string | undefined) ?? fallback);
    rules.requireHttpsUnlessLoopback(name, value);
    return value;
  };
  return {
    clientId: clientId ?? DEMO_GOOGLE_CLIENT_ID,
    ...(clientSecret && { clientSecret }),
    authorizeUrl: pick('GOOGLE_AUTHORIZE_URL', defaults.authorizeUrl),
    tokenUrl: pick('GOOGLE_TOKEN_URL', defaults.tokenUrl),
    revokeUrl: pick('GOOGLE_REVOKE_URL', defaults.revokeUrl),
    calendarBaseUrl: pick('GOOGLE_CALENDAR_BASE_URL', defaults.calendarBaseUrl),
  };
}
