/**
 * Chinese word segmentation for search, shared by the index (at build time, in Node) and the
 * query (in the browser), so both sides cut text into the same words.
 *
 * Pages are `<html lang="en">` with Chinese fragments. Pagefind picks one analyser per page
 * language, and its English analyser does not segment Chinese, so 规律 inside 扩展规律 is never
 * found. We keep the English analyser (it stems: "laws" finds "law") and put spaces between the
 * Chinese words of every text node before Pagefind reads the page, then do the same to queries.
 */

const HAN_RUN = /[\p{Script=Han}]+/gu;
const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });

/** Text with every run of Chinese characters split into words separated by spaces ("扩展规律" → " 扩展 规律 "). */
export function segmentCjk(text: string): string {
  return text.replace(HAN_RUN, (run) => ` ${[...segmenter.segment(run)].map((part) => part.segment).join(' ')} `);
}

/** A search query with its Chinese words spaced as in the index, and whitespace collapsed. */
export function segmentQuery(query: string): string {
  return segmentCjk(query).replace(/\s+/g, ' ').trim();
}

/** A Chinese character or CJK/full-width punctuation, optionally closing or opening a `<mark>`. */
const CJK_BEFORE = String.raw`([\p{Script=Han}\u3000-\u303F\uFF00-\uFFEF](?:</mark>)?)`;
const CJK_AFTER = String.raw`(?=(?:<mark>)?[\p{Script=Han}\u3000-\u303F\uFF00-\uFFEF])`;
const BETWEEN_CJK = new RegExp(String.raw`${CJK_BEFORE}\s+${CJK_AFTER}`, 'gu');
const INSIDE_BRACKETS = new RegExp(String.raw`([(\[])\s+${CJK_AFTER}|${CJK_BEFORE}\s+(?=[)\]])`, 'gu');

/**
 * Undo, for display, the spaces segmentation put between Chinese words and inside brackets around
 * them, also across Pagefind's `<mark>` tags. Spaces between Chinese and Latin text or digits stay:
 * those may have been in the original.
 */
export function joinCjk(text: string): string {
  return text.replace(BETWEEN_CJK, '$1').replace(INSIDE_BRACKETS, (_match, open: string | undefined, cjk: string | undefined) => open ?? cjk ?? '');
}

/** The start of a block-level tag, after which a browser starts a new line but Pagefind would join the words ("arXiv</dt><dd>1712…"). */
const BLOCK_TAG_START = /<\/?(?:p|div|dt|dd|dl|li|ul|ol|td|th|tr|table|h[1-6]|section|article|header|footer|aside|blockquote|br)\b/gi;

/** Whether `offset` of `html` is in a text node: not inside a tag, nor in a script or style element. */
function inTextNode(html: string, offset: number): boolean {
  const lastOpen = html.lastIndexOf('<', offset);
  if (html.lastIndexOf('>', offset) < lastOpen) return false;
  return !/^<(?:script|style)\b/i.test(html.slice(lastOpen, lastOpen + 7));
}

/**
 * A page as Pagefind should read it: Chinese in text nodes segmented, and a space before every
 * block-level tag so words of neighbouring blocks stay apart. Scripts, styles and attributes are
 * untouched. Two scans of the page with no work per tag: the build prepares every entry page.
 */
export function prepareHtmlForIndex(html: string): string {
  const segmented = html.replace(HAN_RUN, (run: string, offset: number) => (inTextNode(html, offset) ? segmentCjk(run) : run));
  return segmented.replace(BLOCK_TAG_START, ' $&');
}
