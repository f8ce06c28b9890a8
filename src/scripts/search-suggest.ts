/** A corrected query for words the search index does not hold, from the atlas's own names; loaded only when one is needed. */
import { suggestedQuery } from '../lib/search-suggestion.ts';
import { unknownWords } from '../lib/search-typo.ts';

let words: Promise<string[]> | undefined;

/**
 * `query` with those of its `doubtful` words that are not among the atlas's names, fetched once from
 * `url`, replaced by the nearest words of those names; undefined when there is nothing to correct or
 * nothing close.
 */
export async function suggestion(query: string, doubtful: readonly string[], url: string): Promise<string | undefined> {
  words ??= fetch(url).then((response) => (response.ok ? (response.json() as Promise<string[]>) : []), () => []);
  const names = await words;
  const unknown = unknownWords(query, names).filter((word) => doubtful.includes(word));
  return unknown.length > 0 ? suggestedQuery(query, unknown, names) : undefined;
}
