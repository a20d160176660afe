/** Admin console answers beyond the brief's shapes in api.ts (extensions, never renames). */
import type { Audience, AuditEntry, Integration, ProviderId } from './api';

export interface IntegrationsResponse {
  integrations: Integration[];
}

export interface AudiencesResponse {
  audiences: Audience[];
  /**
   * People whose last token carried the groups overage claim: group audiences cannot match them
   * (Upnext reads groups from the token only), so add them by user or app role instead.
   */
  groupsOverageUsers: number;
}

export interface DirectoryPerson {
  oid: string;
  name: string;
  username?: string;
  lastSeenAt: string;
}
export interface UsersResponse {
  users: DirectoryPerson[];
}

export type AdminConsentState = 'granted' | 'not_granted' | 'unknown';
export interface AdminConsentStatus {
  provider: ProviderId;
  name: string;
  status: AdminConsentState;
  /** When the status was recorded (`grantedAt` for a grant). */
  grantedAt?: string;
  grantedBy?: { oid: string; name: string };
  /** The one-click grant link (Entra's admin-consent endpoint with a signed, single-use state), or the provider's admin page. */
  url: string;
  /** Whether `url` comes back to Upnext with a state to record (else it is a portal page to follow by hand). */
  recordable: boolean;
  /** The portal steps, for tenants that grant consent there. */
  steps: string[];
}
export interface ConsentResponse {
  consent: AdminConsentStatus[];
}

/** POST /api/admin/consent/:provider/complete: what the admin-consent window came back with. */
export interface ConsentCompleteBody {
  state: string;
  admin_consent?: string;
  tenant?: string;
  error?: string;
}

export interface PurgeResponse {
  provider: ProviderId;
  users: number;
  entries: number;
}

export interface AuditResponse {
  entries: AuditEntry[];
  next?: string;
}

export interface AuditVerifyResponse {
  ok: boolean;
  entries: number;
  brokenAt?: number;
}
