import type { OpaqueIds, SeriesKeys } from '../../lib/opaque-id';
import type { Provider } from '../provider';
import { GoogleCalendarAdopter } from './adopter';
import { createCalendarClient } from './calendar-client';
import { googleConnector } from './connector';
import { googleCredentials } from './credentials';
import { createGoogleOAuthClient } from './oauth-client';
import type { GoogleSettings } from './settings';

/** Google Calendar: Google's OAuth 2 (code + PKCE, offline access) and the Calendar API v3. */
export interface GoogleProviderDeps {
  opaqueIds: OpaqueIds;
  seriesKeys?: SeriesKeys;
  redirectUri: string;
  now: () => number;
  onUpstreamCall?: (provider: 'google-calendar', outcome: string, seconds: number) => void;
  onSkippedEvent?: (provider: 'google-calendar', opaqueId: string | undefined, reason: string) => void;
}

export function googleCalendarProvider(settings: GoogleSettings, deps: GoogleProviderDeps): Provider {
  const oauth = createGoogleOAuthClient({ ...settings, now: deps.now });
  return {
    id: 'google-calendar',
    info: {
      id: 'google-calendar',
      name: 'Google Calendar',
      consentText: 'Upnext reads the events of your Google Calendar to show your next meetings. It never changes them.',
      icon: '/assets/providers/google-calendar.svg',
      consentWindow: { url: settings.authorizeUrl, clientId: settings.clientId },
    },
    adopter: new GoogleCalendarAdopter(
      createCalendarClient({ baseUrl: settings.calendarBaseUrl, onCall: (outcome, seconds) => deps.onUpstreamCall?.('google-calendar', outcome, seconds) }),
      deps.opaqueIds,
      (eventId, reason) => deps.onSkippedEvent?.('google-calendar', eventId, reason),
      deps.seriesKeys,
    ),
    connector: googleConnector({ oauth, clientId: settings.clientId, authorizeUrl: settings.authorizeUrl, redirectUri: deps.redirectUri, now: deps.now }),
    credentials: googleCredentials(oauth),
  };
}
