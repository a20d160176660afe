import type { ProviderId } from '../../shared/api';
import type { TokenSource } from '../providers/adopter';
import type { InjectorContext, TokenInjector } from './token-injector';

/** A token source bound to one caller and one provider: what adopters get instead of the context. */
export function tokenSource(injector: TokenInjector, ctx: InjectorContext, provider: ProviderId): TokenSource {
  return {
    get: () => injector.accessToken(ctx, provider),
    rejected: (accessToken) => injector.rejected(ctx, provider, accessToken),
    refused: () => injector.refused(ctx, provider),
  };
}
