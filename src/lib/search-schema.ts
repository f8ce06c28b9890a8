/**
 * What the search index holds, shared by the build (which writes it) and the search page (which
 * reads it): the facets, and the weights that decide which page a query finds first.
 * Kept free of heavy imports so the browser bundle stays small.
 */
import type { EntityKind } from './kb.ts';

/** The facets of the search page, in display order. */
export const SEARCH_FACETS = ['type', 'verdict', 'year', 'organisation', 'language'] as const;
/** One facet of the search page. */
export type SearchFacet = (typeof SEARCH_FACETS)[number];

/**
 * The `type` of the one indexed page that is not an entry: the article checked claim by claim, in
 * Chinese (/zh/). A type of its own, so that filtering by "claim" still lists only claim entries.
 */
export const ARTICLE_CHECK_TYPE = 'article-check';
/** What a search result is, as its `type` facet and `kind` metadata say: an entry of some kind, or the article check. */
export type ResultType = EntityKind | typeof ARTICLE_CHECK_TYPE;

/**
 * Pagefind weight of an entry's heading (plain text is 1, an h1 7): names of people and
 * organisations outrank pages that merely mention them, so a name finds its own page first.
 */
export const HEADING_WEIGHT: Record<EntityKind, number> = { person: 10, org: 10, work: 9, claim: 9, event: 8, dataset: 8 };

/** Pagefind weight of identifiers (arXiv id, DOI, ISBN) on a work's page, so pasting one finds the work first. */
export const IDENTIFIER_WEIGHT = 10;

/**
 * Ranking boosts (Pagefind `metaWeights`) for metadata that matches a query: a name, an identifier
 * or a quoted sentence pulls its own page above pages that only mention it, and an author's name
 * pulls their works above mentions (but below their own page). Pagefind's default title weight is 5.
 */
export const META_WEIGHTS = { title: 5, name: 10, identifiers: 10, quote: 6, authors: 7 } as const;

/**
 * Pagefind's ranking. `pageLength` near 0: an entry's page is long because the entry is central and
 * well sourced (Kaplan 2020, Chinchilla), so a long page must not lose to a short one that merely
 * mentions the query (Pagefind's default, 0.75, put the Chinchilla paper 13th for "Chinchilla").
 */
export const SEARCH_RANKING = { metaWeights: META_WEIGHTS, pageLength: 0.1 } as const;
