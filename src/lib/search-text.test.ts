import { describe, expect, test } from 'vitest';
import { joinCjk, prepareHtmlForIndex, segmentCjk, segmentQuery } from './search-text.ts';

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
    expect(joinCjk(segmentCjk('2013年1月百度深度学习研究院成立'))).toBe('2013 年 1 月百度深度学习研究院成立 ');
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
    expect(prepared.replace(/<[^>]*>/g, '').trim().split(/\s+/)).toEqual(['p{}1', ...segmentQuery('百度公司 发现').split(' ')]);
  });

  test('keeps words of neighbouring blocks apart', () => {
    const text = (html: string) => html.replace(/<[^>]*>/g, '');
    expect(text('<dt>arXiv</dt><dd>1712.00409</dd>')).toBe('arXiv1712.00409');
    expect(text(prepareHtmlForIndex('<dt>arXiv</dt><dd>1712.00409</dd>'))).toMatch(/^\s*arXiv\s+1712\.00409\s*$/);
    expect(prepareHtmlForIndex('<a>Joel</a><span>Hestness</span>')).toBe('<a>Joel</a><span>Hestness</span>');
  });
});
