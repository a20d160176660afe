import type { Meeting } from '../../../shared/api';
import { ianaZone } from '../../../shared/windows-zones';
import { AppError } from '../../errors/app-error';
import type { OpaqueIds, SeriesKeys } from '../../lib/opaque-id';
import { byStart, type Adopter, type AdopterCall, type TimeRange, withToken, type AuthRefusal, unlessForbidden } from '../adopter';
import { GraphAuthError, type GraphClient } from './graph-client';
import { EVENT_FIELDS, type GraphEvent } from './graph-event';
import { mapGraphEvent } from './map-event';
import { searchOutlookEvents, toCandidate } from './search';
import type { SearchCandidate } from '../../search/candidate';
import type { ParsedQuery } from '../../search/query/types';
import type { SearchWindow } from '../../search/search-source';

/** Graph answers a refused token with 401, which the client raises as GraphAuthError. */
const REFUSAL: AuthRefusal = { is: (err) => err instanceof GraphAuthError, message: 'Your calendar refused Upnext’s access; connect again.' };

const PAGE_SIZE = 50;

/** Outlook Calendar through Microsoft Graph `calendarView` (recurrences expanded by Graph). */
export class OutlookCalendarAdopter implements Adopter {
  readonly id = 'outlook-calendar' as const;

  constructor(
    private readonly graph: GraphClient,
    private readonly opaqueIds: OpaqueIds,
    /** An event that could not be read was left out; its opaque id (when it has one) and why. */
    private readonly onSkippedEvent: (opaqueId: string | undefined, reason: string) => void = () => undefined,
    private readonly seriesKeys?: SeriesKeys,
  ) {}

  async upcomingMeetings(call: AdopterCall, range: TimeRange, limit: number): Promise<Meeting[]> {
    const query = new URLSearchParams({
      startDateTime: range.from.toISOString(),
      endDateTime: range.to.toISOString(),
      $select: EVENT_FIELDS.join(','),
      $orderby: 'start/dateTime',
      $top: String(Math.min(PAGE_SIZE, limit)),
    });
    const { tid, oid } = call.account;
    const events = await withToken(call.tokens, REFUSAL, (token) =>
      this.graph.listAll<GraphEvent>(
        `${tid}:${oid}`,
        `/me/calendarView?${query.toString()}`,
        token,
        { prefer: 'outlook.timezone="UTC", outlook.body-content-type="html"' },
        limit,
      ),
    );
    const meetings: Meeting[] = [];
    // One unreadable event is left out (and counted), not the whole list; a repeated one is shown once.
    const seen = new Set<string>();
    for (const event of events) {
      if (typeof event?.id !== 'string') {
        this.onSkippedEvent(undefined, 'no id');
        continue;
      }
      if (seen.has(event.id)) continue;
      seen.add(event.id);
      const opaqueId = this.opaqueIds(this.id, tid, oid, event.id);
      if (!event.start || !event.end) {
        this.onSkippedEvent(opaqueId, 'no start or end');
        continue;
      }
      try {
        const meeting = mapGraphEvent(event, opaqueId);
        const series = event.seriesMasterId;
        if (series && this.seriesKeys) meeting.seriesKey = this.seriesKeys(tid, this.id, series);
        meetings.push(meeting);
      } catch (err) {
        this.onSkippedEvent(opaqueId, err instanceof Error ? err.message : 'unreadable');
      }
    }
    return meetings.sort(byStart);
  }

  /**
   * The mailbox's zone: `GET /me/mailboxSettings/timeZone` (`{value}`), a Windows name by default
   * ("Pacific Standard Time") or IANA, as the administrator set the mailbox server up. It needs
   * `MailboxSettings.Read`, which older grants lack: Graph's 403 then means "not known".
   */
  async calendarTimeZone(call: AdopterCall): Promise<string | undefined> {
    const { tid, oid } = call.account;
    const body = await unlessForbidden(withToken(call.tokens, REFUSAL, (token) => this.graph.get(`${tid}:${oid}`, '/me/mailboxSettings/timeZone', token)));
    return typeof body?.value === 'string' ? ianaZone(body.value) : undefined;
  }

  /** Candidates for a search: calendarView over the window, or the Search API for dateless words. */
  async search(call: AdopterCall, q: ParsedQuery, window: SearchWindow): Promise<SearchCandidate[]> {
    const { tid, oid } = call.account;
    const events = await withToken(call.tokens, REFUSAL, (token) => searchOutlookEvents(this.graph, `${tid}:${oid}`, token, q, window));
    const out: SearchCandidate[] = [];
    for (const event of events) {
      if (typeof event?.id !== 'string' || !event.start || !event.end) continue;
      try {
        out.push(toCandidate(event, mapGraphEvent(event, this.opaqueIds(this.id, tid, oid, event.id))));
      } catch (err) {
        throw new AppError('provider_unavailable', 'Your calendar answered data Upnext could not read.', { cause: err, status: 502 });
      }
    }
    return out;
  }
}
