/** A corrected query for typed words the search index does not hold, from the words of the atlas's names (kept apart from search-typo.ts so the search page loads the edit distance only when it needs it). */
import { closest, distance } from 'fastest-levenshtein';
import { CHECKED_WORD } from './search-typo.ts';

/** Edits a misspelt word may be from the name word offered for it: one, two in a word of eight letters or more ("transformer" is not "Transfer"). */
const maxEdits = (word: string): number => (word.length >= 8 ? 2 : 1);

/** `query` with each of its `unmatched` words replaced by the nearest of `words`, or undefined when one has none close enough. */
export function suggestedQuery(query: string, unmatched: readonly string[], words: readonly string[]): string | undefined {
  const lower = words.map((word) => word.toLowerCase());
  const replacements = new Map<string, string>();
  for (const word of unmatched) {
    const best = lower.length > 0 ? closest(word, lower) : undefined;
    if (best === undefined || distance(word, best) > maxEdits(word)) return undefined;
    replacements.set(word, words[lower.indexOf(best)]!);
  }
  const suggestion = query.replace(CHECKED_WORD, (word) => replacements.get(word.toLowerCase()) ?? word);
  return suggestion === query ? undefined : suggestion;
}
