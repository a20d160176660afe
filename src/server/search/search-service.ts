import type { ProviderOutcome, ProviderStatus, SearchResponse } from '../../shared/api';
import type { ResultsCache } from '../cache/cache';
import type { UserSealer } from '../keys/user-sealer';
import { AppError } from '../errors/app-error';
import type { GraphKeys } from '../graph/graph-keys';
import type { GraphRecorder } from '../graph/graph-recorder';
import type { GraphStore } from '../graph/graph-store';
import { KeyedTokenBucket } from '../lib/token-bucket';
import type { InjectorContext } from '../vault/token-injector';
import type { SearchCandidate } from './candidate';
import { graphHints } from './graph-hints';
import { matchCandidate } from './match';
import { fold } from './query/fold';
import { parseQuery } from './query/parse-query';
import type { ParsedQuery } from './query/types';
import { rank, type GraphHints } from './rank';
import type { SearchSource, SearchWindow } from './search-source';

type DeviceSealer = ReturnType<UserSealer['forDevice']>;

const DAY = 86_400_000;
const GRAIN = 5 * 60_000;

export interface SearchOptions {
  /** A provider slower than this is reported as `error`; the others still answer. */
  deadlineMs?: number;
  /** Results answered at most. */
  maxResults?: number;
  /** The dateless window: this far back and ahead of now. */
  datelessPastMs?: number;
  datelessFutureMs?: number;
  now?: () => number;
  budget?: { capacity: number; perSecond: number };
}

export interface SearchInput {
  q: string;
  timeZone: string;
  locale: string;
  /** What the person removed from "what I understood": these parts of the parse are dropped. */
  without?: Without;
  /** The providers the access check lets the caller use; the others answer `not_enabled` unasked. */
  allowed?: ReadonlySet<ProviderOutcome['id']>;
}

export interface Without {
  dates?: boolean;
  people?: readonly string[];
  services?: readonly string[];
}

/** The parse minus what the person took away (a removed chip). */
export function withoutParts(q: ParsedQuery, without: Without | undefined): ParsedQuery {
  if (!without) return q;
  const out: ParsedQuery = {
    text: q.text,
    people: q.people.filter((p) => !(without.people ?? []).some((w) => fold(w) === fold(p))),
    services: q.services.filter((s) => !(without.services ?? []).includes(s)),
  };
  if (!without.dates && q.from && q.to) {
    out.from = q.from;
    out.to = q.to;
  }
  return out;
}

/**
 * Federated search: every source asked in parallel under a deadline, each through the sealed
 * per-user cache (single flight, per-user upstream budget), then one matching and ranking over
 * all of them with the graph store's signals. Nothing is indexed; the graph learns what was shown.
 */
export class SearchService {
  private readonly opts: Required<SearchOptions>;
  private readonly budget: KeyedTokenBucket;

  constructor(
    private readonly sources: readonly SearchSource[],
    private readonly cache: ResultsCache,
    private readonly sealer: UserSealer,
    private readonly graph: { store: GraphStore; keys: GraphKeys; recorder: GraphRecorder },
    options: SearchOptions = {},
  ) {
    this.opts = {
      deadlineMs: options.deadlineMs ?? 8_000,
      maxResults: options.maxResults ?? 50,
      datelessPastMs: options.datelessPastMs ?? 30 * DAY,
      datelessFutureMs: options.datelessFutureMs ?? 60 * DAY,
      now: options.now ?? Date.now,
      budget: options.budget ?? { capacity: 30, perSecond: 0.5 },
    };
    this.budget = new KeyedTokenBucket(this.opts.budget.capacity, this.opts.budget.perSecond, this.opts.now);
  }

  /**
   * The answer as JSON text, itself cached (sealed) for the cache's life per device, words, zone,
   * locale and removed chips, so a repeated search costs what a cached list does: one open and
   * the shown ids counted as seen. An answer in which a provider failed is not kept, so a blip
   * does not stick for five minutes.
   */
  async searchJson(ctx: InjectorContext, input: SearchInput): Promise<string> {
    const { tid, oid } = ctx.user;
    // One device key for the whole answer: the answer and each provider's part under their own scope.
    const device = this.sealer.forDevice(tid, oid, ctx.userKey);
    const sealer = device.forScope('search');
    const w = input.without;
    const allowed = this.sources.filter((src) => !input.allowed || input.allowed.has(src.id)).map((src) => src.id).join(',');
    const key = `${sealer.keyId}:answer:${allowed}:${fold(input.q).replace(/\s+/gu, ' ').trim()}:${input.timeZone}:${input.locale}:${w?.dates ? 'd' : ''}:${(w?.people ?? []).map(fold).join(',')}:${(w?.services ?? []).join(',')}`;
    let fresh: SearchResponse | undefined;
    let answer: { ids: string[]; body: string };
    try {
      const { value } = await this.cache.getOrLoad(`${tid}:${oid}`, key, async () => {
        fresh = await this.search(ctx, input, device);
        const computed = { ids: fresh.results.map((m) => m.id), body: JSON.stringify(fresh) };
        if (fresh.providers.some((p) => p.status === 'error')) throw new UncachedAnswer(computed);
        return sealer.seal(computed);
      });
      answer = JSON.parse(sealer.openText(value)) as { ids: string[]; body: string };
      // A hit: the meetings were shown again.
      if (!fresh) this.graph.recorder.sawIds(ctx.user, answer.ids);
    } catch (err) {
      if (!(err instanceof UncachedAnswer)) throw err;
      answer = err.answer;
    }
    return answer.body;
  }

