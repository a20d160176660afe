import type { Meeting, ProviderId, ProviderOutcome } from '../../shared/api';
import { byStart, type TimeRange, type TokenSource } from '../providers/adopter';
import type { Provider } from '../providers/provider';
import type { ResultsCache } from '../cache/cache';
import type { UserSealer } from '../keys/user-sealer';
import { AppError } from '../errors/app-error';
import { KeyedTokenBucket } from '../lib/token-bucket';
import { StoreUnavailableError } from '../store/unavailable-store';
import type { InjectorContext, TokenInjector } from '../vault/token-injector';
import { tokenSource } from '../vault/token-source';

type CallerSealer = ReturnType<ReturnType<UserSealer['forDevice']>['forScope']>;

/** One provider's part of an answer: its status, and its meetings as JSON text when `ok`. */
interface Part {
  outcome: ProviderOutcome;
  meetings?: string;
  stale: boolean;
  error?: unknown;
}

/**
 * Not connected is an answer, not a failure: cached like meetings until connect or disconnect
 * forgets it, so a provider the caller never connected costs a cache hit, not a vault read.
 */
const NOT_CONNECTED = '{"status":"not_connected"}';

/**
 * Upcoming meetings from every provider the caller may use, in parallel, each through its own cache
 * entry (sealed per user key), so one provider failing or being slow evicts nothing of another's.
 * Each user has an upstream budget (60 calls at once, one more a second), so no client can drive
 * unbounded calendar calls by varying its query.
 */
export class MeetingsService {
  private readonly upstreamBudget: KeyedTokenBucket;

  constructor(
    private readonly injector: TokenInjector,
    private readonly cache: ResultsCache,
    private readonly sealer: UserSealer,
    private readonly now: () => number = Date.now,
    budget: { capacity: number; perSecond: number } = { capacity: 60, perSecond: 1 },
  ) {
    this.upstreamBudget = new KeyedTokenBucket(budget.capacity, budget.perSecond, now);
  }

  /**
   * The response as JSON text. `providers` are those the caller may use (the access check chose
   * them); `notEnabled` are reported as such. 200 when one answered; when none did: its error if one failed, else 403 not_enabled
   * (no provider), 409 reconnect_required, or 409 not_connected. A cache hit of one provider costs
   * one decryption and a string join, no parse and no re-serialisation.
   */
  async upcomingJson(ctx: InjectorContext, providers: readonly Provider[], range: TimeRange, limit: number, notEnabled: readonly ProviderId[] = []): Promise<string> {
    if (providers.length === 0) throw new AppError('not_enabled', 'No calendar integration is enabled for you; ask your administrator.');
    const device = this.sealer.forDevice(ctx.user.tid, ctx.user.oid, ctx.userKey);
    const parts = await Promise.all(providers.map((p) => this.part(ctx, device.forScope(p.id), p, range, limit)));
    const answered = parts.filter((p) => p.meetings !== undefined);
    if (answered.length === 0) {
      const failed = parts.find((p) => p.outcome.status === 'error');
      if (failed) throw failed.error;
      if (parts.some((p) => p.outcome.status === 'reconnect_required')) {
        throw new AppError('reconnect_required', 'Your calendar connection has expired or was revoked; connect again.');
      }
      throw new AppError('not_connected', 'Connect a calendar first.');
    }
    const meetings = answered.length === 1 ? answered[0]!.meetings! : merge(answered.map((p) => p.meetings!), limit);
    const stale = parts.some((p) => p.stale);
    const outcomes: ProviderOutcome[] = [...parts.map((p) => p.outcome), ...notEnabled.map((id) => ({ id, status: 'not_enabled' as const }))];
    return `{"meetings":${meetings},"stale":${stale},"generatedAt":"${new Date(this.now()).toISOString()}","providers":${JSON.stringify(outcomes)}}`;
  }

  /** Forget a user's cached meetings (after connect or disconnect). */
  forget(tid: string, oid: string): Promise<void> {
    return this.cache.forgetUser(`${tid}:${oid}`);
  }

  /**
   * The budget is spent when a call is about to go upstream: a provider not connected costs nothing.
   * `spent` counts what this load took, so a failure of our own database can give it back.
   */
  private budgeted(user: string, tokens: TokenSource, spent: { count: number }): TokenSource {
    return {
      get: async () => {
        const token = await tokens.get();
        const budget = this.upstreamBudget.take(user);
        if (!budget.ok) throw new AppError('rate_limited', 'Too many different calendar queries; try again shortly.', { retryAfterSeconds: budget.retryAfterSeconds });
        spent.count++;
        return token;
      },
      rejected: (token) => tokens.rejected(token),
      refused: () => tokens.refused(),
    };
  }

  private async part(ctx: InjectorContext, sealer: CallerSealer, provider: Provider, range: TimeRange, limit: number): Promise<Part> {
    const { tid, oid } = ctx.user;
    const key = `${sealer.keyId}:${provider.id}:${range.from.toISOString()}:${range.to.toISOString()}:${limit}`;
    const load = async (): Promise<unknown> => {
      const spent = { count: 0 };
      try {
        return await provider.adopter.upcomingMeetings({ account: { tid, oid }, tokens: this.budgeted(`${tid}:${oid}`, tokenSource(this.injector, ctx, provider.id), spent) }, range, limit);
      } catch (err) {
        if (err instanceof AppError && err.code === 'not_connected') return JSON.parse(NOT_CONNECTED);
        // Our database failing is no upstream call: an outage must not use up everyone's budget.
        if (err instanceof StoreUnavailableError) for (; spent.count > 0; spent.count--) this.upstreamBudget.refund(`${tid}:${oid}`);
        throw err;
      }
    };
    try {
      const { value, stale } = await this.cache.getOrLoad(`${tid}:${oid}`, key, async () => sealer.seal(await load()));
      let text: string;
      try {
        text = sealer.openText(value);
      } catch {
        // Sealed under a master key this server no longer holds (a rotation between servers): go upstream.
        text = JSON.stringify(await load());
      }
      if (text.startsWith('[')) return { outcome: { id: provider.id, status: 'ok' }, meetings: text, stale };
      return { outcome: { id: provider.id, status: 'not_connected' }, stale: false };
    } catch (err) {
      if (err instanceof AppError && err.code === 'user_key_missing') throw err;
      // A voided or unusable entry is a state, not an outage; it is not cached (a reconnect ends it).
      if (err instanceof AppError && err.code === 'reconnect_required') return { outcome: { id: provider.id, status: 'reconnect_required' }, stale: false };
      return { outcome: { id: provider.id, status: 'error' }, stale: false, error: err };
    }
  }
}

/** Several providers' lists (each already in start order) as one, in start order, at most `limit`. */
function merge(lists: string[], limit: number): string {
  const all = lists.flatMap((text) => JSON.parse(text) as Meeting[]);
  return JSON.stringify(all.sort(byStart).slice(0, limit));
}
