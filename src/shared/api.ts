/** Shapes of the HTTP API (brief §3, contract). Server and clients import these. */
import type { JoinLink } from './joinlink/types';

/** Every provider the product knows (brief §1). The server's registry says which are offered. */
export const PROVIDER_IDS = ['outlook-calendar', 'google-calendar'] as const;
export type ProviderId = (typeof PROVIDER_IDS)[number];

export function isProviderId(value: unknown): value is ProviderId {
  return typeof value === 'string' && (PROVIDER_IDS as readonly string[]).includes(value);
}

/** How one provider fared in a list or a search answer (brief §3). */
export type ProviderStatus = 'ok' | 'error' | 'not_connected' | 'not_enabled' | 'reconnect_required';
export interface ProviderOutcome {
  id: ProviderId;
  status: ProviderStatus;
}

export type IntegrationState =
  | 'connected'
  | 'not_connected'
  | 'reconnect_required'
  | 'admin_consent_required'
  | 'not_enabled';

export interface MeResponse {
  user: { tid: string; oid: string; name: string; username?: string; isAdmin: boolean };
  /** One entry per provider the server offers, in registry order. */
  integrations: Array<{
    provider: ProviderId;
    state: IntegrationState;
    reason?: string;
    /** "connected as …" */
    account?: string;
    /** The calendar's own time zone (IANA), when connected and the provider said (brief §1 "time zone named"). */
    timeZone?: string;
  }>;
}

/** A provider as the pane's Connect card shows it (from the server's registry). */
export interface ProviderInfo {
  id: ProviderId;
  name: string;
  /** One sentence on the card: what connecting lets Upnext do. */
  consentText: string;
  /** Path of its icon (an SVG under /assets). */
  icon: string;
  /**
   * For providers whose consent window opens at one fixed URL (Google): that URL and our client
   * id there, so auth-start may send a window on to exactly that request. Entra's per-tenant
   * URLs are checked against ClientConfig.authority instead.
   */
  consentWindow?: { url: string; clientId: string };
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
  /** Opaque, the same for every occurrence of a recurring meeting (a keyed hash per tenant, never the provider's id). */
  seriesKey?: string;
}

export interface MeetingsResponse {
  meetings: Meeting[];
  stale: boolean;
  generatedAt: string;
  providers: ProviderOutcome[];
}

export interface SearchResponse {
  query: { text: string; from?: string; to?: string; people: string[]; services: string[] };
  results: Meeting[];
  providers: ProviderOutcome[];
}

/** Admin console shapes (brief §3). */
export interface IntegrationAccess {
  mode: 'all' | 'specific';
  audiences: string[];
  users: string[];
}
export interface Integration {
  provider: ProviderId;
  name: string;
  enabled: boolean;
  access: IntegrationAccess;
  connectedUsers: number;
}
export interface Audience {
  id: string;
  name: string;
  users: string[];
  groups: string[];
  roles: string[];
}
export interface AuditEntry {
  id: string;
  at: string;
  actor: { oid: string; name: string };
  action: string;
  target: { type: string; id: string };
  before?: unknown;
  after?: unknown;
  requestId: string;
}

/** Public, non-secret settings the front end needs to sign in (served at /api/client-config). */
export interface ClientConfig {
  authMode: 'demo' | 'entra';
  clientId: string;
  authority: string;
  apiScope: string;
  /** The providers the server offers, in registry order. */
  providers: ProviderInfo[];
}

export const HEADER_USER_KEY = 'x-user-key';
