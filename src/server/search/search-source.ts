import type { ProviderId } from '../../shared/api';
import type { ProviderRegistry } from '../providers/registry';
import type { InjectorContext, TokenInjector } from '../vault/token-injector';
import { tokenSource } from '../vault/token-source';
import type { SearchCandidate } from './candidate';
import type { ParsedQuery } from './query/types';

/** The range a provider is asked about: the query's own, or the dateless window. */
export interface SearchWindow {
  from: Date;
  to: Date;
  /** The query named no date: the window is the default one, and text may go to the provider's own search. */
  dateless: boolean;
}

/**
 * One provider's search, as federation sees it: candidates for the window (and the query's words),
 * live from the provider. Matching and ranking happen in SearchService, the same for every provider.
 */
export interface SearchSource {
  readonly id: ProviderId;
  search(ctx: InjectorContext, query: ParsedQuery, window: SearchWindow): Promise<SearchCandidate[]>;
}

/**
 * The registry's providers as search sources: each adopter's `search`, called with a token source
 * for the caller and that provider (adopters never see the context). Providers whose adopter
 * cannot search are left out.
 */
export function searchSources(registry: ProviderRegistry, injector: TokenInjector): SearchSource[] {
  const out: SearchSource[] = [];
  for (const provider of registry.all) {
    const adopter = provider.adopter;
    if (!adopter.search) continue;
    const search = adopter.search.bind(adopter);
    out.push({
      id: provider.id,
      search: (ctx, query, window) => search({ account: { tid: ctx.user.tid, oid: ctx.user.oid }, tokens: tokenSource(injector, ctx, provider.id) }, query, window),
    });
  }
  return out;
}
