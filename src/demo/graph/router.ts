/** The demo Graph router, mounted at `graphBaseUrl`'s path (…/v1.0): /me, /me/mailboxSettings, /me/calendarView, /me/events/{id}, /$batch and /search/query. */
import express, { type ErrorRequestHandler, type NextFunction, type Request, type Response, type Router } from 'express';
import type { DemoAuthority } from '../idp/authority';
import { authenticateGraph, hasAny, type GraphAuth } from './auth';
import type { DemoCalendar } from './calendar';
import { G, requestIds, sendGraphError } from './errors';
import { present, selectWindow } from './present';
import { lowerKeys, parseCalendarView, parsePrefer, type CalendarViewQuery } from './query';
import { parseSearchRequest, searchResponse } from './search';
import { batchResponses, parseBatch } from './batch';

const CALENDAR_SCOPES = ['Calendars.Read', 'Calendars.ReadBasic', 'Calendars.ReadWrite'];
const MAILBOX_SETTINGS_SCOPES = ['MailboxSettings.Read', 'MailboxSettings.ReadWrite'];
const JSON_TYPE = 'application/json;odata.metadata=minimal;odata.streaming=true;IEEE754Compatible=false;charset=utf-8';

export interface GraphRouterOptions {
  authority: DemoAuthority;
  calendar: DemoCalendar;
  graphBaseUrl: string;
  now: () => number;
}

type Authed = Extract<GraphAuth, { ok: true }>;

