import { describe, expect, test } from 'vitest';
import { ADDED_SPACE, BLOCK_BREAK, joinCjk, prepareHtmlForIndex, segmentCjk, segmentQuery, segmentRunForIndex, showIndexedText } from './search-text.ts';

describe('segmentCjk', () => {
  test('splits runs of Chinese into words and leaves other text alone', () => {
    expect(segmentQuery('扩展规律')).toBe('扩展 规律');
    expect(segmentQuery('Scaling Law(扩展规律)')).toBe('Scaling Law( 扩展 规律 )');
    expect(segmentCjk('1712.00409 Baidu')).toBe('1712.00409 Baidu');
  });

  test('cuts the index text and the query the same way, so every word of a phrase is found', () => {
    const indexed = segmentCjk('竟然是百度最先发现的').split(/\s+/);
    for (const word of segmentQuery('百度最先发现').split(' ')) expect(indexed).toContain(word);
  });
});

describe('joinCjk', () => {
  test('removes the spaces segmentation put between Chinese characters, also across <mark>', () => {
    expect(joinCjk('扩展 规律 and Scaling Law')).toBe('扩展规律 and Scaling Law');
    expect(joinCjk('<mark>扩展</mark> <mark>规律</mark>')).toBe('<mark>扩展</mark><mark>规律</mark>');
    expect(joinCjk('Scaling Law( 扩展 规律 ) , 竟然 是 百度 ，而且')).toBe('Scaling Law(扩展规律) , 竟然是百度，而且');
  });
});

/** The words Pagefind reads in prepared HTML (tags dropped, split at spaces), as its index and excerpts hold them. */
const indexedWords = (html: string) => prepareHtmlForIndex(html).replace(/<[^>]*>/g, ' ').trim().split(/\s+/);
/** A word as Pagefind searches it: letters and digits only. */
const searched = (word: string) => word.replace(/[^\p{L}\p{N}]/gu, '');

describe('segmentRunForIndex', () => {
  test('marks the spaces it adds inside a text node, and adds plain ones next to tags or spaces', () => {
    expect(segmentRunForIndex('年', '3', '1')).toBe(` ${ADDED_SPACE}年 ${ADDED_SPACE}`);
    expect(segmentRunForIndex('百度公司', '>', ' ')).toBe(` 百度 ${ADDED_SPACE}公司 `);
  });

  test('leaves the words Pagefind searches as the query cuts them', () => {
    const words = indexedWords('<p>2013年1月百度深度学习研究院成立</p>').map(searched).filter(Boolean);
    for (const word of segmentQuery('2013 年 百度 深度 学习').split(' ')) expect(words).toContain(word);
  });
});

describe('showIndexedText', () => {
  /** Pagefind's view of the page: its words joined by single spaces. */
  const pagefindText = (html: string) => indexedWords(html).join(' ');

  test('gives Chinese back without the spaces the index added, beside digits too, and keeps the page’s own spaces', () => {
    expect(showIndexedText(pagefindText('<p>2013年1月百度深度学习研究院成立</p>'))).toBe('2013年1月百度深度学习研究院成立');
    expect(showIndexedText(pagefindText('<p>研发上投入资金超过 1700 亿元,比 OpenAI 提出</p>'))).toBe('研发上投入资金超过 1700 亿元,比 OpenAI 提出');
    expect(showIndexedText(pagefindText('<p>the 机器之心 article</p>'))).toBe('the 机器之心 article');
  });

  test('removes added spaces across Pagefind’s <mark>', () => {
    expect(showIndexedText(`2014 <mark>${ADDED_SPACE}年</mark> ${ADDED_SPACE}5 ${ADDED_SPACE}月`)).toBe('2014<mark>年</mark>5月');
  });

  test('shows a break between blocks as " · " unless punctuation ends the first, and none at either end', () => {
    expect(showIndexedText(pagefindText('<h1>Resolving</h1><p class="meta">preprint · Jun 2024 · arXiv</p><div><p>A June 2024 preprint.</p><p>Next.</p></div>'))).toBe(
      'Resolving · preprint · Jun 2024 · arXiv · A June 2024 preprint. Next.'
    );
    expect(showIndexedText(`${BLOCK_BREAK} <mark>arXiv</mark> ${BLOCK_BREAK} ${BLOCK_BREAK} Foo ${BLOCK_BREAK}`)).toBe('<mark>arXiv</mark> · Foo');
  });
});

describe('prepareHtmlForIndex', () => {
  test('segments Chinese in text nodes but not in tags, attributes or scripts', () => {
    const html = '<p title="百度公司">百度公司</p><script type="application/ld+json">{"name":"百度公司"}</script>';
    const prepared = prepareHtmlForIndex(html);
    expect(prepared).toContain('title="百度公司"');
    expect(prepared).toContain('{"name":"百度公司"}');
    expect(prepared).not.toContain('>百度公司<');
  });

  test('segments the text after a script or style element and inside any other element', () => {
    const prepared = prepareHtmlForIndex('<style>p{}</style><script>1</script><main><p>百度公司</p><em>发现</em></main>');
    expect(prepared).toContain('<style>p{}</style><script>1</script>');
    const words = prepared.replace(/<[^>]*>/g, '').trim().split(/\s+/).filter((word) => word !== BLOCK_BREAK);
    expect(words.map((word) => word.replace(ADDED_SPACE, ''))).toEqual(['p{}1', ...segmentQuery('百度公司 发现').split(' ')]);
  });

  test('keeps words of neighbouring blocks apart', () => {
    const text = (html: string) => html.replace(/<[^>]*>/g, '');
    expect(text('<dt>arXiv</dt><dd>1712.00409</dd>')).toBe('arXiv1712.00409');
    expect(text(prepareHtmlForIndex('<dt>arXiv</dt><dd>1712.00409</dd>'))).toMatch(new RegExp(String.raw`^\s*${BLOCK_BREAK}\s+arXiv\s+${BLOCK_BREAK}\s+1712\.00409\s*$`));
    expect(prepareHtmlForIndex('<a>Joel</a><span>Hestness</span>')).toBe('<a>Joel</a><span>Hestness</span>');
  });
});
