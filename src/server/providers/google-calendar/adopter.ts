import type { Meeting } from '../../../shared/api';
import { AppError } from '../../errors/app-error';
import type { OpaqueIds } from '../../lib/opaque-id';
import { byStart, type Adopter, type AdopterCall, type TimeRange } from '../adopter';
import { GoogleAuthError, type CalendarClient } from './calendar-client';
import { mapGoogleEvent } from './map-event';

/** Google Calendar through `events.list` on the primary calendar. */
export class GoogleCalendarAdopter implements Adopter {
  constructor(
    private readonly calendar: CalendarClient,
    private readonly opaqueIds: OpaqueIds,
  ) {}

  async upcomingMeetings(call: AdopterCall, range: TimeRange, limit: number): Promise<Meeting[]> {
    const request = { timeMin: range.from.toISOString(), timeMax: range.to.toISOString(), limit };
    let events;
    for (let attempt = 0; ; attempt++) {
      const token = await call.tokens.get();
      try {
        events = await this.calendar.listEvents(request, token);
        break;
      } catch (err) {
        if (!(err instanceof GoogleAuthError)) throw err;
        await call.tokens.rejected(token);
        if (attempt >= 1) throw new AppError('reconnect_required', 'Google Calendar refused Upnext’s access; connect again.');
      }
    }
    const { tid, oid } = call.account;
    const meetings: Meeting[] = [];
    for (const event of events) {
      if (typeof event?.id !== 'string' || !event.start || !event.end) continue;
      try {
        meetings.push(mapGoogleEvent(event, this.opaqueIds('google-calendar', tid, oid, event.id)));
      } catch {
        // One unreadable event must not hide the others.
      }
    }
    return meetings.sort(byStart);
  }
}
