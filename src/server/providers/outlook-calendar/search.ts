import type { SearchCandidate } from '../../search/candidate';
import type { ParsedQuery } from '../../search/query/types';
import type { SearchWindow } from '../../search/search-source';
import { AppError } from '../../errors/app-error';
import { GraphAuthError, type GraphClient } from './graph-client';
import { EVENT_FIELDS, type GraphEvent } from './graph-event';

/** Search API pages for events are at most 25 hits; two pages are plenty for a search box. */
const HIT_PAGE = 25;
const MAX_HIT_PAGES = 2;
/** Hits fetched in full when the Search API left out what we asked for, 20 to a JSON batch. */
const BATCH = 20;
const SEARCH_PROPERTIES = [...EVENT_FIELDS, 'attendees', 'iCalUId', 'type'];
const SEARCH_FIELDS = SEARCH_PROPERTIES.join(',');
const PREFER = { prefer: 'outlook.timezone="UTC", outlook.body-content-type="html"' };

export interface SearchEvent extends GraphEvent {
  attendees?: Array<{ emailAddress?: { name?: string | null; address?: string | null } }> | null;
  iCalUId?: string | null;
}

/**
 * The Outlook side of a search. A window with a date, or a query with no words: calendarView over
 * it (recurrences expanded), filtered later by SearchService — never `$filter=contains(subject,…)`,
 * which Graph answers with a 500 when an event has no subject. Words without a date: the
 * Microsoft Search API over past and future (`POST /search/query`, entityTypes event, `from` 0
 * then paging, `size` 25), asking in `fields` for every property the card and matching need, so
 * each page of hits is one call. A hit that still comes back without its times (Microsoft does
 * not list which event properties are retrievable) is fetched in a JSON batch of 20: correct,
 * and one more call only when that happens.
 */
export async function searchOutlookEvents(graph: GraphClient, mailbox: string, token: string, q: ParsedQuery, window: SearchWindow): Promise<SearchEvent[]> {
  const words = [q.text, ...q.people].join(' ').trim();
  if (!window.dateless || words === '') {
    const params = new URLSearchParams({
      startDateTime: window.from.toISOString(),
      endDateTime: window.to.toISOString(),
      $select: SEARCH_FIELDS,
      $orderby: 'start/dateTime',
      $top: '50',
    });
    return graph.listAll<SearchEvent>(mailbox, `/me/calendarView?${params.toString()}`, token, PREFER, 500);
  }
  const events = new Map<string, SearchEvent>();
  const partial: string[] = [];
  for (let page = 0; page < MAX_HIT_PAGES; page++) {
    const body = await graph.post(mailbox, '/search/query', token, {
      requests: [{ entityTypes: ['event'], query: { queryString: words }, from: page * HIT_PAGE, size: HIT_PAGE, fields: SEARCH_PROPERTIES }],
    });
    const container = readContainer(body);
    for (const hit of container.hits) {
      if (events.has(hit.id) || partial.includes(hit.id)) continue;
      const { start, end } = hit.event;
      if (start && end) events.set(hit.id, { ...hit.event, start, end, id: hit.id });
      else partial.push(hit.id);
    }
    if (!container.more) break;
  }
  for (let i = 0; i < partial.length; i += BATCH) {
    const requests = partial.slice(i, i + BATCH).map((id, k) => ({
      id: String(k + 1),
      method: 'GET',
      url: `/me/events/${encodeURIComponent(id)}?$select=${SEARCH_FIELDS}`,
      headers: { Prefer: PREFER.prefer },
    }));
    const body = await graph.post(mailbox, '/$batch', token, { requests });
    for (const event of readBatch(body)) events.set(event.id, event);
  }
  return [...events.values()];
}

/** The events of a batch answer; a refused token or throttling fails the search, a vanished hit is skipped. */
function readBatch(body: Record<string, unknown>): SearchEvent[] {
  const responses = Array.isArray(body.responses) ? (body.responses as Array<{ status?: unknown; body?: unknown }>) : [];
  const out: SearchEvent[] = [];
  for (const r of responses) {
    if (r.status === 200 && r.body && typeof r.body === 'object') out.push(r.body as SearchEvent);
    else if (r.status === 401) throw new GraphAuthError();
    else if (r.status === 429) throw new AppError('rate_limited', 'Your calendar service is throttling requests; try again shortly.', { retryAfterSeconds: 5 });
    else if (r.status === 503 || r.status === 504) throw new AppError('provider_unavailable', 'Your calendar service is unavailable; try again shortly.', { status: 503 });
  }
  return out;
}

function readContainer(body: Record<string, unknown>): { hits: Array<{ id: string; event: Partial<SearchEvent> }>; more: boolean } {
  const response = Array.isArray(body.value) ? (body.value[0] as Record<string, unknown> | undefined) : undefined;
  const container = Array.isArray(response?.hitsContainers) ? (response.hitsContainers[0] as Record<string, unknown> | undefined) : undefined;
  const hits = Array.isArray(container?.hits) ? (container.hits as Array<{ hitId?: unknown; resource?: unknown }>) : [];
  const out: Array<{ id: string; event: Partial<SearchEvent> }> = [];
  for (const h of hits) {
    if (typeof h.hitId !== 'string' || h.hitId.length === 0 || h.hitId.length >= 1024) continue;
    out.push({ id: h.hitId, event: h.resource && typeof h.resource === 'object' ? (h.resource as Partial<SearchEvent>) : {} });
  }
  return { hits: out, more: container?.moreResultsAvailable === true };
}

/** A Graph event as a search candidate: the Meeting plus attendees and series, for matching and the graph. */
export function toCandidate(event: SearchEvent, meeting: SearchCandidate['meeting']): SearchCandidate {
  const attendees = (event.attendees ?? []).map((a) => ({ name: a.emailAddress?.name ?? undefined, email: a.emailAddress?.address ?? undefined }));
  const candidate: SearchCandidate = { meeting, attendees };
  const organizerEmail = event.organizer?.emailAddress?.address;
  if (organizerEmail) candidate.organizerEmail = organizerEmail;
  const series = event.seriesMasterId ?? event.iCalUId;
  if (series) candidate.seriesId = series;
  return candidate;
}
