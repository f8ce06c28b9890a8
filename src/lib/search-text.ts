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

/** Undo the spacing between Chinese characters for display, also across Pagefind's `<mark>` tags. */
export function joinCjk(text: string): string {
  return text.replace(/(\p{Script=Han}(?:<\/mark>)?)\s+(?=(?:<mark>)?\p{Script=Han})/gu, '$1');
}

/** Block-level tags, after which a browser starts a new line but Pagefind would join the words ("arXiv</dt><dd>1712…"). */
const BLOCK_TAG = /^<\/?(?:p|div|dt|dd|dl|li|ul|ol|td|th|tr|table|h[1-6]|section|article|header|footer|aside|blockquote|br)\b/i;

/**
 * A page as Pagefind should read it: Chinese in text nodes segmented, and a space beside every
 * block-level tag so words of neighbouring blocks stay apart. Scripts, styles and attributes are untouched.
 */
export function prepareHtmlForIndex(html: string): string {
  return html.replace(/(<script\b[\s\S]*?<\/script>|<style\b[\s\S]*?<\/style>|<[^>]*>)|([^<]+)/gi, (_all, tag: string | undefined, text: string | undefined) =>
    tag === undefined ? segmentCjk(text ?? '') : BLOCK_TAG.test(tag) ? ` ${tag} ` : tag
  );
}
