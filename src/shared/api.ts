/** Shapes of the HTTP API (brief §3, contract). Server and clients import these. */
import type { JoinLink } from './joinlink/types';

export type ProviderId = 'outlook-calendar';

export type IntegrationState =
  | 'connected'
  | 'not_connected'
  | 'reconnect_required'
  | 'admin_consent_required'
  | 'not_enabled';

export interface MeResponse {
  user: { tid: string; oid: string; name: string; username?: string };
  integrations: Array<{ provider: ProviderId; state: IntegrationState; reason?: string }>;
}

export type ResponseStatus = 'none' | 'organizer' | 'tentativelyAccepted' | 'accepted' | 'declined' | 'notResponded';
export type ShowAs = 'free' | 'tentative' | 'busy' | 'oof' | 'workingElsewhere' | 'unknown';

export interface Meeting {
  /** Opaque: means nothing without access to the provider. */
  id: string;
  title: string;
  /** ISO 8601, UTC. */
  start: string;
  end: string;
  isAllDay: boolean;
  /** The user's response, or `cancelled` when the organizer cancelled. */
  status: ResponseStatus | 'cancelled';
  showAs: ShowAs;
  location?: string;
  organizer?: { name: string };
  join?: JoinLink;
  webLink?: string;
  isPrivate?: boolean;
  provider: ProviderId;
}

export interface MeetingsResponse {
  meetings: Meeting[];
  stale: boolean;
  generatedAt: string;
}

export interface SearchResponse {
  query: { text: string; from?: string; to?: string; people: string[]; services: string[] };
  results: Meeting[];
  providers: Array<{ id: ProviderId; status: 'ok' | 'error' | 'not_connected' }>;
}

/** Public, non-secret settings the front end needs to sign in (served at /api/client-config). */
export interface ClientConfig {
  authMode: 'demo' | 'entra';
  clientId: string;
  authority: string;
  apiScope: string;
}

export const HEADER_USER_KEY = 'x-user-key';
