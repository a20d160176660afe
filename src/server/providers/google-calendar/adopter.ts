import type { Meeting } from '../../../shared/api';
import { ianaZone } from '../../../shared/windows-zones';
import type { OpaqueIds, SeriesKeys } from '../../lib/opaque-id';
import type { SearchCandidate } from '../../search/candidate';
import type { ParsedQuery } from '../../search/query/types';
import type { SearchWindow } from '../../search/search-source';
import { byStart, type Adopter, type AdopterCall, type TimeRange, withToken, type AuthRefusal, unlessForbidden } from '../adopter';
import { GoogleAuthError, type CalendarClient } from './calendar-client';
import { SEARCH_FIELDS, type GoogleEvent } from './google-event';
import { mapGoogleEvent } from './map-event';

/** Google answers a refused token with 401, which the client raises as GoogleAuthError. */
const REFUSAL: AuthRefusal = { is: (err) => err instanceof GoogleAuthError, message: 'Google Calendar refused Upnext’s access; connect again.' };

/** Events a search reads at most (two pages of 250). */
const SEARCH_LIMIT = 500;

/** Google Calendar through `events.list` on the primary calendar. */
export class GoogleCalendarAdopter implements Adopter {
  constructor(
    private readonly calendar: CalendarClient,
    private readonly opaqueIds: OpaqueIds,
    /** An event that could not be read was left out; its opaque id (when it has one) and why. */
    private readonly onSkippedEvent: (opaqueId: string | undefined, reason: string) => void = () => undefined,
    private readonly seriesKeys?: SeriesKeys,
  ) {}

  /** The primary calendar's zone (IANA, as Google names it); a 403 (a narrower grant) means "not known". */
  async calendarTimeZone(call: AdopterCall): Promise<string | undefined> {
    const zone = await unlessForbidden(withToken(call.tokens, REFUSAL, (token) => this.calendar.calendarTimeZone(token)));
    return zone === undefined ? undefined : ianaZone(zone);
  }

  async upcomingMeetings(call: AdopterCall, range: TimeRange, limit: number): Promise<Meeting[]> {
    const request = { timeMin: range.from.toISOString(), timeMax: range.to.toISOString(), limit };
    const events = await withToken(call.tokens, REFUSAL, (token) => this.calendar.listEvents(request, token));
    const { tid, oid } = call.account;
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
      const opaqueId = this.opaqueIds('google-calendar', tid, oid, event.id);
      try {
        const meeting = mapGoogleEvent(event, opaqueId);
        const series = event.recurringEventId;
        if (series && this.seriesKeys) meeting.seriesKey = this.seriesKeys(tid, 'google-calendar', series);
        meetings.push(meeting);
      } catch (err) {
        this.onSkippedEvent(opaqueId, err instanceof Error ? err.message : 'unreadable');
      }
    }
    return meetings.sort(byStart);
  }

  /**
   * Candidates for a search: `events.list` over the window with recurrences expanded
   * (`singleEvents`); words without a date also go to Google as `q` (Google matches summary,
   * description, location, attendees and organizer), so a dateless search reads only what may
   * match. SearchService matches and ranks what comes back, as for every provider.
   */
  async search(call: AdopterCall, q: ParsedQuery, window: SearchWindow): Promise<SearchCandidate[]> {
    const words = [q.text, ...q.people].join(' ').trim();
    const request = {
      timeMin: window.from.toISOString(),
      timeMax: window.to.toISOString(),
      limit: SEARCH_LIMIT,
      fields: SEARCH_FIELDS,
      ...(window.dateless && words !== '' ? { q: words } : {}),
    };
    const events = await withToken(call.tokens, REFUSAL, (token) => this.calendar.listEvents(request, token));
    const { tid, oid } = call.account;
    const out: SearchCandidate[] = [];
    const seen = new Set<string>();
    for (const event of events) {
      if (typeof event?.id !== 'string' || seen.has(event.id)) continue;
      seen.add(event.id);
      try {
        out.push(toCandidate(event, mapGoogleEvent(event, this.opaqueIds('google-calendar', tid, oid, event.id))));
      } catch {
        // An event the list would skip is no search result either.
      }
    }
    return out;
  }
}

/** A Google event as a search candidate: the Meeting plus attendees and series, for matching and the graph. */
function toCandidate(event: GoogleEvent, meeting: SearchCandidate['meeting']): SearchCandidate {
  const attendees = (event.attendees ?? []).map((a) => ({ name: a.displayName ?? undefined, email: a.email ?? undefined }));
  const candidate: SearchCandidate = { meeting, attendees };
  if (event.organizer?.email) candidate.organizerEmail = event.organizer.email;
  const series = event.recurringEventId ?? event.iCalUID;
  if (series) candidate.seriesId = series;
  return candidate;
}
