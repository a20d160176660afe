import type { MeResponse, MeetingsResponse } from '../../shared/api';
import { AuthError } from '../host/errors';
import type { GetTokenOptions } from '../host/types';
import { ApiError, errorFromResponse } from './errors';

export interface MeetingsQuery {
  from: Date;
  to: Date;
  limit?: number;
}

export interface ApiClient {
  getMe(signal?: AbortSignal): Promise<MeResponse>;
  getMeetings(query: MeetingsQuery, signal?: AbortSignal): Promise<MeetingsResponse>;
}

export interface ApiClientOptions {
  getToken(options?: GetTokenOptions): Promise<string>;
  /** Origin of the API; same origin when empty. */
  baseUrl?: string;
  fetch?: typeof fetch;
}

/** Typed calls to our API with the user's bearer token; errors become `ApiError` with the contract's code. */
export function createApiClient(options: ApiClientOptions): ApiClient {
  const baseUrl = options.baseUrl ?? '';
  const fetchFn = options.fetch ?? ((input, init) => fetch(input, init));

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

  async function send(path: string, signal: AbortSignal | undefined, forceRefresh = false): Promise<Response> {
    const bearer = await token(forceRefresh);
    try {
      return await fetchFn(baseUrl + path, {
        headers: { accept: 'application/json', authorization: `Bearer ${bearer}` },
        signal,
      });
    } catch (cause) {
      if (signal?.aborted) throw cause;
      throw new ApiError('network_error', 'Upnext cannot be reached. Check your connection.', { cause });
    }
  }

  async function getJson<T>(path: string, signal?: AbortSignal): Promise<T> {
    let response = await send(path, signal);
    if (response.status === 401) {
      const error = await errorFromResponse(response);
      // A token the server no longer accepts (expired early, keys rotated): renew once, then give up.
      if (error.code !== 'invalid_token') throw error;
      response = await send(path, signal, true);
    }
    if (!response.ok) throw await errorFromResponse(response);
    try {
      return (await response.json()) as T;
    } catch (cause) {
      throw new ApiError('bad_response', 'The server sent an unreadable answer.', { status: response.status, cause });
    }
  }

  return {
    getMe: (signal) => getJson<MeResponse>('/api/me', signal),
    getMeetings(query, signal) {
      const params = new URLSearchParams({ from: query.from.toISOString(), to: query.to.toISOString() });
      if (query.limit !== undefined) params.set('limit', String(query.limit));
      return getJson<MeetingsResponse>(`/api/meetings?${params.toString()}`, signal);
    },
  };
}
