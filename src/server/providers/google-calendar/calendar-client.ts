import { AppError } from '../../errors/app-error';
import { EVENTS_FIELDS, type GoogleEvent } from './google-event';

export interface CalendarClientOptions {
  baseUrl: string;
  /** Retries after a rate limit (403 rateLimitExceeded / userRateLimitExceeded, 429) or a 5xx. */
  maxRetries?: number;
  /** Pages followed at the most. */
  maxPages?: number;
  timeoutMs?: number;
  sleep?: (ms: number) => Promise<void>;
  random?: () => number;
  fetch?: typeof fetch;
  /** Each HTTP call's outcome (`ok`, `throttled`, `unavailable`, `refused`, `error`) and duration, for metrics. */
  onCall?: (outcome: string, seconds: number) => void;
}

/** Google refused the token itself (401): the caller asks its token source for a fresh one. */
export class GoogleAuthError extends Error {
  constructor() {
    super('Google refused the access token');
    this.name = 'GoogleAuthError';
  }
}

const RATE_REASONS = new Set(['rateLimitExceeded', 'userRateLimitExceeded', 'quotaExceeded']);

export interface ListRange {
  timeMin: string;
  timeMax: string;
  limit: number;
  /** Free text Google matches itself (summary, description, location, attendees, organizer). */
  q?: string;
  /** Partial response fields; the list's when absent. */
  fields?: string;
}

/**
 * Google Calendar `events.list` on the primary calendar: recurrences expanded (`singleEvents`), in
 * start order, only the mapped fields, following `nextPageToken` for a bounded number of pages;
 * rate limits and 5xx back off exponentially with jitter (Google's guidance), a bounded number of times.
 */
export function createCalendarClient(options: CalendarClientOptions) {
  const doFetch = options.fetch ?? fetch;
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)));
  const random = options.random ?? Math.random;
  const maxRetries = options.maxRetries ?? 3;
  const maxPages = options.maxPages ?? 10;

  async function page(url: string, accessToken: string): Promise<Record<string, unknown>> {
    for (let attempt = 0; ; attempt++) {
      let res: Response;
      const started = performance.now();
      const observe = (outcome: string) => options.onCall?.(outcome, (performance.now() - started) / 1000);
      try {
        res = await doFetch(url, {
          headers: { authorization: `Bearer ${accessToken}`, accept: 'application/json' },
          signal: AbortSignal.timeout(options.timeoutMs ?? 15_000),
        });
      } catch (err) {
        observe('unavailable');
        throw new AppError('provider_unavailable', 'Google Calendar could not be reached.', { cause: err, status: 503 });
      }
      const body = (await res.json().catch(() => undefined)) as Record<string, unknown> | undefined;
      const reason = reasonOf(body);
      const throttled = res.status === 429 || (res.status === 403 && RATE_REASONS.has(reason ?? ''));
      observe(res.ok ? 'ok' : throttled ? 'throttled' : res.status === 401 || res.status === 403 ? 'refused' : res.status >= 500 ? 'unavailable' : 'error');
      if (res.ok) {
        if (body && typeof body === 'object') return body;
        throw new AppError('provider_unavailable', 'Google Calendar answered something that is not JSON.', { status: 502 });
      }
      if (res.status === 401) throw new GoogleAuthError();
      if (throttled || res.status >= 500) {
        if (attempt < maxRetries) {
          await sleep(backoffMs(attempt, random));
          continue;
        }
        if (throttled) throw new AppError('rate_limited', 'Google Calendar is throttling requests; try again shortly.', { retryAfterSeconds: 30 });
        throw new AppError('provider_unavailable', 'Google Calendar is unavailable; try again shortly.', { status: 503, retryAfterSeconds: 30 });
      }
      if (res.status === 410) throw new StalePageError();
      if (res.status === 403) throw new AppError('forbidden', 'Google Calendar refused access to this calendar.');
      throw new AppError('provider_unavailable', `Google Calendar answered an unexpected status (${res.status}).`, { status: 502 });
    }
  }

  return {
    /**
     * The primary calendar's zone: `events.list` answers it as `timeZone` beside the events, so one
     * event and that field cost one small call under the events scope Upnext already holds
     * (`settings/timezone` and `calendars/primary` would need `calendar.readonly` or
     * `calendar.settings.readonly`, and so a new consent from every person).
     */
    async calendarTimeZone(accessToken: string): Promise<string | undefined> {
      const query = new URLSearchParams({ maxResults: '1', fields: 'timeZone' });
      const body = await page(`${options.baseUrl}/calendars/primary/events?${query.toString()}`, accessToken);
      return typeof body.timeZone === 'string' ? body.timeZone : undefined;
    },
    /** Events of the primary calendar in the range, at most `limit`; a stale page token restarts once. */
    async listEvents(range: ListRange, accessToken: string): Promise<GoogleEvent[]> {
      for (let restart = 0; ; restart++) {
        try {
          return await listOnce(range, accessToken);
        } catch (err) {
          if (!(err instanceof StalePageError)) throw err;
          if (restart >= 1) throw new AppError('provider_unavailable', 'Google Calendar kept changing while Upnext read it; try again.', { status: 503, retryAfterSeconds: 1 });
        }
      }
    },
  };

  async function listOnce(range: ListRange, accessToken: string): Promise<GoogleEvent[]> {
    const items: GoogleEvent[] = [];
    let pageToken: string | undefined;
    for (let n = 0; n < maxPages && items.length < range.limit; n++) {
      const query = new URLSearchParams({
        timeMin: range.timeMin,
        timeMax: range.timeMax,
        singleEvents: 'true',
        orderBy: 'startTime',
        maxResults: String(Math.min(250, range.limit)),
        fields: range.fields ?? EVENTS_FIELDS,
      });
      if (range.q) query.set('q', range.q);
      if (pageToken) query.set('pageToken', pageToken);
      const body = await page(`${options.baseUrl}/calendars/primary/events?${query.toString()}`, accessToken);
      if (Array.isArray(body.items)) items.push(...(body.items as GoogleEvent[]));
      pageToken = typeof body.nextPageToken === 'string' && body.nextPageToken ? body.nextPageToken : undefined;
      if (!pageToken) break;
    }
    return items.slice(0, range.limit);
  }
}

export type CalendarClient = ReturnType<typeof createCalendarClient>;

/** 410 Gone: the page token no longer fits the calendar; the listing starts over. */
class StalePageError extends Error {}

/** Google's error JSON: `{error: {code, message, errors: [{domain, reason, message}]}}`. */
function reasonOf(body: Record<string, unknown> | undefined): string | undefined {
  const error = body?.error as { errors?: Array<{ reason?: unknown }> } | undefined;
  const reason = Array.isArray(error?.errors) ? error.errors[0]?.reason : undefined;
  return typeof reason === 'string' ? reason : undefined;
}

/** Exponential backoff with full jitter: up to 0.5 s, 1 s, 2 s … capped at 8 s. */
function backoffMs(attempt: number, random: () => number): number {
  return Math.round(random() * Math.min(8000, 500 * 2 ** attempt));
}
