/**
 * Chinese word segmentation for search, shared by the index (at build time, in Node) and the
 * query (in the browser), so both sides cut text into the same words.
 *
 * Pages are indexed as English (`<html lang="en">` with Chinese fragments; the Chinese check, /zh/,
 * too, see src/integrations/pagefind.ts). Pagefind's English analyser does not segment Chinese, so
 * 规律 inside 扩展规律 is never found. We keep the English analyser (it stems: "laws" finds "law") and
 * put spaces between the Chinese words of every text node before Pagefind reads the page, then do
 * the same to queries.
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

/**
 * Put by the index after a space it added inside a text node where the page had none ("2013年" is
 * indexed as "2013 ⁠年"): Pagefind strips it from words (it is neither a letter nor a space), so
 * search is unchanged, and `showIndexedText` removes it with the space before it.
 */
export const ADDED_SPACE = '\u2060';
/**
 * Put by the index, as a word of its own, before every block element (paragraph, list item, cell…),
 * where a browser starts a new line: `showIndexedText` shows it as " · " so the last words of one
 * block ("… · arXiv") do not read as the start of the next.
 */
export const BLOCK_BREAK = '\u2063';

/** Whether `char` is text right beside a run of Chinese in the same text node (not a space, not a tag's edge). */
const isTextBeside = (char: string | undefined) => char !== undefined && !/[\s<>]/.test(char);

/**
 * A run of Chinese as the index reads it: its words apart, with the spaces added between them and
 * against the text touching it marked as added. Next to a tag or a space it adds a plain space, as the
 * text beyond the tag is not known.
 */
export function segmentRunForIndex(run: string, before: string | undefined, after: string | undefined): string {
  const added = ` ${ADDED_SPACE}`;
  const words = [...segmenter.segment(run)].map((part) => part.segment).join(added);
  return `${isTextBeside(before) ? added : ' '}${words}${isTextBeside(after) ? added : ' '}`;
}

const ADDED_SPACES = new RegExp(String.raw`\s+(<mark>)?${ADDED_SPACE}|${ADDED_SPACE}`, 'g');
const BLOCK_BREAKS = new RegExp(String.raw`(?:\s*${BLOCK_BREAK})+\s*`, 'g');
/** Text ending with punctuation that already separates it from what follows. */
const ENDS_WITH_PUNCTUATION = /[.!?:;,·…。!?;:,、]$/u;

/**
 * Pagefind text (a title, or an excerpt with its `<mark>`s) as a reader should see it: the spaces the
 * index added removed, block breaks shown as " · " unless punctuation already ends the block (and
 * dropped at either end), and the spaces segmentation put between Chinese words across tags undone.
 */
export function showIndexedText(text: string): string {
  const spaced = text.replace(ADDED_SPACES, '$1');
  const broken = spaced.replace(BLOCK_BREAKS, (match: string, offset: number) => {
    const before = spaced.slice(0, offset).replace(/<\/?mark>/g, '').trimEnd();
    if (!before || !spaced.slice(offset + match.length).trim()) return '';
    return ENDS_WITH_PUNCTUATION.test(before) ? ' ' : ' · ';
  });
  return joinCjk(broken).trim();
}

/** A Chinese character or CJK/full-width punctuation, optionally closing or opening a `<mark>`. */
const CJK_BEFORE = String.raw`([\p{Script=Han}\u3000-\u303F\uFF00-\uFFEF](?:</mark>)?)`;
const CJK_AFTER = String.raw`(?=(?:<mark>)?[\p{Script=Han}\u3000-\u303F\uFF00-\uFFEF])`;
const BETWEEN_CJK = new RegExp(String.raw`${CJK_BEFORE}\s+${CJK_AFTER}`, 'gu');
const INSIDE_BRACKETS = new RegExp(String.raw`([(\[])\s+${CJK_AFTER}|${CJK_BEFORE}\s+(?=[)\]])`, 'gu');

/**
 * Undo, for display, the spaces segmentation put between Chinese words and inside brackets around
 * them, also across Pagefind's `<mark>` tags: for text the index could not mark (`ADDED_SPACE`), at
 * the edges of tags. Spaces between Chinese and Latin text or digits stay: those may have been in the original.
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
 * A page as Pagefind should read it: Chinese in text nodes segmented (see `segmentRunForIndex`), a space
 * before every block-level tag so words of neighbouring blocks stay apart, and a block break before
 * every opening one. Scripts, styles and attributes are untouched. Two scans of the page with no work
 * per tag: the build prepares every entry page.
 */
export function prepareHtmlForIndex(html: string): string {
  const segmented = html.replace(HAN_RUN, (run: string, offset: number) => (inTextNode(html, offset) ? segmentRunForIndex(run, html[offset - 1], html[offset + run.length]) : run));
  return segmented.replace(BLOCK_TAG_START, (tag: string) => (tag[1] === '/' ? ` ${tag}` : ` ${BLOCK_BREAK} ${tag}`));
}
