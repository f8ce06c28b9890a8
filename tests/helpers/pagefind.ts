/** Query the built Pagefind index from Node: the browser bundle of dist/pagefind/, fetching over a local static server. */
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { DIST } from './static-server.ts';
import type { RunningServer } from './static-server.ts';
import { META_WEIGHTS } from '../../src/lib/search-schema.ts';
import { segmentQuery } from '../../src/lib/search-text.ts';

/** The part of Pagefind's API the tests use. */
export interface PagefindApi {
  options(options: object): Promise<void>;
  search(term: string | null, options?: object): Promise<{ results: { data(): Promise<{ url: string; meta: Record<string, string> }> }[] }>;
}

/** Load the built bundle with the site's ranking weights, fetching its files from `server`. */
export async function openPagefind(server: RunningServer): Promise<PagefindApi> {
  const api = (await import(/* @vite-ignore */ pathToFileURL(join(DIST, 'pagefind', 'pagefind.js')).href)) as PagefindApi;
  await api.options({ basePath: `${server.url}/pagefind/`, ranking: { metaWeights: META_WEIGHTS } });
  return api;
}

/** Page paths a query finds (null: browse everything), best first, with the query segmented as the search page does. */
export async function searchPaths(api: PagefindApi, query: string | null, options: object = {}): Promise<string[]> {
  const response = await api.search(query === null ? null : segmentQuery(query), options);
  return Promise.all(response.results.map(async (result) => new URL((await result.data()).url, 'http://site').pathname));
}
