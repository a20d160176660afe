import type { Meeting } from '../../../shared/api';
import { AppError } from '../../errors/app-error';
import type { OpaqueIds } from '../../lib/opaque-id';
import type { InjectorContext, TokenInjector } from '../../vault/token-injector';
import type { Adopter, TimeRange } from '../types';
import { GraphAuthError, type GraphClient } from './graph-client';
import { EVENT_FIELDS, type GraphEvent } from './graph-event';
import { mapGraphEvent } from './map-event';
import { searchOutlookEvents, toCandidate } from './search';
import type { SearchCandidate } from '../../search/candidate';
import type { ParsedQuery } from '../../search/query/types';
import type { SearchSource, SearchWindow } from '../../search/search-source';

const PAGE_SIZE = 50;

/** Outlook Calendar through Microsoft Graph `calendarView` (recurrences expanded by Graph). */
export class OutlookCalendarAdopter implements Adopter, SearchSource {
  readonly id = 'outlook-calendar' as const;

  constructor(
    private readonly graph: GraphClient,
    private readonly injector: TokenInjector,
    private readonly opaqueIds: OpaqueIds,
    /** An event that could not be read was left out; its opaque id (when it has one) and why. */
    private readonly onSkippedEvent: (opaqueId: string | undefined, reason: string) => void = () => undefined,
  ) {}

  async upcomingMeetings(ctx: InjectorContext, range: TimeRange, limit: number): Promise<Meeting[]> {
    const query = new URLSearchParams({
      startDateTime: range.from.toISOString(),
      endDateTime: range.to.toISOString(),
      $select: EVENT_FIELDS.join(','),
      $orderby: 'start/dateTime',
      $top: String(Math.min(PAGE_SIZE, limit)),
    });
    const events = await this.withToken(ctx, (token) =>
      this.graph.listAll<GraphEvent>(
        `${ctx.user.tid}:${ctx.user.oid}`,
        `/me/calendarView?${query.toString()}`,
        token,
        { prefer: 'outlook.timezone="UTC", outlook.body-content-type="html"' },
        limit,
      ),
    );
    const { tid, oid } = ctx.user;
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
        meetings.push(mapGraphEvent(event, opaqueId));
      } catch (err) {
        this.onSkippedEvent(opaqueId, err instanceof Error ? err.message : 'unreadable');
      }
    }
    return meetings.sort((a, b) => a.start.localeCompare(b.start) || a.end.localeCompare(b.end));
  }

  /** Candidates for a search: calendarView over the window, or the Search API for dateless words. */
  async search(ctx: InjectorContext, q: ParsedQuery, window: SearchWindow): Promise<SearchCandidate[]> {
    const events = await this.withToken(ctx, (token) => searchOutlookEvents(this.graph, `${ctx.user.tid}:${ctx.user.oid}`, token, q, window));
    const { tid, oid } = ctx.user;
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

  /** One retry with a fresh token when Graph refuses the first one. */
  private async withToken<T>(ctx: InjectorContext, call: (token: string) => Promise<T>): Promise<T> {
    for (let attempt = 0; ; attempt++) {
      const token = await this.injector.accessToken(ctx, this.id);
      try {
        return await call(token);
      } catch (err) {
        if (!(err instanceof GraphAuthError)) throw err;
        if (attempt >= 1) {
          // A fresh token refused too: the grant is gone. Void it, so /api/me says the same.
          await this.injector.refused(ctx, this.id);
          throw new AppError('reconnect_required', 'Your calendar refused Upnext’s access; connect again.');
        }
        await this.injector.rejected(ctx, this.id, token);
      }
    }
  }
}
