/** A corrected query for words the search index does not hold, from the atlas's own names; loaded only when one is needed. */
import { suggestedQuery } from '../lib/search-suggestion.ts';
import { unknownWords } from '../lib/search-typo.ts';

let words: Promise<string[]> | undefined;

/**
 * `query` with its `unmatched` words (when none are given, those that are not among the names) replaced
 * by the nearest words of the atlas's names, fetched once from `url`; undefined when there is nothing close.
 */
export async function suggestion(query: string, unmatched: readonly string[] | undefined, url: string): Promise<string | undefined> {
  words ??= fetch(url).then((response) => (response.ok ? (response.json() as Promise<string[]>) : []), () => []);
  const names = await words;
  return suggestedQuery(query, unmatched ?? unknownWords(query, names), names);
}
