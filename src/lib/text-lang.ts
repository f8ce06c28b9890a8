/**
 * The language of a short piece of text written into an English page, when it is not English:
 * names and titles in Chinese script get `lang="zh"`, so screen readers and fonts treat them as Chinese.
 */

/** Han characters (CJK unified ideographs and their extensions). */
const HAN = /\p{Script=Han}/gu;

/** Latin letters. */
const LATIN = /\p{Script=Latin}/gu;

/** `zh` when `text` is mostly Chinese (at least as many Han characters as Latin letters), else undefined (the page's English). */
export function textLang(text: string): 'zh' | undefined {
  const han = text.match(HAN)?.length ?? 0;
  if (han === 0) return undefined;
  return han >= (text.match(LATIN)?.length ?? 0) ? 'zh' : undefined;
}

/** A stretch of Chinese inside other text: from a Han character to the last one before Latin letters or a space, punctuation and digits included. */
const HAN_RUN = /\p{Script=Han}(?:[^\p{Script=Latin}\s]*\p{Script=Han})?/gu;

/** One piece of a text and its language when that is not the page's English. */
export interface LangRun {
  text: string;
  lang?: 'zh';
}

/** `text` cut into runs, each Chinese stretch of an English text marked `zh` (a title quoted inside a sentence); a mostly Chinese text is one `zh` run. */
export function langRuns(text: string): LangRun[] {
  if (textLang(text)) return [{ text, lang: 'zh' }];
  const runs: LangRun[] = [];
  let last = 0;
  for (const match of text.matchAll(HAN_RUN)) {
    if (match.index > last) runs.push({ text: text.slice(last, match.index) });
    runs.push({ text: match[0], lang: 'zh' });
    last = match.index + match[0].length;
  }
  if (last < text.length) runs.push({ text: text.slice(last) });
  return runs;
}
