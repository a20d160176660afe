import type { Adopter, TimeRange } from '../adopters/types';
import type { ResultsCache } from '../cache/cache';
import type { UserSealer } from '../cache/user-sealed';
import { AppError } from '../errors/app-error';
import { KeyedTokenBucket } from '../lib/token-bucket';
import { StoreUnavailableError } from '../store/unavailable-store';
import type { InjectorContext } from '../vault/token-injector';
import { DerivedMemo } from '../cache/derived-memo';
import { deflatePart, packPart, spliceGzip, unpackPart } from '../http/gzip-splice';
import type { JsonAnswer } from '../http/json-answer';

const HEAD = Buffer.from('{"meetings":');
/** Smaller answers go out as they are: compressing a few hundred bytes saves nothing. */
const COMPRESS_FROM = 1024;

/**
 * Upcoming meetings through the per-user cache (sealed per user key); the adopter is asked only on
 * a miss, and each user has an upstream budget (60 calls at once, one more a second), so no client
 * can drive unbounded calendar calls by varying its query.
 */
export class MeetingsService {
  private readonly upstreamBudget: KeyedTokenBucket;
  private readonly compressed = new DerivedMemo();

  constructor(
    private readonly adopter: Adopter,
    private readonly cache: ResultsCache,
    private readonly sealer: UserSealer,
    private readonly now: () => number = Date.now,
    budget: { capacity: number; perSecond: number } = { capacity: 60, perSecond: 1 },
  ) {
    this.upstreamBudget = new KeyedTokenBucket(budget.capacity, budget.perSecond, now);
  }

  /**
   * The answer's bytes. The cache holds the meetings already serialised (and sealed), so a hit
   * costs one decryption and a concatenation: no parse, no re-serialisation, no string decoding.
   * With `gzip`, a large list is compressed once per cache entry (sealed, see DerivedMemo) and
   * each answer splices its own tail (`stale`, `generatedAt`) on as a stored block.
   */
  async upcomingAnswer(ctx: InjectorContext, range: TimeRange, limit: number, gzip = false): Promise<JsonAnswer> {
    const { tid, oid } = ctx.user;
    const sealer = this.sealer.forCaller(tid, oid, this.adopter.id, ctx.userKey);
    const key = `${sealer.keyId}:${this.adopter.id}:${range.from.toISOString()}:${range.to.toISOString()}:${limit}`;
    const { value, stale } = await this.cache.getOrLoad(`${tid}:${oid}`, key, async () => {
      const budget = this.upstreamBudget.take(`${tid}:${oid}`);
      if (!budget.ok) throw new AppError('rate_limited', 'Too many different calendar queries; try again shortly.', { retryAfterSeconds: budget.retryAfterSeconds });
      try {
        return sealer.seal(await this.adopter.upcomingMeetings(ctx, range, limit));
      } catch (err) {
        // Our database failing is no upstream call: an outage must not use up everyone's budget.
        if (err instanceof StoreUnavailableError) this.upstreamBudget.refund(`${tid}:${oid}`);
        throw err;
      }
    });
    const tail = Buffer.from(`,"stale":${stale},"generatedAt":"${new Date(this.now()).toISOString()}","providers":[{"id":"${this.adopter.id}","status":"ok"}]}`);
    try {
      if (gzip) {
        const remembered = this.compressed.get(value);
        if (remembered) {
          try {
            return { body: spliceGzip(unpackPart(sealer.openDerived(remembered)), tail), gzip: true };
          } catch {
            // Not this caller's (or not this master key's): derive it again below.
          }
        }
      }
      const meetings = sealer.open(value);
      if (!gzip || meetings.length < COMPRESS_FROM) return { body: Buffer.concat([HEAD, meetings, tail]), gzip: false };
      const part = deflatePart(Buffer.concat([HEAD, meetings]));
      this.compressed.set(value, sealer.sealDerived(packPart(part)));
      return { body: spliceGzip(part, tail), gzip: true };
    } catch {
      // Sealed under a master key this server no longer holds (a rotation between servers): go upstream.
      const meetings = Buffer.from(JSON.stringify(await this.adopter.upcomingMeetings(ctx, range, limit)));
      return { body: Buffer.concat([HEAD, meetings, tail]), gzip: false };
    }
  }

  /** Forget a user's cached meetings (after connect or disconnect). */
  forget(tid: string, oid: string): Promise<void> {
    return this.cache.forgetUser(`${tid}:${oid}`);
  }
}
