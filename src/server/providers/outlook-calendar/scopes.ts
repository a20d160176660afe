/** Delegated Graph permissions Upnext asks for: read calendars, and keep access (a refresh token). */
export const graphScopes = (resource: string) => [`${resource}/Calendars.Read`, 'offline_access'];
