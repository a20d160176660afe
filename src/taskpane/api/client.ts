import { HEADER_USER_KEY, type MeResponse, type MeetingsResponse, type ProviderId, type ProviderInfo, type SearchResponse } from '../../shared/api';
import { fetchClientConfig } from './clientConfig';
import { AuthError } from '../host/errors';
import type { GetTokenOptions } from '../host/types';
import { ApiError, errorFromResponse } from './errors';

export interface MeetingsQuery {
  from: Date;
  to: Date;
  limit?: number;
}

export interface SearchQuery {
  q: string;
  timeZone: string;
  locale: string;
  /** Parts of "what I understood" the person removed: `dates`, `person:<name>`, `service:<id>`. */
  without?: readonly string[];
}

export interface ApiClient {
  getMe(signal?: AbortSignal): Promise<MeResponse>;
  /** The providers the server offers, for the Connect cards (from /api/client-config). */
  getProviders(): Promise<ProviderInfo[]>;
  getMeetings(query: MeetingsQuery, signal?: AbortSignal): Promise<MeetingsResponse>;
  /**
   * Silent connect; a 409 `consent_required` / `admin_consent_required` ApiError carries the URL to
   * open. `auto`: the pane trying on its own (refused with `not_connected` after a Disconnect).
   */
  connect(provider: ProviderId, options?: { auto?: boolean }): Promise<void>;
  /** Hands the consent popup's answer to the server. */
  completeConnect(provider: ProviderId, answer: { code: string; state: string }): Promise<void>;
  /** `device`: this device's connection; `all` (the server's default): every device's. */
  disconnect(provider: ProviderId, scope?: DisconnectScope): Promise<void>;
  search(query: SearchQuery, signal?: AbortSignal): Promise<SearchResponse>;
  /** Tells the graph store the person joined this meeting (Join or Open in app). */
  joined(meetingId: string): Promise<void>;
}

export type DisconnectScope = 'device' | 'all';

export interface ApiClientOptions {
  getToken(options?: GetTokenOptions): Promise<string>;
  /** This device's user key for the user a bearer token names (sent as X-User-Key on every call). */
  userKey?(bearer: string): string | undefined;
  /** Origin of the API; same origin when empty. */
  baseUrl?: string;
  fetch?: typeof fetch;
}

/** Typed calls to our API with the user's bearer token; errors become `ApiError` with the contract's code. */
export function createApiClient(options: ApiClientOptions): ApiClient {
  const baseUrl = options.baseUrl ?? '';
  const fetchFn = options.fetch ?? ((input, init) => fetch(input, init));
  let providers: Promise<ProviderInfo[]> | undefined;

  async function token(forceRefresh: boolean): Promise<string> {
    try {
      return await options.getToken(forceRefresh ? { forceRefresh } : undefined);
    } catch (error) {
      if (error instanceof AuthError) {
        throw new ApiError(error.code === 'network_error' ? 'network_error' : 'unauthenticated', error.message, { cause: error });
      }
      throw error;
    }
  }

  interface Call {
    method?: 'GET' | 'POST' | 'DELETE';
    body?: unknown;
    signal?: AbortSignal;
  }

  async function send(path: string, call: Call, forceRefresh = false): Promise<Response> {
    const bearer = await token(forceRefresh);
    const headers: Record<string, string> = { accept: 'application/json', authorization: `Bearer ${bearer}` };
    const userKey = options.userKey?.(bearer);
    if (userKey) headers[HEADER_USER_KEY] = userKey;
    if (call.body !== undefined) headers['content-type'] = 'application/json';
    try {
      return await fetchFn(baseUrl + path, {
        method: call.method ?? 'GET',
        headers,
        body: call.body === undefined ? undefined : JSON.stringify(call.body),
        signal: call.signal,
      });
    } catch (cause) {
      if (call.signal?.aborted) throw cause;
      throw new ApiError('network_error', 'Upnext cannot be reached. Check your connection.', { cause });
    }
  }

  async function request(path: string, call: Call = {}): Promise<Response> {
    let response = await send(path, call);
    if (response.status === 401) {
      const error = await errorFromResponse(response);
      // A token the server no longer accepts (expired early, keys rotated): renew once, then give up.
      if (error.code !== 'invalid_token') throw error;
      response = await send(path, call, true);
    }
    if (!response.ok) throw await errorFromResponse(response);
    return response;
  }

  async function getJson<T>(path: string, signal?: AbortSignal): Promise<T> {
    const response = await request(path, { signal });
    try {
      return (await response.json()) as T;
    } catch (cause) {
      throw new ApiError('bad_response', 'The server sent an unreadable answer.', { status: response.status, cause });
    }
  }

  const connection = (provider: ProviderId) => `/api/connections/${encodeURIComponent(provider)}`;

  return {
    getMe: (signal) => getJson<MeResponse>('/api/me', signal),
    getProviders: () => (providers ??= fetchClientConfig(fetchFn, options.baseUrl ?? '').then((c) => c.providers, (cause: unknown) => {
      providers = undefined;
      throw new ApiError('network_error', 'Upnext cannot be reached. Check your connection.', { cause });
    })),
    getMeetings(query, signal) {
      const params = new URLSearchParams({ from: query.from.toISOString(), to: query.to.toISOString() });
      if (query.limit !== undefined) params.set('limit', String(query.limit));
      return getJson<MeetingsResponse>(`/api/meetings?${params.toString()}`, signal);
    },
    async connect(provider, connectOptions) {
      await request(connection(provider), { method: 'POST', ...(connectOptions?.auto && { body: { auto: true } }) });
    },
    async completeConnect(provider, answer) {
      await request(`${connection(provider)}/complete`, { method: 'POST', body: { code: answer.code, state: answer.state } });
    },
    async disconnect(provider, scope) {
      await request(scope ? `${connection(provider)}?scope=${scope}` : connection(provider), { method: 'DELETE' });
    },
    search(query, signal) {
      const params = new URLSearchParams({ q: query.q, tz: query.timeZone, locale: query.locale });
      if (query.without?.length) params.set('without', query.without.join(','));
      return getJson<SearchResponse>(`/api/search?${params.toString()}`, signal);
    },
    async joined(meetingId) {
      await request(`/api/meetings/${encodeURIComponent(meetingId)}/joined`, { method: 'POST' });
    },
  };
}
