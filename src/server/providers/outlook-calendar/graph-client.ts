import { AppError } from '../../errors/app-error';
import { KeyedSemaphore } from '../../lib/semaphore';

export interface GraphClientOptions {
  baseUrl: string;
  /** Retries after 429/503/504 before giving up. */
  maxRetries?: number;
  /** A longer Retry-After than this is not waited for: the caller hears rate_limited instead. */
  maxRetryAfterMs?: number;
  /** Graph's own guidance: no more than 4 concurrent requests per mailbox. */
  concurrencyPerMailbox?: number;
  /** Pages followed at the most, so a misbehaving server cannot keep us looping. */
  maxPages?: number;
  timeoutMs?: number;
  sleep?: (ms: number) => Promise<void>;
  fetch?: typeof fetch;
  /** Each HTTP call's outcome (`ok`, `throttled`, `unavailable`, `refused`, `error`) and duration, for metrics. */
  onCall?: (outcome: string, seconds: number) => void;
}

/** Thrown when Graph refuses the token itself; the caller asks the injector for a fresh one. */
export class GraphAuthError extends Error {
  constructor() {
    super('Graph refused the access token');
    this.name = 'GraphAuthError';
  }
}

const RETRYABLE = new Set([429, 503, 504]);

/**
 * A minimal Graph client: GET with paging, Retry-After and a per-mailbox concurrency limit.
 * `@odata.nextLink` is followed only on Graph's own origin, so a token never travels elsewhere.
 */
export function createGraphClient(options: GraphClientOptions) {
  const doFetch = options.fetch ?? fetch;
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)));
  const maxRetries = options.maxRetries ?? 3;
  const maxRetryAfterMs = options.maxRetryAfterMs ?? 10_000;
  const maxPages = options.maxPages ?? 20;
  const semaphore = new KeyedSemaphore(options.concurrencyPerMailbox ?? 4);
  const origin = new URL(options.baseUrl).origin;

  const observe = (outcome: string, started: number) => options.onCall?.(outcome, (performance.now() - started) / 1000);

  async function getOnce(url: string, accessToken: string, headers: Record<string, string>, body?: unknown): Promise<Record<string, unknown>> {
    for (let attempt = 0; ; attempt++) {
      let res: Response;
      const started = performance.now();
      try {
        res = await doFetch(url, {
          method: body === undefined ? 'GET' : 'POST',
          headers: { ...headers, authorization: `Bearer ${accessToken}`, accept: 'application/json', ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
          body: body === undefined ? undefined : JSON.stringify(body),
          signal: AbortSignal.timeout(options.timeoutMs ?? 15_000),
        });
      } catch (err) {
        observe('unreachable', started);
        throw new AppError('provider_unavailable', 'Your calendar could not be reached.', { cause: err, status: 503, retryAfterSeconds: 5 });
      }
      observe(res.ok ? 'ok' : res.status === 401 || res.status === 403 ? 'refused' : RETRYABLE.has(res.status) ? 'throttled' : 'error', started);
      if (res.ok) {
        const body = (await res.json().catch(() => undefined)) as Record<string, unknown> | undefined;
        if (body && typeof body === 'object') return body;
        throw new AppError('provider_unavailable', 'Your calendar answered something that is not JSON.', { status: 502 });
      }
      await res.body?.cancel().catch(() => undefined);
      if (res.status === 401) throw new GraphAuthError();
      if (RETRYABLE.has(res.status)) {
        const waitMs = retryAfterMs(res.headers.get('retry-after'), attempt);
        if (attempt < maxRetries && waitMs <= maxRetryAfterMs) {
          await sleep(waitMs);
          continue;
        }
        const retryAfterSeconds = Math.ceil(waitMs / 1000);
        if (res.status === 429) throw new AppError('rate_limited', 'Your calendar service is throttling requests; try again shortly.', { retryAfterSeconds });
        throw new AppError('provider_unavailable', 'Your calendar service is unavailable; try again shortly.', { status: 503, retryAfterSeconds });
      }
      if (res.status === 403) throw new AppError('forbidden', 'Your calendar refused access to this mailbox.');
      throw new AppError('provider_unavailable', `Your calendar answered an unexpected status (${res.status}).`, { status: 502 });
    }
  }

  return {
    /** One GET of a single resource (a path under the base URL). */
    get(mailboxKey: string, path: string, accessToken: string, headers: Record<string, string> = {}): Promise<Record<string, unknown>> {
      return semaphore.use(mailboxKey, () => getOnce(`${options.baseUrl}${path}`, accessToken, headers));
    },
    /** One POST with a JSON body (the Search API), with the same retries and limits. */
    post(mailboxKey: string, path: string, accessToken: string, body: unknown): Promise<Record<string, unknown>> {
      return semaphore.use(mailboxKey, () => getOnce(`${options.baseUrl}${path}`, accessToken, {}, body));
    },
    /**
     * Every item of a collection, following nextLink until `limit` items or the last page. A link
     * seen before ends the walk (a looping server); a page whose `value` is not an array is a 502.
     */
    async listAll<T>(mailboxKey: string, path: string, accessToken: string, headers: Record<string, string>, limit: number): Promise<T[]> {
      const items: T[] = [];
      const visited = new Set<string>();
      let url: string | undefined = `${options.baseUrl}${path}`;
      for (let page = 0; url && page < maxPages && items.length < limit; page++) {
        const current: string = url;
        visited.add(current);
        const body = await semaphore.use(mailboxKey, () => getOnce(current, accessToken, headers));
        if (!Array.isArray(body.value)) throw new AppError('provider_unavailable', 'Your calendar answered a page Upnext could not read.', { status: 502 });
        items.push(...(body.value as T[]));
        const next = body['@odata.nextLink'];
        url = typeof next === 'string' && safeNext(next) && !visited.has(next) ? next : undefined;
      }
      return items.slice(0, limit);
    },
  };

  function safeNext(next: string): boolean {
    try {
      return new URL(next).origin === origin;
    } catch {
      return false;
    }
  }
}

export type GraphClient = ReturnType<typeof createGraphClient>;

function retryAfterMs(header: string | null, attempt: number): number {
  const seconds = header === null ? NaN : Number(header);
  if (Number.isFinite(seconds) && seconds >= 0) return seconds * 1000;
  const date = header ? Date.parse(header) : NaN;
  if (Number.isFinite(date)) return Math.max(0, date - Date.now());
  return Math.min(8000, 500 * 2 ** attempt); // no hint: exponential backoff
}
