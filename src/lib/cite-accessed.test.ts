import { describe, expect, test } from 'vitest';
import { citedAccessDay } from './cite-accessed.ts';
import { workSchema } from './schema.ts';

/** The sources of a work, parsed as an entry's (so `reliability` defaults to primary). */
function sourcesOf(sources: Record<string, unknown>[]) {
  return workSchema.parse({ title: 'T', type: 'article', date: '2024-11~', summary: 'x', sources }).sources;
}

describe('citedAccessDay', () => {
  const repost = 'https://news.43u.com.cn/a/123238.html';

  test('is the day the source at the cited URL was read, even when it is a secondary source listed after a primary one', () => {
    const sources = sourcesOf([
      { url: 'https://arxiv.org/abs/2001.08361', accessed: '2026-11-28' },
      { url: repost, accessed: '2026-11-29', reliability: 'secondary' },
    ]);
    expect(citedAccessDay({ sources }, repost)).toBe('2026-11-29');
  });

  test('falls back to the first primary source when no source has the cited URL', () => {
    const sources = sourcesOf([
      { url: 'https://cn.wa01.com/a/copy.html', accessed: '2026-11-27', reliability: 'secondary' },
      { url: 'https://arxiv.org/abs/2001.08361', accessed: '2026-11-28' },
      { url: 'https://example.org/later', accessed: '2026-11-29' },
    ]);
    expect(citedAccessDay({ sources }, repost)).toBe('2026-11-28');
  });

  test('gives no day when the citation has no URL, or no source matches and none is primary', () => {
    expect(citedAccessDay({ sources: sourcesOf([{ url: repost, accessed: '2026-11-29' }]) }, undefined)).toBeUndefined();
    expect(citedAccessDay({ sources: sourcesOf([{ url: 'https://cn.wa01.com/a/copy.html', accessed: '2026-11-27', reliability: 'secondary' }]) }, repost)).toBeUndefined();
    expect(citedAccessDay({ sources: [] }, repost)).toBeUndefined();
  });
});
