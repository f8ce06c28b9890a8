/**
 * The state of the search page (query, facet filters, sort) and its round trip through the URL,
 * so a search can be bookmarked, shared and reached from the header's plain GET form.
 */
import { SEARCH_FACETS, type SearchFacet } from './search-schema.ts';

/** Orders the search page offers: relevance, or by the `date` sort key every page carries. */
export const SORT_ORDERS = ['relevance', 'newest', 'oldest'] as const;
/** One order of results. */
export type SortOrder = (typeof SORT_ORDERS)[number];

/** What the reader asked for. */
export interface SearchState {
  /** Words typed, as typed. */
  query: string;
  /** Selected values per facet; a result matches any value within a facet and every facet. */
  filters: Record<SearchFacet, string[]>;
  /** Order of results. */
  sort: SortOrder;
}

/** The state a URL's query string describes (`?q=…&type=claim&verdict=false&sort=newest`); unknown keys are ignored. */
export function stateFromParams(params: URLSearchParams): SearchState {
  const sort = params.get('sort');
  return {
    query: params.get('q')?.trim() ?? '',
    filters: Object.fromEntries(SEARCH_FACETS.map((facet) => [facet, [...new Set(params.getAll(facet).filter(Boolean))]])) as SearchState['filters'],
    sort: SORT_ORDERS.includes(sort as SortOrder) ? (sort as SortOrder) : 'relevance',
  };
}

/** The query string of a state, with empty parts left out. */
export function paramsFromState(state: SearchState): URLSearchParams {
  const params = new URLSearchParams();
  if (state.query) params.set('q', state.query);
  for (const facet of SEARCH_FACETS) for (const value of state.filters[facet]) params.append(facet, value);
  if (state.sort !== 'relevance') params.set('sort', state.sort);
  return params;
}

/** Whether a state asks for anything (a query or at least one filter). */
export function isActive(state: SearchState): boolean {
  return state.query !== '' || SEARCH_FACETS.some((facet) => state.filters[facet].length > 0);
}

/** Pagefind's search options for a state: `any` within a facet, all facets together, and the sort. */
export function pagefindOptions(state: SearchState): { filters: Partial<Record<SearchFacet, { any: string[] }>>; sort?: { date: 'asc' | 'desc' } } {
  const filters = Object.fromEntries(SEARCH_FACETS.filter((facet) => state.filters[facet].length > 0).map((facet) => [facet, { any: state.filters[facet] }]));
  return { filters, ...(state.sort === 'relevance' ? {} : { sort: { date: state.sort === 'newest' ? 'desc' : 'asc' } }) };
}
