import type { ProviderId } from '../../shared/api';
import type { InjectorContext } from '../vault/token-injector';
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
