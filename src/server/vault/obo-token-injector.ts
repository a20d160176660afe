import type { IntegrationState, ProviderId } from '../../shared/api';
import { AppError } from '../errors/app-error';
import { SingleFlight } from '../lib/single-flight';
import { classifyAuthorityFailure } from '../oauth/classify';
import type { TokenClient, TokenSet } from '../oauth/token-client';
import type { InjectorContext, TokenInjector } from './token-injector';

export interface OboInjectorOptions {
  tokenClient: TokenClient;
  /** Downstream scopes per provider, e.g. Graph's Calendars.Read. */
  scopes: Record<ProviderId, string[]>;
  adminConsentUrl: (tid: string) => string;
  /** Renew this long before expiry. */
  refreshMarginMs?: number;
  now?: () => number;
}

/**
 * Obtains downstream tokens by the on-behalf-of exchange of the caller's own JWT and keeps the
 * access token in memory until shortly before it expires. Nothing is persisted: the encrypted
 * vault replaces this behind the same TokenInjector seam.
 */
export class OboTokenInjector implements TokenInjector {
  private readonly cache = new Map<string, TokenSet>();
  private readonly flights = new SingleFlight<TokenSet>();
  private readonly now: () => number;
  private readonly margin: number;

  constructor(private readonly options: OboInjectorOptions) {
    this.now = options.now ?? Date.now;
    this.margin = options.refreshMarginMs ?? 5 * 60_000;
  }

  async accessToken(ctx: InjectorContext, provider: ProviderId): Promise<string> {
    const key = this.key(ctx, provider);
    const cached = this.cache.get(key);
    if (cached && cached.expiresAt - this.margin > this.now()) return cached.accessToken;
    const fresh = await this.flights.run(key, async () => {
      try {
        return await this.options.tokenClient.onBehalfOf(ctx.user.tid, ctx.user.assertion, this.options.scopes[provider]);
      } catch (err) {
        throw classifyAuthorityFailure(err, this.options.adminConsentUrl(ctx.user.tid));
      }
    });
    this.cache.set(key, fresh);
    return fresh.accessToken;
  }

  rejected(ctx: InjectorContext, provider: ProviderId, accessToken: string): void {
    const key = this.key(ctx, provider);
    if (this.cache.get(key)?.accessToken === accessToken) this.cache.delete(key);
  }

  async state(ctx: InjectorContext, provider: ProviderId): Promise<IntegrationState> {
    try {
      await this.accessToken(ctx, provider);
      return 'connected';
    } catch (err) {
      if (err instanceof AppError) {
        if (err.code === 'admin_consent_required') return 'admin_consent_required';
        if (err.code === 'consent_required') return 'not_connected';
        if (err.code === 'reconnect_required') return 'reconnect_required';
      }
      throw err;
    }
  }

  private key(ctx: InjectorContext, provider: ProviderId): string {
    return `${ctx.user.tid}:${ctx.user.oid}:${provider}`;
  }
}
