import type { Adopter, TimeRange } from '../adopters/types';
import type { MemoryCache } from '../cache/memory-cache';
import type { UserSealer } from '../cache/user-sealed';
import type { Sealed } from '../vault/crypto';
import type { InjectorContext } from '../vault/token-injector';

/** Upcoming meetings through the per-user cache (sealed per user key); the adopter is asked only on a miss. */
export class MeetingsService {
  constructor(
    private readonly adopter: Adopter,
    private readonly cache: MemoryCache<Sealed>,
    private readonly sealer: UserSealer,
    private readonly now: () => number = Date.now,
  ) {}

  /**
   * The response as JSON text. The cache holds the meetings already serialised (and sealed), so a
   * hit costs one decryption and a string join, no parse and no re-serialisation.
   */
  async upcomingJson(ctx: InjectorContext, range: TimeRange, limit: number): Promise<string> {
    const { tid, oid } = ctx.user;
    const sealer = this.sealer.forCaller(tid, oid, this.adopter.id, ctx.userKey);
    const key = `${tid}:${oid}:${sealer.keyId}:${this.adopter.id}:${range.from.toISOString()}:${range.to.toISOString()}:${limit}`;
    const { value, stale } = await this.cache.getOrLoad(key, async () => sealer.seal(await this.adopter.upcomingMeetings(ctx, range, limit)));
    return `{"meetings":${sealer.openText(value)},"stale":${stale},"generatedAt":"${new Date(this.now()).toISOString()}"}`;
  }

  /** Forget a user's cached meetings (after connect or disconnect). */
  forget(tid: string, oid: string): void {
    this.cache.delete(`${tid}:${oid}:`);
  }
}
