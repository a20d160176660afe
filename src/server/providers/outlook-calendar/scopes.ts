/** Delegated Graph permissions Upnext asks for: read calendars, and keep access (a refresh token). */
export const graphScopes = (resource: string) => [`${resource}/Calendars.Read`, 'offline_access'];

/**
 * Asked for in the consent window (and declared in the registration, so admin consent covers it),
 * never in on-behalf-of or refresh: the mailbox's time zone (`GET /me/mailboxSettings/timeZone`)
 * is a nicety, so a tenant that consented before it was added still connects silently and
 * refreshes; its tokens simply lack it and the pane names no calendar zone.
 */
export const graphConsentOnlyScopes = (resource: string) => [`${resource}/MailboxSettings.Read`];
