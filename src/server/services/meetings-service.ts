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
import type { Sealed } from '../vault/crypto';
import { DerivedMemo, idOfAll } from '../cache/derived-memo';
import { deflatePart, packPart, spliceGzip, unpackPart, type DeflatedPart } from '../http/gzip-splice';
import { answerBytes, type JsonAnswer } from '../http/json-answer';

const HEAD = Buffer.from('{"meetings":');
/** Smaller answers go out as they are: compressing a few hundred bytes saves nothing. */
const COMPRESS_FROM = 1024;

type CallerSealer = ReturnType<ReturnType<UserSealer['forDevice']>['forScope']>;

/** One provider's part of an answer: its status, and its meetings as JSON text when `ok`. */
interface Part {
  outcome: ProviderOutcome;
  /** The meetings' JSON as bytes, when `ok`. */
  meetings?: Buffer;
  /**
   * Instead of `meetings`, for a gzip answer: the remembered compressed form of the cached value,
   * opened with the caller's key (which authenticates it as theirs as much as opening the value
   * would), so the value itself is not decrypted as well.
   */
  packed?: DeflatedPart;
  /** The cached value they came from and the caller's sealer (for the remembered compressed form). */
  sealed?: Sealed;
  sealer?: CallerSealer;
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
  private readonly compressed = new DerivedMemo();
  /** Merged lists of several providers, by their cached values and the limit: merging parses and re-serialises. */
  private readonly merged = new DerivedMemo();
  /** The gzip of a merged list, by the same id. */
  private readonly mergedCompressed = new DerivedMemo();

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
   * The answer's bytes. `providers` are those the caller may use (the access check chose them);
   * `notEnabled` are reported as such. 200 when one answered; when none did: its error if one
   * failed, else 403 not_enabled (no provider), 409 reconnect_required, or 409 not_connected.
   * A cache hit of one provider costs one decryption and a concatenation, no parse and no
   * re-serialisation. With `gzip`, a large list from one provider is compressed once per cache
   * entry (sealed, see DerivedMemo) and each answer splices its own tail on as a stored block; a
   * list merged from several providers is compressed per answer.
   */
  async upcomingAnswer(
    ctx: InjectorContext,
    providers: readonly Provider[],
    range: TimeRange,
    limit: number,
    notEnabled: readonly ProviderId[] = [],
    gzip = false,
  ): Promise<JsonAnswer> {
    if (providers.length === 0) throw new AppError('not_enabled', 'No calendar integration is enabled for you; ask your administrator.');
    const device = this.sealer.forDevice(ctx.user.tid, ctx.user.oid, ctx.userKey);
    const parts = await Promise.all(providers.map((p) => this.part(ctx, device.forScope(p.id), p, range, limit, gzip)));
    const answered = parts.filter((p) => p.outcome.status === 'ok');
    if (answered.length === 0) {
      const failed = parts.find((p) => p.outcome.status === 'error');
      if (failed) throw failed.error;
      if (parts.some((p) => p.outcome.status === 'reconnect_required')) {
        throw new AppError('reconnect_required', 'Your calendar connection has expired or was revoked; connect again.');
      }
      throw new AppError('not_connected', 'Connect a calendar first.');
    }
    const stale = parts.some((p) => p.stale);
    const outcomes: ProviderOutcome[] = [...parts.map((p) => p.outcome), ...notEnabled.map((id) => ({ id, status: 'not_enabled' as const }))];
    const tail = Buffer.from(`,"stale":${stale},"generatedAt":"${new Date(this.now()).toISOString()}","providers":${JSON.stringify(outcomes)}}`);
    if (answered.length > 1) return this.mergedAnswer(answered, limit, tail, gzip);
    const only = answered[0]!;
    if (only.packed) return { chunks: [spliceGzip(only.packed, tail)], gzip: true };
    const meetings = only.meetings!;
    if (!gzip || meetings.length < COMPRESS_FROM || !only.sealed || !only.sealer) return { chunks: [HEAD, meetings, tail], gzip: false };
    const part = deflatePart(Buffer.concat([HEAD, meetings]));
    this.compressed.set(only.sealed, only.sealer.sealDerived(packPart(part)));
    return { chunks: [spliceGzip(part, tail)], gzip: true };
  }

