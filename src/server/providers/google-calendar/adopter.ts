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
    /** An event that could not be read was left out; its opaque id (when it has one) and why. */
    private readonly onSkippedEvent: (opaqueId: string | undefined, reason: string) => void = () => undefined,
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
        if (attempt >= 1) {
          // A fresh token refused too: the grant is gone. Void it, so /api/me says the same.
          await call.tokens.refused();
          throw new AppError('reconnect_required', 'Google Calendar refused Upnext’s access; connect again.');
        }
        await call.tokens.rejected(token);
      }
    }
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
        meetings.push(mapGoogleEvent(event, opaqueId));
      } catch (err) {
        this.onSkippedEvent(opaqueId, err instanceof Error ? err.message : 'unreadable');
      }
    }
    return meetings.sort(byStart);
  }
}
