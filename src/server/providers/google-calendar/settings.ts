/** Google Calendar's settings (brief §3); config.ts validates them with the other URLs. */
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
