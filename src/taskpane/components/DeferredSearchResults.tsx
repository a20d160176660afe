import { lazy } from 'react';

/**
 * Search results (with their chips and date labels) are not part of first paint: their chunk is
 * fetched when the person turns to the search box (focus or a key), so it is usually there by the
 * time the first answer is.
 */
export const loadSearchResults = () => import(/* webpackChunkName: "search-results" */ './SearchResults');

export const SearchResults = lazy(async () => ({ default: (await loadSearchResults()).SearchResults }));
