import type { Meeting, MeetingsResponse } from '../../shared/api';
import type { Adopter, TimeRange } from '../adopters/types';
import type { MemoryCache } from '../cache/memory-cache';
import type { InjectorContext } from '../vault/token-injector';

/** Upcoming meetings through the per-user cache; the adopter is asked only on a miss. */
export class MeetingsService {
  constructor(
    private readonly adopter: Adopter,
    private readonly cache: MemoryCache<Meeting[]>,
    private readonly now: () => number = Date.now,
  ) {}

  async upcoming(ctx: InjectorContext, range: TimeRange, limit: number): Promise<MeetingsResponse> {
    const key = `${ctx.user.tid}:${ctx.user.oid}:${this.adopter.id}:${range.from.toISOString()}:${range.to.toISOString()}:${limit}`;
    const { value, stale } = await this.cache.getOrLoad(key, () => this.adopter.upcomingMeetings(ctx, range, limit));
    return { meetings: value, stale, generatedAt: new Date(this.now()).toISOString() };
  }
}
