/**
 * The Microsoft Search API for events (`POST /search/query`, entityTypes `event`), as its
 * documentation describes it: one request, `query.queryString`, `from` / `size` paging (at most
 * 25 events a page, `from` 0 first), hits sorted by date with a summary and an `event` resource.
 * Without `fields` the resource is the documented default set (start, end, hasAttachments,
 * iCalUId, isAllDay, sensitivity, subject, type); with `fields` it is those event properties, as
 * `$select` would give them, and a name that is no event property is silently ignored.
 */
import { G, type GraphErrorSpec } from './errors';
import { graphDateTime } from './timezones';
import type { GraphEvent, StoredEvent } from './types';

export const MAX_EVENT_PAGE = 25;

type Parsed<T> = { ok: true; value: T } | { ok: false; error: GraphErrorSpec };

interface EventSearch {
  terms: string[];
  from: number;
  size: number;
  /** Event properties asked for by `fields`; undefined: the default set. */
  fields?: Array<keyof GraphEvent>;
}

const DEFAULT_FIELDS: ReadonlyArray<keyof GraphEvent> = ['start', 'end', 'hasAttachments', 'iCalUId', 'isAllDay', 'sensitivity', 'subject', 'type'];

const fold = (s: string) => s.normalize('NFKD').replace(/\p{M}+/gu, '').toLowerCase();

export function parseSearchRequest(body: unknown): Parsed<EventSearch> {
  const requests = (body as { requests?: unknown })?.requests;
  if (!Array.isArray(requests) || requests.length === 0) return { ok: false, error: G.badRequest('Requests must contain at least one request.') };
  if (requests.length > 1) return { ok: false, error: G.badRequest('Only one request is supported for entity type event.') };
  const r = requests[0] as { entityTypes?: unknown; query?: { queryString?: unknown }; from?: unknown; size?: unknown; fields?: unknown };
  if (!Array.isArray(r.entityTypes) || r.entityTypes.length !== 1 || r.entityTypes[0] !== 'event') {
    return { ok: false, error: G.badRequest('entityTypes must be ["event"] here; events cannot be combined with other entity types.') };
  }
  const queryString = r.query?.queryString;
  if (typeof queryString !== 'string' || queryString.trim() === '' || queryString.length > 1000) return { ok: false, error: G.badRequest('query.queryString is required.') };
  const from = r.from ?? 0;
  const size = r.size ?? MAX_EVENT_PAGE;
  if (!Number.isInteger(from) || (from as number) < 0) return { ok: false, error: G.badRequest('from must be a non-negative integer.') };
  if (!Number.isInteger(size) || (size as number) < 1 || (size as number) > MAX_EVENT_PAGE) {
    return { ok: false, error: G.badRequest(`size must be between 1 and ${MAX_EVENT_PAGE} for entity type event.`) };
  }
  if (r.fields !== undefined && (!Array.isArray(r.fields) || r.fields.some((f) => typeof f !== 'string'))) return { ok: false, error: G.badRequest('fields must be a collection of strings.') };
  const terms = fold(queryString).split(/\s+/u).filter(Boolean);
  const value: EventSearch = { terms, from: from as number, size: size as number };
  if (r.fields) value.fields = r.fields as Array<keyof GraphEvent>;
  return { ok: true, value };
}

/** Every term in the subject, body preview, location, organizer or attendee names; most recent first. */
export function searchResponse(events: readonly StoredEvent[], q: EventSearch, contextUrl: string): Record<string, unknown> {
  const matching = events
    .filter((s) => {
      const e = s.event;
      const haystack = fold([e.subject, e.bodyPreview, e.location.displayName, e.organizer.emailAddress.name, ...e.attendees.map((a) => a.emailAddress.name)].join('\n'));
      return q.terms.every((t) => haystack.includes(t));
    })
    .sort((a, b) => b.startMs - a.startMs || a.event.id.localeCompare(b.event.id));
  const page = matching.slice(q.from, q.from + q.size);
  return {
    '@odata.context': contextUrl,
    value: [
      {
        '@odata.type': '#microsoft.graph.searchResponse',
        searchTerms: q.terms,
        hitsContainers: [
          {
            '@odata.type': '#microsoft.graph.searchHitsContainer',
            hits: page.map((s, i) => ({
              '@odata.type': '#microsoft.graph.searchHit',
              hitId: s.event.id,
              rank: q.from + i + 1,
              summary: s.event.bodyPreview.slice(0, 160),
              resource: resourceOf(s, q.fields ?? DEFAULT_FIELDS),
            })),
            total: matching.length,
            moreResultsAvailable: q.from + page.length < matching.length,
          },
        ],
      },
    ],
  };
}

/** A hit's event: the asked properties that events have (others silently ignored), times in UTC. */
function resourceOf(stored: StoredEvent, fields: ReadonlyArray<keyof GraphEvent>): Record<string, unknown> {
  const e = stored.event;
  const out: Record<string, unknown> = { '@odata.type': '#microsoft.graph.event' };
  for (const f of fields) {
    if (!Object.hasOwn(e, f) || f === '@odata.etag') continue;
    if (f === 'start' || f === 'end') {
      // All-day events float: their dates as stored; others the instant in UTC.
      const ms = f === 'start' ? stored.startMs : stored.endMs;
      out[f] = e.isAllDay ? { dateTime: e[f].dateTime, timeZone: 'UTC' } : { dateTime: `${graphDateTime(ms, 'UTC').slice(0, 19)}Z`, timeZone: 'UTC' };
    } else out[f] = structuredClone(e[f]);
  }
  return out;
}
