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
  now?: () => number;
}

/** Tenants whose last policy is remembered for outages; beyond this the oldest is dropped. */
const MAX_REMEMBERED_TENANTS = 10_000;

/** The tenant's settings for every integration, stored or default, and its audiences. */
export interface TenantPolicy {
  settings: ReadonlyMap<ProviderId, IntegrationSetting>;
  audiences: ReadonlyMap<string, Audience>;
}

/**
 * The access check (brief §2): after authentication, before the cache and anything that touches a
 * provider. It reads the tenant's settings on every request, with no memo, so a disabled integration
 * or a user taken out of the access list is refused at once, on every server, cached results included.
 */
export class AccessCheck {
  private readonly lastKnown = new Map<string, { policy: TenantPolicy; at: number }>();
  private readonly now: () => number;

  constructor(private readonly options: AccessCheckOptions) {
    this.now = options.now ?? Date.now;
  }

  /** The tenant's policy, read from the store on every call (the last one read only while the store fails). */
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
    const policy = await this.policy(user.tid);
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
