/**
 * Google Calendar API v3, the part Upnext uses: `GET /calendars/{calendarId}/events` (events.list)
 * with timeMin/timeMax, singleEvents, orderBy, q, maxResults, pageToken and showDeleted, under a
 * bearer token from the demo OAuth server; Google's error JSON for 400, 401, 403, 410, 429 and 5xx.
 */
import { createHash } from 'node:crypto';
import express, { type Request, type Response, type Router } from 'express';
import { apiError } from './errors';
import { GOOGLE_CALENDAR_EVENTS_READONLY, GOOGLE_CALENDAR_READONLY, type DemoGoogleOAuth } from './oauth';
import type { DemoGoogleCalendar } from './calendar';

const RFC3339 = /^\d{4}-\d\d-\d\dT\d\d:\d\d(:\d\d(\.\d+)?)?([zZ]|[+-]\d\d:\d\d)$/;

export function createGoogleCalendarRouter(oauth: DemoGoogleOAuth, calendar: DemoGoogleCalendar): Router {
  const router = express.Router();

  router.get('/calendars/:calendarId/events', async (req: Request, res: Response) => {
    const header = req.get('authorization') ?? '';
    const token = /^Bearer (.+)$/i.exec(header)?.[1];
    if (!token) return apiError(res, 401, 'required', 'Login Required.', 'global', { locationType: 'header', location: 'Authorization' });
    const grant = oauth.access(token);
    if (!grant) return apiError(res, 401, 'authError', 'Invalid Credentials', 'global', { locationType: 'header', location: 'Authorization' });
    calendar.requests.push(grant.account.email);
    if (calendar.latencyMs) await new Promise((r) => setTimeout(r, calendar.latencyMs));
    if (calendar.down) return apiError(res, 503, 'backendError', 'Backend Error');
    const injected = calendar.takeFailure();
    if (injected) {
      const domain = injected.reason.toLowerCase().includes('ratelimit') ? 'usageLimits' : 'global';
      return apiError(res, injected.status, injected.reason, injected.reason === 'rateLimitExceeded' ? 'Rate Limit Exceeded' : injected.reason, domain);
    }
    if (!grant.scopes.includes(GOOGLE_CALENDAR_EVENTS_READONLY) && !grant.scopes.includes(GOOGLE_CALENDAR_READONLY)) {
      return apiError(res, 403, 'insufficientPermissions', 'Request had insufficient authentication scopes.');
    }
    const calendarId = String(req.params.calendarId);
    if (calendarId !== 'primary' && calendarId !== grant.account.email) return apiError(res, 404, 'notFound', 'Not Found');

    const q = req.query as Record<string, unknown>;
    const one = (name: string): string | undefined => (typeof q[name] === 'string' ? (q[name] as string) : undefined);
    const timeMin = one('timeMin');
    const timeMax = one('timeMax');
    for (const [name, value] of [['timeMin', timeMin], ['timeMax', timeMax]] as const) {
      if (value !== undefined && (!RFC3339.test(value) || !Number.isFinite(Date.parse(value)))) {
        return apiError(res, 400, 'invalid', `Bad Request`, 'global', { locationType: 'parameter', location: name });
      }
    }
    const min = timeMin ? Date.parse(timeMin) : -Infinity;
    const max = timeMax ? Date.parse(timeMax) : Infinity;
    if (max <= min) return apiError(res, 400, 'timeRangeEmpty', 'The specified time range is empty.', 'calendar', { locationType: 'parameter', location: 'timeMax' });
    const singleEvents = one('singleEvents') === 'true';
    const orderBy = one('orderBy');
    if (orderBy !== undefined && orderBy !== 'startTime' && orderBy !== 'updated') return apiError(res, 400, 'invalid', 'Invalid value for orderBy.');
    if (orderBy === 'startTime' && !singleEvents) return apiError(res, 400, 'badRequest', 'The requested ordering is not available for the particular query.');
    const maxResults = one('maxResults') === undefined ? 250 : Number(one('maxResults'));
    if (!Number.isInteger(maxResults) || maxResults < 1 || maxResults > 2500) return apiError(res, 400, 'invalid', 'Invalid value for maxResults.');
    const text = one('q')?.toLowerCase();
    const words = (text ?? '').split(/\s+/u).filter(Boolean);
    const showDeleted = one('showDeleted') === 'true';

    const matching = calendar.events(grant.account).filter((s) => {
      if (singleEvents ? s.master : s.seriesId !== undefined) return false;
      if (s.event.status === 'cancelled' && !showDeleted) return false;
      if (!(s.endMs > min && s.startMs < max)) return false;
      // Google's q: every word in the summary, description, location, or an attendee's or the organizer's name or address.
      if (words.length > 0) {
        const e = s.event;
        const fields = [e.summary, e.description, e.location, e.organizer?.displayName, e.organizer?.email, ...(e.attendees ?? []).flatMap((a) => [a.displayName, a.email])]
          .filter((f): f is string => typeof f === 'string')
          .map((f) => f.toLowerCase());
        if (!words.every((w) => fields.some((f) => f.includes(w)))) return false;
      }
      return true;
    });

    // Page tokens name the query and the calendar's generation: a changed calendar makes them stale.
    const queryHash = createHash('sha256').update(JSON.stringify([timeMin, timeMax, singleEvents, orderBy, text, showDeleted, maxResults])).digest('base64url').slice(0, 12);
    let offset = 0;
    const pageToken = one('pageToken');
    if (pageToken !== undefined) {
      const decoded = decodePageToken(pageToken);
      if (!decoded || decoded.h !== queryHash) return apiError(res, 400, 'invalid', 'Invalid pageToken.', 'global', { locationType: 'parameter', location: 'pageToken' });
      if (decoded.g !== calendar.generation) return apiError(res, 410, 'fullSyncRequired', 'The page token is no longer valid; list again.');
      offset = decoded.o;
    }
    const page = matching.slice(offset, offset + maxResults);
    const next = offset + maxResults < matching.length ? encodePageToken({ o: offset + maxResults, g: calendar.generation, h: queryHash }) : undefined;
    res.json(partial(one('fields'), {
      kind: 'calendar#events',
      etag: `"${calendar.generation}"`,
      summary: grant.account.email,
      updated: new Date().toISOString(),
      timeZone: grant.account.person.timeZone,
      accessRole: 'owner',
      defaultReminders: [{ method: 'popup', minutes: 10 }],
      ...(next && { nextPageToken: next }),
      items: page.map((s) => s.event),
    }));
  });

  router.use((_req: Request, res: Response) => apiError(res, 404, 'notFound', 'Not Found'));
  return router;
}