  /**
   * Several providers' lists merged. The merged list (and its gzip) is derived once per set of
   * cached values and remembered like the single list's gzip: sealed under the first part's
   * caller key, by the values' nonces and the limit, so only this caller's own values find it.
   */
  private mergedAnswer(answered: Part[], limit: number, tail: Buffer, gzip: boolean): JsonAnswer {
    const sealer = answered[0]!.sealer;
    const values = answered.map((p) => p.sealed).filter((v): v is Sealed => v !== undefined);
    const id = sealer && values.length === answered.length ? idOfAll(values, String(limit)) : undefined;
    const recall = (memo: DerivedMemo): Buffer | undefined => {
      const found = id === undefined ? undefined : memo.getById(id);
      if (!found) return undefined;
      try {
        return sealer!.openDerived(found);
      } catch {
        return undefined; // not this caller's: derive again
      }
    };
    if (gzip) {
      const packed = recall(this.mergedCompressed);
      if (packed) return { chunks: [spliceGzip(unpackPart(packed), tail)], gzip: true };
    }
    let meetings = recall(this.merged);
    if (!meetings) {
      meetings = Buffer.from(merge(answered.map((p) => meetingsOf(p).toString('utf8')), limit));
      if (id !== undefined) this.merged.setById(id, sealer!.sealDerived(meetings));
    }
    if (!gzip || meetings.length < COMPRESS_FROM) return { chunks: [HEAD, meetings, tail], gzip: false };
    const part = deflatePart(Buffer.concat([HEAD, meetings]));
    if (id !== undefined) this.mergedCompressed.setById(id, sealer!.sealDerived(packPart(part)));
    return { chunks: [spliceGzip(part, tail)], gzip: true };
  }

  /** The same answer as text, uncompressed. */
  async upcomingJson(ctx: InjectorContext, providers: readonly Provider[], range: TimeRange, limit: number, notEnabled: readonly ProviderId[] = []): Promise<string> {
    return answerBytes(await this.upcomingAnswer(ctx, providers, range, limit, notEnabled)).toString('utf8');
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

  private async part(ctx: InjectorContext, sealer: CallerSealer, provider: Provider, range: TimeRange, limit: number, gzip = false): Promise<Part> {
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
      const remembered = gzip ? this.compressed.get(value) : undefined;
      if (remembered) {
        try {
          // Only an `ok` list large enough to compress is ever remembered.
          return { outcome: { id: provider.id, status: 'ok' }, packed: unpackPart(sealer.openDerived(remembered)), sealed: value, sealer, stale };
        } catch {
          // Not this caller's (or not this master key's): open the value below.
        }
      }
      let bytes: Buffer;
      let sealed: Sealed | undefined = value;
      try {
        bytes = sealer.open(value);
      } catch {
        // Sealed under a master key this server no longer holds (a rotation between servers): go upstream.
        bytes = Buffer.from(JSON.stringify(await load()));
        sealed = undefined;
      }
      if (bytes[0] === 0x5b /* [ */) return { outcome: { id: provider.id, status: 'ok' }, meetings: bytes, sealed, sealer, stale };
      return { outcome: { id: provider.id, status: 'not_connected' }, stale: false };
    } catch (err) {
      if (err instanceof AppError && err.code === 'user_key_missing') throw err;
      // A voided or unusable entry is a state, not an outage; it is not cached (a reconnect ends it).
      if (err instanceof AppError && err.code === 'reconnect_required') return { outcome: { id: provider.id, status: 'reconnect_required' }, stale: false };
      return { outcome: { id: provider.id, status: 'error' }, stale: false, error: err };
    }
  }
}

/** A part's meetings as JSON bytes, opening the cached value when only its compressed form was read. */
function meetingsOf(part: Part): Buffer {
  if (part.meetings) return part.meetings;
  return part.sealer!.open(part.sealed!);
}

/** Several providers' lists (each already in start order) as one, in start order, at most `limit`. */
function merge(lists: string[], limit: number): string {
  const all = lists.flatMap((text) => JSON.parse(text) as Meeting[]);
  return JSON.stringify(all.sort(byStart).slice(0, limit));
}
