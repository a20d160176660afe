/**
 * Graph's JSON batching (`POST /$batch`, json-batching): up to 20 requests, each with a unique
 * `id`, answered as `{responses: [{id, status, headers, body}]}`. The demo serves the requests
 * search hydration sends (`GET /me/events/{id}` with `$select`); anything else in a batch answers
 * 400 inside the batch, as an unsupported request would.
 */
import { G, type GraphErrorSpec } from './errors';
import { present } from './present';
import { parsePrefer } from './query';
import type { StoredEvent } from './types';

export const MAX_BATCH = 20;

type Parsed<T> = { ok: true; value: T } | { ok: false; error: GraphErrorSpec };

interface BatchRequest {
  id: string;
  method: string;
  url: string;
  headers: Record<string, string>;
}

export function parseBatch(body: unknown): Parsed<BatchRequest[]> {
  const requests = (body as { requests?: unknown })?.requests;
  if (!Array.isArray(requests) || requests.length === 0) return { ok: false, error: G.badRequest('Invalid batch payload format.') };
  if (requests.length > MAX_BATCH) return { ok: false, error: G.badRequest(`The number of batch requests cannot exceed ${MAX_BATCH}.`) };
  const out: BatchRequest[] = [];
  for (const r of requests as Array<Record<string, unknown>>) {
    if (typeof r?.id !== 'string' || !r.id || typeof r.method !== 'string' || typeof r.url !== 'string') {
      return { ok: false, error: G.badRequest('Each batch request needs an id, a method and a url.') };
    }
    if (out.some((o) => o.id.toLowerCase() === (r.id as string).toLowerCase())) return { ok: false, error: G.badRequest('Batch request ids must be unique.') };
    const headers = r.headers && typeof r.headers === 'object' ? (r.headers as Record<string, string>) : {};
    out.push({ id: r.id, method: r.method.toUpperCase(), url: r.url, headers });
  }
  return { ok: true, value: out };
}

export function batchResponses(events: readonly StoredEvent[], requests: readonly BatchRequest[]): Record<string, unknown> {
  const json = { 'Content-Type': 'application/json' };
  const error = (id: string, spec: GraphErrorSpec) => ({ id, status: spec.status, headers: json, body: { error: { code: spec.code, message: spec.message } } });
  return {
    responses: requests.map((r) => {
      const url = new URL(r.url.startsWith('/') ? r.url : `/${r.url}`, 'http://batch.invalid');
      const match = /^\/me\/events\/([^/]+)$/.exec(url.pathname);
      if (r.method !== 'GET' || !match) return error(r.id, G.badRequest(`The demo batch serves GET /me/events/{id} only, not ${r.method} ${url.pathname}.`));
      const id = decodeURIComponent(match[1]!);
      const stored = events.find((e) => e.event.id === id);
      if (!stored) return error(r.id, { status: 404, code: 'ErrorItemNotFound', message: 'The specified object was not found in the store.' });
      const select = url.searchParams.get('$select')?.split(',').map((f) => f.trim()).filter(Boolean) as Parameters<typeof present>[2];
      const prefer = Object.entries(r.headers).find(([k]) => k.toLowerCase() === 'prefer')?.[1];
      return { id: r.id, status: 200, headers: json, body: present(stored, parsePrefer(prefer ? [prefer] : []), select) };
    }),
  };
}
