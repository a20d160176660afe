import type { Audience, ProviderId } from '../../shared/api';
import type { UserIdentity } from '../auth/user-token-verifier';
import { AppError } from '../errors/app-error';
import type { AdminStore, IntegrationSetting } from '../store/admin-store';
import { INTEGRATION_NAMES, INTEGRATIONS } from './integrations';
import { decideAccess, type AccessDecision } from './policy';

export interface AccessCheckOptions {
  store: Pick<AdminStore, 'integrationSettings' | 'audiences'>;
  /**
   * Whether an integration no admin has touched is on for a tenant: never in `entra` mode (off
   * until an admin enables it), yes for the demo tenant in demo mode.
   */
  enabledByDefault(tid: string): boolean;
  /**
   * While the store fails, a tenant's last policy read within this long is used (default 30
   * minutes, the stale-if-error window), so cached meetings can still be served stale. Nothing can
   * have changed it meanwhile: changes are written to that same store. Older, or never read: 503.
   */
  lastKnownMaxAgeMs?: number;
  /**
   * How long a policy read for the access check is reused (default 1 s; 0 reads on every request).
   * Changes made through this server's AdminService invalidate it at once (`changed`); a change
   * made on another server (or straight in the database) is seen within this bound.
   */
  memoMs?: number;
  now?: () => number;
  /** The memo's clock: monotonic and never the (settable) server clock, so no clock change can stretch the bound. */
  monotonicNow?: () => number;
}

/** The default staleness bound for a change made on another server. */
export const ACCESS_MEMO_MS = 1000;

/** Tenants whose last policy is remembered for outages; beyond this the oldest is dropped. */
const MAX_REMEMBERED_TENANTS = 10_000;

/** The tenant's settings for every integration, stored or default, and its audiences. */
export interface TenantPolicy {
  settings: ReadonlyMap<ProviderId, IntegrationSetting>;
  audiences: ReadonlyMap<string, Audience>;
}

/**
 * The access check (brief §2): after authentication, before the cache and anything that touches a
 * provider, cached results included. The tenant's policy is memoized per tenant for at most
 * `memoMs` (1 s) and tagged with the tenant's generation, which every change through this server's
 * admin service bumps: on the server that took the change it applies at once, on every other
 * server within 1 s, whatever the cache backend (Redis up, down or absent).
 */
export class AccessCheck {
  private readonly lastKnown = new Map<string, { policy: TenantPolicy; at: number }>();
  private readonly memo = new Map<string, { policy: TenantPolicy; at: number; generation: number }>();
  private readonly generations = new Map<string, number>();
  private readonly now: () => number;
  private readonly memoMs: number;
  private readonly monotonicNow: () => number;

  constructor(private readonly options: AccessCheckOptions) {
    this.now = options.now ?? Date.now;
    this.memoMs = options.memoMs ?? ACCESS_MEMO_MS;
    this.monotonicNow = options.monotonicNow ?? (() => performance.now());
  }

  /** An admin changed the tenant's settings or audiences: the next access check reads them afresh. */
  changed(tid: string): void {
    this.generations.set(tid, (this.generations.get(tid) ?? 0) + 1);
    this.memo.delete(tid);
  }

  /**
   * The policy the access check decides by: the memo while it is younger than `memoMs` and no
   * change was made here since it was read. The generation is taken before the read, so a read
   * that overlaps a change is never kept as current.
   */
  private async currentPolicy(tid: string): Promise<TenantPolicy> {
    const generation = this.generations.get(tid) ?? 0;
    const memo = this.memo.get(tid);
    const at = this.monotonicNow();
    if (memo && memo.generation === generation && at - memo.at >= 0 && at - memo.at < this.memoMs) return memo.policy;
    const policy = await this.policy(tid);
    if (this.memoMs > 0 && (this.generations.get(tid) ?? 0) === generation) {
      this.memo.delete(tid);
      if (this.memo.size >= MAX_REMEMBERED_TENANTS) this.memo.delete(this.memo.keys().next().value as string);
      this.memo.set(tid, { policy, at, generation });
    }
    return policy;
  }

  /** The tenant's policy, read from the store on every call (the last one read only while the store fails): what admin changes start from. */
  async policy(tid: string): Promise<TenantPolicy> {
    let policy: TenantPolicy;
    try {
      policy = await this.read(tid);
    } catch (err) {
      const known = this.lastKnown.get(tid);
      if (known && this.now() - known.at <= (this.options.lastKnownMaxAgeMs ?? 30 * 60_000)) return known.policy;
      throw err;
    }
    this.lastKnown.delete(tid);
    if (this.lastKnown.size >= MAX_REMEMBERED_TENANTS) this.lastKnown.delete(this.lastKnown.keys().next().value as string);
    this.lastKnown.set(tid, { policy, at: this.now() });
    return policy;
  }

  private async read(tid: string): Promise<TenantPolicy> {
    const [stored, audiences] = await Promise.all([this.options.store.integrationSettings(tid), this.options.store.audiences(tid)]);
    const settings = new Map<ProviderId, IntegrationSetting>();
    for (const provider of INTEGRATIONS) {
      settings.set(provider, stored.find((s) => s.provider === provider) ?? this.defaultSetting(tid, provider));
    }
    return { settings, audiences: new Map(audiences.map((a) => [a.id, a])) };
  }

  defaultSetting(tid: string, provider: ProviderId): IntegrationSetting {
    return { provider, enabled: this.options.enabledByDefault(tid), access: { mode: 'all', audiences: [], users: [] } };
  }

  /** Every integration's decision for the caller. */
  async decisions(user: UserIdentity): Promise<Map<ProviderId, AccessDecision>> {
    const policy = await this.currentPolicy(user.tid);
    return new Map(INTEGRATIONS.map((p) => [p, decideAccess(policy.settings.get(p)!, policy.audiences, user)]));
  }

  /** The providers the caller may use. */
  async allowedProviders(user: UserIdentity): Promise<Set<ProviderId>> {
    const decisions = await this.decisions(user);
    return new Set(INTEGRATIONS.filter((p) => decisions.get(p)!.allowed));
  }

  /** Throws 403 `not_enabled` unless the caller may use `provider`. */
  async require(user: UserIdentity, provider: ProviderId): Promise<void> {
    const decision = (await this.decisions(user)).get(provider)!;
    if (!decision.allowed) throw notEnabled(provider);
  }
}

export function notEnabled(provider: ProviderId): AppError {
  return new AppError('not_enabled', `${INTEGRATION_NAMES[provider]} is not enabled for you. Ask your admin to turn it on for you in the Upnext admin console.`);
}
