import type { Provider } from '../providers/provider';
import { SingleFlight } from '../lib/single-flight';
import type { InjectorContext, TokenInjector } from '../vault/token-injector';
import { tokenSource } from '../vault/token-source';

const HOUR = 3600_000;

export interface CalendarZonesOptions {
  now?: () => number;
  /** A zone the provider named is kept this long (people rarely move their calendar's zone). */
  knownMs?: number;
  /** "Not known" (the grant lacks the permission) is asked again after this long. */
  unknownMs?: number;
  /** A failed ask is tried again after this long. */
  failedMs?: number;
  /** How long a request waits for a first ask before answering without the zone. */
  waitMs?: number;
  /** People kept at most (the least recently asked go first). */
  maxEntries?: number;
}

interface Entry {
  zone: string | undefined;
  until: number;
}

/**
 * Each connected calendar's own time zone, asked of the provider once a day per person and
 * provider, never on the list's path (`/api/me` carries it); an old answer is given at once while
 * the next ask runs, so `/api/me` waits (at most `waitMs`) only the first time. A zone is a setting, not a secret,
 * and not the meetings: it is kept in this process's memory, bounded, by tenant, user and
 * provider; connect and disconnect forget it. Any failure is "not known": the pane then names no
 * calendar zone, and nothing else depends on it.
 */
export class CalendarZones {
  /** By `tid:oid`, then provider; a user's entries are forgotten together. */
  private readonly entries = new Map<string, Map<string, Entry>>();
  private readonly flights = new SingleFlight<string | undefined>();
  private readonly now: () => number;
  private readonly knownMs: number;
  private readonly unknownMs: number;
  private readonly failedMs: number;
  private readonly waitMs: number;
  private readonly maxEntries: number;

  constructor(
    private readonly injector: TokenInjector,
    options: CalendarZonesOptions = {},
  ) {
    this.now = options.now ?? Date.now;
    this.knownMs = options.knownMs ?? 24 * HOUR;
    this.unknownMs = options.unknownMs ?? HOUR;
    this.failedMs = options.failedMs ?? 5 * 60_000;
    this.waitMs = options.waitMs ?? 1000;
    this.maxEntries = options.maxEntries ?? 50_000;
  }

  /** The calendar's IANA zone, or undefined (not known, not asked yet, or the ask is slow). */
  async zoneOf(ctx: InjectorContext, provider: Provider): Promise<string | undefined> {
    const ask = provider.adopter.calendarTimeZone?.bind(provider.adopter);
    if (!ask) return undefined;
    const user = `${ctx.user.tid}:${ctx.user.oid}`;
    const cached = this.entries.get(user)?.get(provider.id);
    if (cached && cached.until > this.now()) return cached.zone;
    const flight = this.flights.run(`${user}:${provider.id}`, async () => {
      let entry: Entry;
      try {
        const zone = await ask({ account: { tid: ctx.user.tid, oid: ctx.user.oid }, tokens: tokenSource(this.injector, ctx, provider.id) });
        entry = { zone, until: this.now() + (zone ? this.knownMs : this.unknownMs) };
      } catch {
        entry = { zone: cached?.zone, until: this.now() + this.failedMs };
      }
      this.remember(user, provider.id, entry);
      return entry.zone;
    });
    // Known before: answer with it at once while asking again, so only a person's very first ask can wait.
    if (cached) return cached.zone;
    let stop = (): void => undefined;
    const late = new Promise<undefined>((resolve) => {
      const timer = setTimeout(resolve, this.waitMs);
      stop = () => clearTimeout(timer);
    });
    try {
      // A slow provider never holds the answer up: the ask goes on, and the next /api/me has it.
      return await Promise.race([flight, late]);
    } finally {
      stop();
    }
  }

  /** After connect or disconnect: the next ask goes to the provider. */
  forget(tid: string, oid: string): void {
    this.entries.delete(`${tid}:${oid}`);
  }

  private remember(user: string, provider: string, entry: Entry): void {
    const mine = this.entries.get(user) ?? new Map<string, Entry>();
    mine.set(provider, entry);
    this.entries.delete(user);
    this.entries.set(user, mine);
    while (this.entries.size > this.maxEntries) this.entries.delete(this.entries.keys().next().value!);
  }
}