  async search(ctx: InjectorContext, input: SearchInput, device: DeviceSealer = this.sealer.forDevice(ctx.user.tid, ctx.user.oid, ctx.userKey)): Promise<SearchResponse> {
    const now = this.opts.now();
    const context = { now, timeZone: input.timeZone, locale: input.locale };
    const first = withoutParts(parseQuery(input.q, context), input.without);
    const window = this.windowOf(first, now);
    const asked = await Promise.all(
      this.sources.map((s) =>
        !input.allowed || input.allowed.has(s.id) ? this.ask(s, ctx, device, input, first, window) : Promise.resolve({ id: s.id, status: 'not_enabled' as const, candidates: [] }),
      ),
    );
    const candidates = asked.flatMap((a) => a.candidates);
    const providers: ProviderOutcome[] = asked.map((a) => ({ id: a.id, status: a.status }));
    if (providers.length > 0 && providers.every((p) => p.status === 'not_enabled')) {
      throw new AppError('not_enabled', 'Search is not enabled for you; ask your administrator.');
    }

    // Bare names count as people only when someone of that name is in what came back.
    const known = [...new Set(candidates.flatMap((c) => [c.meeting.organizer?.name, ...c.attendees.map((a) => a.name)]).filter((n): n is string => Boolean(n)))];
    const query = known.length ? withoutParts(parseQuery(input.q, { ...context, knownPeople: known }), input.without) : first;
    const matched = dedupe(candidates)
      .map((c) => ({ c, m: matchCandidate(c, query) }))
      .filter((x) => x.m.matches);
    const hints = await graphHints(this.graph.store, this.graph.keys, ctx.user, matched.map((x) => x.c)).catch(
      (): GraphHints[] => matched.map(() => ({ joined: 0, sharedMeetings: 0 })),
    );
    const ranked = rank(matched.map((x, i) => ({ meeting: x.c.meeting, textScore: x.m.textScore, graph: hints[i]! })), now).slice(0, this.opts.maxResults);

    const shown = new Set(ranked.map((m) => m.id));
    this.graph.recorder.saw(
      ctx.user,
      matched.filter((x) => shown.has(x.c.meeting.id)).map(({ c }) => ({
        id: c.meeting.id,
        provider: c.meeting.provider,
        seriesId: c.seriesId,
        emails: [c.organizerEmail, ...c.attendees.map((a) => a.email)].filter((e): e is string => Boolean(e)),
      })),
    );
    return { query, results: ranked, providers };
  }

  /** The query's range, or the dateless window, widened to 5-minute boundaries so asks share cache entries. */
  private windowOf(q: ParsedQuery, now: number): SearchWindow {
    if (q.from && q.to) return { from: new Date(Date.parse(q.from)), to: new Date(Date.parse(q.to)), dateless: false };
    return {
      from: new Date(Math.floor((now - this.opts.datelessPastMs) / GRAIN) * GRAIN),
      to: new Date(Math.ceil((now + this.opts.datelessFutureMs) / GRAIN) * GRAIN),
      dateless: true,
    };
  }

  private async ask(source: SearchSource, ctx: InjectorContext, device: DeviceSealer, input: SearchInput, q: ParsedQuery, window: SearchWindow): Promise<{ id: SearchSource['id']; status: ProviderStatus; candidates: SearchCandidate[] }> {
    const { tid, oid } = ctx.user;
    const sealer = device.forScope(`search:${source.id}`);
    // What the provider is asked depends on the window and the words, not on how they were typed.
    const upstream = window.dateless ? fold([q.text, ...q.people].join(' ')) : '';
    const key = `${sealer.keyId}:search:${source.id}:${window.from.toISOString()}:${window.to.toISOString()}:${upstream}:${input.timeZone}`;
    const load = async () => {
      const budget = this.budget.take(`${tid}:${oid}`);
      if (!budget.ok) throw new AppError('rate_limited', 'Too many different searches; try again shortly.', { retryAfterSeconds: budget.retryAfterSeconds });
      return sealer.seal(await source.search(ctx, q, window));
    };
    let timer: NodeJS.Timeout | undefined;
    try {
      const deadline = new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new AppError('provider_unavailable', `${source.id} did not answer in time.`)), this.opts.deadlineMs);
      });
      const { value } = await Promise.race([this.cache.getOrLoad(`${tid}:${oid}`, key, load), deadline]);
      return { id: source.id, status: 'ok', candidates: revive(JSON.parse(sealer.openText(value)) as SearchCandidate[]) };
    } catch (err) {
      // Without this device's key no provider can answer: that is the client's to fix, not a provider's state.
      if (err instanceof AppError && err.code === 'user_key_missing') throw err;
      return { id: source.id, status: statusOf(err), candidates: [] };
    } finally {
      clearTimeout(timer);
    }
  }
}

/** Carries an answer out of the cache's loader without the cache keeping it. */
class UncachedAnswer extends Error {
  constructor(readonly answer: { ids: string[]; body: string }) {
    super('answer not cached');
  }
}

function statusOf(err: unknown): ProviderStatus {
  const code = err instanceof AppError ? err.code : undefined;
  return code === 'not_connected' || code === 'reconnect_required' || code === 'not_enabled' ? code : 'error';
}

/** The same meeting from two sources (or pages) once. */
function dedupe(candidates: SearchCandidate[]): SearchCandidate[] {
  const seen = new Set<string>();
  return candidates.filter((c) => (seen.has(c.meeting.id) ? false : (seen.add(c.meeting.id), true)));
}

function revive(value: unknown): SearchCandidate[] {
  return Array.isArray(value) ? (value as SearchCandidate[]) : [];
}