/**
 * Google's partial response (`fields`), at the top level only: `fields=timeZone` answers
 * `{"timeZone": …}`; `nextPageToken,items(id,…)` keeps those two (the events themselves whole).
 */
function partial(fields: string | undefined, body: Record<string, unknown>): Record<string, unknown> {
  if (!fields) return body;
  const names = new Set<string>();
  let depth = 0;
  let name = '';
  for (const ch of `${fields},`) {
    if (ch === '(') depth++;
    else if (ch === ')') depth--;
    else if (ch === ',' && depth === 0) {
      names.add(name.split('/')[0]!.trim());
      name = '';
    } else if (depth === 0) name += ch;
  }
  return Object.fromEntries(Object.entries(body).filter(([key]) => names.has(key)));
}

interface PageToken {
  o: number;
  g: number;
  h: string;
}

function encodePageToken(token: PageToken): string {
  return Buffer.from(JSON.stringify(token)).toString('base64url');
}

function decodePageToken(value: string): PageToken | undefined {
  try {
    const t = JSON.parse(Buffer.from(value, 'base64url').toString('utf8')) as PageToken;
    return Number.isInteger(t.o) && t.o >= 0 && Number.isInteger(t.g) && typeof t.h === 'string' ? t : undefined;
  } catch {
    return undefined;
  }
}
