import type { SearchCandidate } from '../../search/candidate';
import type { ParsedQuery } from '../../search/query/types';
import type { SearchWindow } from '../../search/search-source';
import { AppError } from '../../errors/app-error';
import { GraphAuthError, type GraphClient } from './graph-client';
import { EVENT_FIELDS, type GraphEvent } from './graph-event';

/** Search API pages for events are at most 25 hits; two pages are plenty for a search box. */
const HIT_PAGE = 25;
const MAX_HIT_PAGES = 2;
/** Hits fetched in full (attendees, location, join link), 20 to a JSON batch. */
const MAX_HYDRATED = 40;
const BATCH = 20;
const SEARCH_FIELDS = [...EVENT_FIELDS, 'attendees', 'seriesMasterId', 'iCalUId', 'type'].join(',');
const PREFER = { prefer: 'outlook.timezone="UTC", outlook.body-content-type="html"' };

export interface SearchEvent extends GraphEvent {
  attendees?: Array<{ emailAddress?: { name?: string | null; address?: string | null } }> | null;
  seriesMasterId?: string | null;
  iCalUId?: string | null;
}

/**
 * The Outlook side of a search. A window with a date, or a query with no words: calendarView over
 * it (recurrences expanded), filtered later by SearchService — never `$filter=contains(subject,…)`,
 * which Graph answers with a 500 when an event has no subject. Words without a date: the
 * Microsoft Search API over past and future (`POST /search/query`, entityTypes event, `from` 0
 * then paging, `size` 25), the hits then fetched in JSON batches of 20 for what the card and
 * matching need.
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
  const ids: string[] = [];
  for (let page = 0; page < MAX_HIT_PAGES; page++) {
    const body = await graph.post(mailbox, '/search/query', token, {
      requests: [{ entityTypes: ['event'], query: { queryString: words }, from: page * HIT_PAGE, size: HIT_PAGE }],
    });
    const container = readContainer(body);
    ids.push(...container.hits);
    if (!container.more) break;
  }
  // Hits carry no attendees, location or join link: fetch them, 20 to a JSON batch (one call each).
  const wanted = [...new Set(ids)].slice(0, MAX_HYDRATED);
  const events: SearchEvent[] = [];
  for (let i = 0; i < wanted.length; i += BATCH) {
    const requests = wanted.slice(i, i + BATCH).map((id, k) => ({
      id: String(k + 1),
      method: 'GET',
      url: `/me/events/${encodeURIComponent(id)}?$select=${SEARCH_FIELDS}`,
      headers: { Prefer: PREFER.prefer },
    }));
    const body = await graph.post(mailbox, '/$batch', token, { requests });
    events.push(...readBatch(body));
  }
  return events;
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

function readContainer(body: Record<string, unknown>): { hits: string[]; more: boolean } {
  const response = Array.isArray(body.value) ? (body.value[0] as Record<string, unknown> | undefined) : undefined;
  const container = Array.isArray(response?.hitsContainers) ? (response.hitsContainers[0] as Record<string, unknown> | undefined) : undefined;
  const hits = Array.isArray(container?.hits) ? container.hits : [];
  return {
    hits: hits.map((h) => (h as { hitId?: unknown }).hitId).filter((id): id is string => typeof id === 'string' && id.length > 0 && id.length < 1024),
    more: container?.moreResultsAvailable === true,
  };
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
