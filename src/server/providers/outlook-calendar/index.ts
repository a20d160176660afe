import type { OpaqueIds, SeriesKeys } from '../../lib/opaque-id';
import type { Provider } from '../provider';
import { OutlookCalendarAdopter } from './adopter';
import { outlookConnector } from './connector';
import { outlookCredentials } from './credentials';
import { createGraphClient } from './graph-client';
import { graphConsentOnlyScopes, graphScopes } from './scopes';
import { createTokenClient } from './token-client';

export interface OutlookSettings {
  authorityHost: string;
  clientId: string;
  clientSecret: string;
  graphBaseUrl: string;
  graphResource: string;
  redirectUri: string;
}

/** Outlook Calendar: Entra for access, Microsoft Graph for the calendar. */
export interface ProviderDeps {
  opaqueIds: OpaqueIds;
  seriesKeys?: SeriesKeys;
  now: () => number;
  onUpstreamCall?: (provider: 'outlook-calendar', outcome: string, seconds: number) => void;
  onSkippedEvent?: (provider: 'outlook-calendar', opaqueId: string | undefined, reason: string) => void;
}

export function outlookCalendarProvider(settings: OutlookSettings, deps: ProviderDeps): Provider {
  const tokenClient = createTokenClient({ authorityHost: settings.authorityHost, clientId: settings.clientId, clientSecret: settings.clientSecret, now: deps.now });
  const scopes = graphScopes(settings.graphResource);
  return {
    id: 'outlook-calendar',
    info: {
      id: 'outlook-calendar',
      name: 'Outlook Calendar',
      consentText: 'Upnext reads your Outlook calendar to show your next meetings. It never changes your calendar.',
      icon: '/assets/providers/outlook-calendar.svg',
    },
    adopter: new OutlookCalendarAdopter(
      createGraphClient({ baseUrl: settings.graphBaseUrl, onCall: (outcome, seconds) => deps.onUpstreamCall?.('outlook-calendar', outcome, seconds) }),
      deps.opaqueIds,
      (eventId, reason) => deps.onSkippedEvent?.('outlook-calendar', eventId, reason),
      deps.seriesKeys,
    ),
    connector: outlookConnector({ tokenClient, scopes, consentOnlyScopes: graphConsentOnlyScopes(settings.graphResource), ...settings }),
    credentials: outlookCredentials(tokenClient, scopes),
  };
}