export function createGraphRouter(opts: GraphRouterOptions): Router {
  const { authority, calendar, now } = opts;
  const router = express.Router();
  const fail = (req: Request, res: Response, spec: Parameters<typeof sendGraphError>[2]): void => {
    if (spec.status === 401) {
      res.set('WWW-Authenticate', `Bearer realm="", authorization_uri="${authority.config.authorityHost}/common/oauth2/authorize", client_id="00000003-0000-0000-c000-000000000000"`);
    }
    sendGraphError(req, res, spec, now());
  };

  router.use((req, res, next) => {
    requestIds(req, res);
    // Graph answers browsers of any origin; the bearer token is the only credential.
    const origin = req.get('origin');
    if (origin) res.set('Access-Control-Allow-Origin', origin).vary('Origin').set('Access-Control-Expose-Headers', 'request-id, client-request-id, Retry-After, Preference-Applied');
    if (req.method === 'OPTIONS') {
      res.set('Access-Control-Allow-Methods', 'GET, POST, OPTIONS').set('Access-Control-Allow-Headers', req.get('access-control-request-headers') ?? 'authorization').status(204).end();
      return;
    }
    next();
  });

  /** Authenticates, counts, then applies injected latency and failures, like a throttling front door. */
  const gate = async (req: Request, res: Response, next: NextFunction): Promise<void> => {
    const auth = await authenticateGraph(authority, req);
    calendar.record({ method: req.method, path: req.path, oid: auth.ok ? auth.user.oid : undefined });
    if (calendar.latencyMs) await new Promise((r) => setTimeout(r, calendar.latencyMs));
    if (!auth.ok) return fail(req, res, auth.error);
    const injected = calendar.takeFailure();
    if (injected) {
      res.set('Retry-After', String(injected.retryAfterSeconds));
      return fail(req, res, G.throttled(injected.status, injected.retryAfterSeconds));
    }
    res.locals.auth = auth;
    next();
  };

  router.get('/me', gate, (req, res) => {
    const { user, scopes } = res.locals.auth as Authed;
    if (!hasAny(scopes, ['User.Read', 'User.ReadBasic.All'])) return fail(req, res, { status: 403, code: 'Authorization_RequestDenied', message: 'Insufficient privileges to complete the operation.' });
    res.type(JSON_TYPE).send(JSON.stringify({
      '@odata.context': `${opts.graphBaseUrl}/$metadata#users/$entity`,
      id: user.oid, displayName: user.name, userPrincipalName: user.username, mail: user.username,
      givenName: user.name.split(' ')[0] ?? null, surname: user.name.split(' ').slice(1).join(' ') || null,
      jobTitle: null, mobilePhone: null, officeLocation: null, preferredLanguage: 'en-US', businessPhones: [],
    }));
  });

  // GET /me/mailboxSettings and /me/mailboxSettings/timeZone ("Get mailboxSettings"): MailboxSettings.Read
  // or .ReadWrite, else 403 ErrorAccessDenied; the zone in the Windows format, Exchange's default.
  router.get(['/me/mailboxSettings', '/me/mailboxSettings/timeZone'], gate, (req, res) => {
    const { user, scopes } = res.locals.auth as Authed;
    if (!hasAny(scopes, MAILBOX_SETTINGS_SCOPES)) return fail(req, res, G.accessDenied());
    const context = `${opts.graphBaseUrl}/$metadata#users('${user.oid}')/mailboxSettings`;
    if (req.path.endsWith('/timeZone')) {
      res.type(JSON_TYPE).send(JSON.stringify({ '@odata.context': `${context}/timeZone`, value: user.windowsTimeZone }));
      return;
    }
    res.type(JSON_TYPE).send(JSON.stringify({
      '@odata.context': context,
      archiveFolder: null,
      timeZone: user.windowsTimeZone,
      delegateMeetingMessageDeliveryOptions: 'sendToDelegateOutlookOnly',
      dateFormat: 'M/d/yyyy',
      timeFormat: 'h:mm tt',
      userPurpose: 'user',
      automaticRepliesSetting: { status: 'disabled', externalAudience: 'all', internalReplyMessage: '', externalReplyMessage: '' },
      language: { locale: 'en-US', displayName: 'English (United States)' },
      workingHours: {
        daysOfWeek: ['monday', 'tuesday', 'wednesday', 'thursday', 'friday'],
        startTime: '08:00:00.0000000',
        endTime: '17:00:00.0000000',
        timeZone: { name: user.windowsTimeZone },
      },
    }));
  });

  for (const path of ['/me/calendarView', '/me/calendar/calendarView']) {
    router.get(path, gate, (req, res) => {
      const { user, scopes } = res.locals.auth as Authed;
      if (!hasAny(scopes, CALENDAR_SCOPES)) return fail(req, res, G.accessDenied());
      const keys = lowerKeys(req.query as Record<string, unknown>);
      if (!keys.ok) return fail(req, res, keys.error);
      const parsed = parseCalendarView(keys.value);
      if (!parsed.ok) return fail(req, res, parsed.error);
      const q = parsed.value;
      const prefs = parsePrefer(req.headers.prefer ? [req.headers.prefer].flat() : []);
      const all = selectWindow(calendar.stored(user.oid), q);
      const page = all.slice(q.skip, q.skip + q.top).map((e) => present(e, prefs, q.select));
      const context = `${opts.graphBaseUrl}/$metadata#users('${user.oid}')/calendarView${q.select ? `(${q.select.join(',')})` : ''}`;
      const body: Record<string, unknown> = { '@odata.context': context, value: page };
      if (q.skip + q.top < all.length) body['@odata.nextLink'] = nextLink(opts.graphBaseUrl + path, q, q.skip + q.top);
      if (prefs.applied.length) res.set('Preference-Applied', prefs.applied.join(', '));
      res.set('OData-Version', '4.0').type(JSON_TYPE).send(JSON.stringify(body));
    });
  }

  router.get('/me/events/:id', gate, (req, res) => {
    const { user, scopes } = res.locals.auth as Authed;
    if (!hasAny(scopes, CALENDAR_SCOPES)) return fail(req, res, G.accessDenied());
    const keys = lowerKeys(req.query as Record<string, unknown>);
    if (!keys.ok) return fail(req, res, keys.error);
    const select = keys.value.get('$select')?.split(',').map((f) => f.trim()).filter(Boolean) as Parameters<typeof present>[2];
    const stored = calendar.stored(user.oid).find((e) => e.event.id === req.params.id);
    if (!stored) return fail(req, res, { status: 404, code: 'ErrorItemNotFound', message: 'The specified object was not found in the store.' });
    const prefs = parsePrefer(req.headers.prefer ? [req.headers.prefer].flat() : []);
    if (prefs.applied.length) res.set('Preference-Applied', prefs.applied.join(', '));
    res.set('OData-Version', '4.0').type(JSON_TYPE).send(JSON.stringify(present(stored, prefs, select)));
  });

  // JSON batching (json-batching): one call, up to 20 requests.
  router.post(/^\/\$batch$/, express.json({ limit: '64kb' }), gate, (req, res) => {
    const { user, scopes } = res.locals.auth as Authed;
    if (!hasAny(scopes, CALENDAR_SCOPES)) return fail(req, res, G.accessDenied());
    const parsed = parseBatch(req.body);
    if (!parsed.ok) return fail(req, res, parsed.error);
    res.type(JSON_TYPE).send(JSON.stringify(batchResponses(calendar.stored(user.oid), parsed.value)));
  });

  // Microsoft Search API over the user's events (search-concept-events).
  router.post('/search/query', express.json({ limit: '32kb' }), gate, (req, res) => {
    const { user, scopes } = res.locals.auth as Authed;
    if (!hasAny(scopes, CALENDAR_SCOPES)) return fail(req, res, G.accessDenied());
    const parsed = parseSearchRequest(req.body);
    if (!parsed.ok) return fail(req, res, parsed.error);
    res.type(JSON_TYPE).send(JSON.stringify(searchResponse(calendar.stored(user.oid), parsed.value, `${opts.graphBaseUrl}/$metadata#search`)));
  });

  router.use((req, res) => {
    const segment = req.path.split('/').filter(Boolean).pop() ?? '';
    fail(req, res, G.badRequest(`Resource not found for the segment '${segment}'.`));
  });
  const onError: ErrorRequestHandler = (_err, req, res, _next) => fail(req, res, G.internal());
  router.use(onError);
  return router;
}

/** Graph's calendarView pages with `$skip`, keeping every other option of the first request. */
function nextLink(base: string, q: CalendarViewQuery, skip: number): string {
  const parts = [
    `startDateTime=${encodeURIComponent(q.startRaw)}`,
    `endDateTime=${encodeURIComponent(q.endRaw)}`,
  ];
  if (q.select) parts.push(`$select=${q.select.join(',')}`);
  if (q.orderByRaw !== undefined) parts.push(`$orderby=${encodeURIComponent(q.orderByRaw)}`);
  parts.push(`$top=${q.top}`, `$skip=${skip}`);
  return `${base}?${parts.join('&')}`;
}
