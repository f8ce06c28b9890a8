/**
 * Typed words the search index does not hold. Pagefind answers a word it lacks with the longest start
 * of it that it has, so "Amodai" finds every page with the word "a": those results are not what the
 * reader asked for, and a close word from the atlas's own names is the better answer.
 */

/** Runs of four Latin letters or more, as the index splits words (at hyphens and apostrophes too): shorter ones and Chinese are matched whole. */
export const CHECKED_WORD = /\p{Script=Latin}{4,}/gu;

/** The shortest share of a typed word that a highlighted word must begin with for the match to count. */
const MIN_SHARED = 0.6;

/** The words of `text` that are checked, in lower case. */
function checkedWords(text: string): string[] {
  return [...text.toLowerCase().matchAll(CHECKED_WORD)].map((match) => match[0]);
}

/** How many letters `a` and `b` have in common at their start. */
function sharedStart(a: string, b: string): number {
  let length = 0;
  while (length < a.length && length < b.length && a[length] === b[length]) length++;
  return length;
}

/** The letter runs of each highlight (`<mark>`) in `excerpts`, in lower case: a highlight covers a whole token, punctuation and all ("(a", or an address in which "ch" matched). */
function markedRuns(excerpts: readonly string[]): string[][] {
  return excerpts.flatMap((excerpt) => [...excerpt.matchAll(/<mark>(.*?)<\/mark>/g)].map((match) => match[1]!.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []));
}

/** True when one of the `runs` of a highlight is `word` found: whole, longer or by its stem. */
function found(word: string, runs: readonly string[]): boolean {
  return runs.some((run) => sharedStart(word, run) >= neededStart(word));
}

/** How many letters of `word` a highlighted word must share with it at the start to be a match of it: all of a short word, most of a long one (stems differ at the end). */
function neededStart(word: string): number {
  return word.length < 4 ? word.length : Math.max(3, Math.ceil(word.length * MIN_SHARED));
}

/**
 * The words of `query` that the result `excerpts` show were found only by a much shorter start:
 * every highlighted word (`<mark>`) that no other word of the query accounts for is such a start
 * ("a" for "amodai"). Without that evidence a word is not judged: an excerpt shows only part of a
 * page, so a word missing from it may be elsewhere on the page.
 */
export function unmatchedWords(query: string, excerpts: readonly string[]): string[] {
  const marked = markedRuns(excerpts);
  const tokens = query.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  return checkedWords(query).filter((word) => {
    const others = tokens.filter((token) => token !== word);
    const evidence = marked.filter((runs) => !others.some((other) => found(other, runs)));
    return evidence.length > 0 && evidence.every((runs) => !found(word, runs) && runs.some((run) => word.startsWith(run)));
  });
}

/**
 * The checked words of `query` that no highlight in the result `excerpts` shows found, the words that
 * may be misspelt: in a search of several words that found pages by the others ("Kaplen 2020" by
 * "2020"), the rest; in a search that found nothing, all of them.
 */
export function unconfirmedWords(query: string, excerpts: readonly string[]): string[] {
  const marked = markedRuns(excerpts);
  return checkedWords(query).filter((word) => !marked.some((runs) => found(word, runs)));
}

/** The checked words of `query` that are not among `words` (the atlas's names): what to correct when a search finds nothing at all. */
export function unknownWords(query: string, words: readonly string[]): string[] {
  const known = new Set(words.map((word) => word.toLowerCase()));
  return checkedWords(query).filter((word) => !known.has(word));
}

/** The distinct checked words of the atlas's names and titles, each as first written: what a suggestion may offer. */
export function searchWords(names: readonly string[]): string[] {
  const seen = new Map<string, string>();
  for (const name of names) {
    for (const match of name.matchAll(CHECKED_WORD)) {
      const key = match[0].toLowerCase();
      if (!seen.has(key)) seen.set(key, match[0]);
    }
  }
  return [...seen.values()].sort((a, b) => a.localeCompare(b, 'en'));
}
