import type {
  AudiencesResponse, AuditResponse, AuditVerifyResponse, ConsentCompleteBody, ConsentResponse, AdminConsentStatus,
  IntegrationsResponse, PurgeResponse, UsersResponse,
} from '../../shared/admin-api';
import type { Audience, Integration, IntegrationAccess, MeResponse, ProviderId } from '../../shared/api';
import { ApiError, errorFromResponse } from '../../taskpane/api/errors';
import { AuthError } from '../../taskpane/host/errors';
import type { GetTokenOptions } from '../../taskpane/host/types';

export interface AudienceInput {
  name: string;
  users?: string[];
  groups?: string[];
  roles?: string[];
}

/** The console's calls to /api/me and /api/admin/*, with the admin's bearer token (no cookies, no user key). */
export interface AdminClient {
  me(): Promise<MeResponse>;
  integrations(): Promise<Integration[]>;
  updateIntegration(provider: ProviderId, change: { enabled?: boolean; access?: IntegrationAccess }): Promise<Integration>;
  purgeConnections(provider: ProviderId): Promise<PurgeResponse>;
  audiences(): Promise<AudiencesResponse>;
  createAudience(input: AudienceInput): Promise<Audience>;
  updateAudience(id: string, input: AudienceInput): Promise<Audience>;
  deleteAudience(id: string): Promise<void>;
  users(query: string): Promise<UsersResponse['users']>;
  consent(): Promise<AdminConsentStatus[]>;
  completeConsent(provider: ProviderId, answer: ConsentCompleteBody): Promise<AdminConsentStatus>;
  audit(page: { limit: number; before?: string }): Promise<AuditResponse>;
  auditCsv(): Promise<Blob>;
  verifyAudit(): Promise<AuditVerifyResponse>;
}

export interface AdminClientOptions {
  getToken(options?: GetTokenOptions): Promise<string>;
  baseUrl?: string;
  fetch?: typeof fetch;
}

export function createAdminClient(options: AdminClientOptions): AdminClient {
  const baseUrl = options.baseUrl ?? '';
  const fetchFn = options.fetch ?? ((input, init) => fetch(input, init));

  async function token(forceRefresh: boolean): Promise<string> {
    try {
      return await options.getToken(forceRefresh ? { forceRefresh } : undefined);
    } catch (error) {
      if (error instanceof AuthError) throw new ApiError(error.code === 'network_error' ? 'network_error' : 'unauthenticated', error.message, { cause: error });
      throw error;
    }
  }

  async function send(method: string, path: string, body: unknown, accept: string, forceRefresh: boolean): Promise<Response> {
    const headers: Record<string, string> = { accept, authorization: `Bearer ${await token(forceRefresh)}` };
    if (body !== undefined) headers['content-type'] = 'application/json';
    try {
      return await fetchFn(baseUrl + path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
    } catch (cause) {
      throw new ApiError('network_error', 'Upnext cannot be reached. Check your connection.', { cause });
    }
  }

  async function request(method: string, path: string, body?: unknown, accept = 'application/json'): Promise<Response> {
    let response = await send(method, path, body, accept, false);
    if (response.status === 401) {
      const error = await errorFromResponse(response);
      if (error.code !== 'invalid_token') throw error;
      response = await send(method, path, body, accept, true);
    }
    if (!response.ok) throw await errorFromResponse(response);
    return response;
  }

  async function call<T>(method: string, path: string, body?: unknown): Promise<T> {
    const response = await request(method, path, body);
    if (response.status === 204) return undefined as T;
    try {
      return (await response.json()) as T;
    } catch (cause) {
      throw new ApiError('bad_response', 'The server sent an unreadable answer.', { status: response.status, cause });
    }
  }

  const integration = (p: ProviderId) => `/api/admin/integrations/${encodeURIComponent(p)}`;
  const audience = (id: string) => `/api/admin/audiences/${encodeURIComponent(id)}`;

  return {
    me: () => call<MeResponse>('GET', '/api/me'),
    integrations: async () => (await call<IntegrationsResponse>('GET', '/api/admin/integrations')).integrations,
    updateIntegration: (p, change) => call<Integration>('PUT', integration(p), change),
    purgeConnections: (p) => call<PurgeResponse>('DELETE', `${integration(p)}/connections`),
    audiences: () => call<AudiencesResponse>('GET', '/api/admin/audiences'),
    createAudience: (input) => call<Audience>('POST', '/api/admin/audiences', input),
    updateAudience: (id, input) => call<Audience>('PUT', audience(id), input),
    deleteAudience: (id) => call<void>('DELETE', audience(id)),
    users: async (q) => (await call<UsersResponse>('GET', `/api/admin/users?${new URLSearchParams(q ? { q } : {}).toString()}`)).users,
    consent: async () => (await call<ConsentResponse>('GET', '/api/admin/consent')).consent,
    completeConsent: (p, answer) => call<AdminConsentStatus>('POST', `/api/admin/consent/${encodeURIComponent(p)}/complete`, answer),
    audit: ({ limit, before }) => call<AuditResponse>('GET', `/api/admin/audit?${new URLSearchParams({ limit: String(limit), ...(before ? { before } : {}) }).toString()}`),
    auditCsv: async () => (await request('GET', '/api/admin/audit?format=csv', undefined, 'text/csv')).blob(),
    verifyAudit: () => call<AuditVerifyResponse>('GET', '/api/admin/audit/verify'),
  };
}
