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
