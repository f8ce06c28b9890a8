/**
 * The built search index. Sorting by date drops no page. Chinese recall: every page whose own Chinese text (names, titles,
 * statements, quotes, reasoning) contains a query is found. A segmentation regression at index or query time
 * (e.g. Pagefind's English analyser reading 扩展规律 as one word) makes this fail. The Chinese check of the
 * article (/zh/) is found from the English index, as a type of its own.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { checkContentFolder } from '../../src/lib/content-check.ts';
import { buildKnowledgeBase, type Entity, type KbEntry } from '../../src/lib/kb.ts';
import { DIST, serveStatic, type RunningServer } from '../helpers/static-server.ts';
import { openPagefind, searchPaths, type PagefindApi } from '../helpers/pagefind.ts';
import { segmentQuery, showIndexedText } from '../../src/lib/search-text.ts';
import { t } from '../../src/i18n/index.ts';
import { searchWords } from '../../src/lib/search-typo.ts';

const kb = buildKnowledgeBase(checkContentFolder(resolve(import.meta.dirname, '../..')).entries as KbEntry[]);

/** The Chinese text an entry shows as its own: native name or title, Chinese statement, quote, Chinese reasoning. */
function chineseText(entity: Entity): string {
  const parts = [entity.nativeLabel?.text];
  if (entity.collection === 'claims') parts.push(entity.data.statementZh, entity.data.quote?.text, entity.data.reasoningZh);
  return parts.filter((part): part is string => Boolean(part && /\p{Script=Han}/u.test(part))).join(' ');
}

const pages = [...kb.entities.values()].filter((entity) => entity.collection !== 'datasets' && chineseText(entity));
/** Queries: the three from the issue, every Chinese name, and words and phrases from statements and quotes. */
const QUERIES = [
  '百度', '吴恩达', '扩展规律', '规律', '大模型', '发现', '最先', '整整早了三年', '理论基础', '实操指导',
  ...[...kb.entities.values()].filter((e) => e.collection === 'people' || e.collection === 'orgs').flatMap((e) => (e.nativeLabel ? [e.nativeLabel.text] : [])),
];

// One server for the file: the Pagefind bundle is a module, loaded once with this server's address.
let server: RunningServer;
let api: PagefindApi;
beforeAll(async () => {
  server = await serveStatic();
  api = await openPagefind(server);
});
afterAll(async () => server?.close());

describe('Chinese recall', () => {

  test('the index has Chinese text to search', () => {
    expect(pages.length).toBeGreaterThan(10);
    expect(QUERIES.length).toBeGreaterThan(15);
  });

  test.each(['百度', '吴恩达', '扩展规律'])('%s is found on every page whose Chinese text contains it', async (query) => {
    const expected = pages.filter((page) => chineseText(page).includes(query)).map((page) => page.url);
    expect(expected.length).toBeGreaterThan(0);
    const found = new Set(await searchPaths(api, query));
    expect(expected.filter((url) => !found.has(url))).toEqual([]);
  });

  test('recall over all Chinese queries is complete', async () => {
    let relevant = 0;
    const missed: string[] = [];
    for (const query of QUERIES) {
      const found = new Set(await searchPaths(api, query));
      for (const page of pages.filter((p) => chineseText(p).includes(query))) {
        relevant += 1;
        if (!found.has(page.url)) missed.push(`${query} → ${page.url}`);
      }
    }
    expect(relevant).toBeGreaterThan(QUERIES.length);
    expect(missed).toEqual([]);
  });
});

describe('sorting by date', () => {

  test.each(['Baidu', 'scaling laws', 'Amodei'])('sorting the results for %s keeps every one of them', async (query) => {
    const unsorted = await searchPaths(api, query);
    expect(unsorted.length).toBeGreaterThan(3);
    for (const date of ['asc', 'desc']) expect((await searchPaths(api, query, { sort: { date } })).sort()).toEqual([...unsorted].sort());
  });

  test('newest first, an entry without a date of its own is not filed under the date of a claim about it', async () => {
    const newest = await searchPaths(api, 'Baidu', { sort: { date: 'desc' } });
    const feiFeiLi = newest.indexOf(kb.get('fei-fei-li').url);
    const paper2017 = newest.indexOf(kb.get('hestness-2017-scaling-predictable').url);
    expect(feiFeiLi, 'Fei-Fei Li is found').toBeGreaterThanOrEqual(0);
    expect(paper2017).toBeGreaterThanOrEqual(0);
    expect(feiFeiLi, 'not with the 2024 claim that names her, but with the undated entries, after 2017').toBeGreaterThan(paper2017);
  });

  test('browsing everything by date lists every entry page and the Chinese check', async () => {
    const all = await searchPaths(api, null, { sort: { date: 'desc' } });
    expect(all.sort()).toEqual([...[...kb.entities.values()].filter((e) => e.collection !== 'datasets').map((e) => e.url), '/zh/'].sort());
  });
});

/** Every indexed page's URL path, text and the excerpt Pagefind gives for `query`, as the search page shows them. */
async function shown(query: string | null): Promise<{ path: string; content: string; excerpt: string }[]> {
  const response = (await api.search(query === null ? null : segmentQuery(query))) as unknown as { results: { data(): Promise<{ url: string; content: string; excerpt: string }> }[] };
  return Promise.all(
    response.results.map(async (result) => {
      const data = await result.data();
      return { path: new URL(data.url, 'http://site').pathname, content: showIndexedText(data.content), excerpt: showIndexedText(data.excerpt) };
    })
  );
}

describe('what results show', () => {
  test('no page’s indexed text holds its verification notice, a note on how the entry was checked', async () => {
    const labels = (['secondary', 'unverified'] as const).map((status) => t(`verification.${status}`));
    const pages = await shown(null);
    const leaking = pages.filter((page) => labels.some((label) => page.content.includes(`${label}.`)));
    expect(pages.length).toBeGreaterThan(100);
    expect(leaking.map((page) => page.path)).toEqual([]);
    const porian = (await shown('Kaplan–Chinchilla discrepancy')).find((page) => page.path === '/works/porian-2024-resolving/')!;
    expect(porian.content).not.toContain('The paper itself was not read');
  });

  test('no entry page’s indexed text holds its link to the Chinese check, so 三年 finds only the pages that say it', async () => {
    const link = t('articleCheck.title', 'zh');
    expect(link).toContain('三年');
    const linking = (await shown(null)).filter((page) => page.path !== '/zh/' && page.content.includes(link));
    expect(linking.map((page) => page.path)).toEqual([]);
    const sayIt = pages.filter((page) => chineseText(page).includes('三年')).map((page) => page.url);
    expect(sayIt.length).toBeGreaterThan(0);
    expect((await searchPaths(api, '三年')).sort()).toEqual([...sayIt, '/zh/'].sort());
  });

  test('no page’s indexed text holds the chart’s download link, so excerpts show findings, not page furniture', async () => {
    const pages = await shown(null);
    expect(pages.filter((page) => page.content.includes(t('chart.csv'))).map((page) => page.path)).toEqual([]);
  });

  test('the last words of one block are set apart from the next', async () => {
    const porian = (await shown('Kaplan–Chinchilla discrepancy')).find((page) => page.path === '/works/porian-2024-resolving/')!;
    expect(porian.content).toContain('preprint · Jun 2024 · arXiv · A June 2024 preprint attributing');
  });

  test('Chinese reads as written: no spaces added between Chinese and digits, nor between Chinese words', async () => {
    const [result] = (await shown('百度深度学习研究院')).filter((page) => page.path === '/claims/baidu-idl-svail-founding/');
    expect(result?.content).toContain('2013年1月百度深度学习研究院成立');
    expect(result?.content).toContain('2014年5月百度硅谷人工智能实验室成立');
  });
});

describe('the Chinese check of the article (/zh/)', () => {
  const title = t('articleCheck.title', 'zh');

  test('is in the index the search page loads: one index, English, whatever a page’s language', () => {
    const entry = JSON.parse(readFileSync(join(DIST, 'pagefind', 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, unknown> };
    expect(Object.keys(entry.languages)).toEqual(['en']);
  });

  test.each(['逐条核查', title, '下面逐条列出文中可以核查的说法'])('%s finds it first', async (query) => {
    expect((await searchPaths(api, query))[0]).toBe('/zh/');
  });

  test('its result says what it is: its Chinese title, a type of its own, in Chinese, with no verdict or date of an entry', async () => {
    const response = await api.search(segmentQuery('逐条核查'));
    const [result] = await Promise.all(response.results.map((r) => r.data()));
    expect(new URL(result!.url, 'http://site').pathname).toBe('/zh/');
    expect(showIndexedText(result!.meta.title!)).toBe(title);
    expect(result!.meta).toMatchObject({ kind: 'article-check', lang: 'zh' });
    expect(result!.meta.verdict).toBeUndefined();
    expect(result!.meta.date).toBeUndefined();
  });

  test('filtering by claim lists the claims without it; its own type lists it alone', async () => {
    const claims = await searchPaths(api, '三年', { filters: { type: { any: ['claim'] } } });
    expect(claims.length).toBeGreaterThan(0);
    expect(claims).not.toContain('/zh/');
    expect(await searchPaths(api, null, { filters: { type: { any: ['article-check'] } } })).toEqual(['/zh/']);
    expect(await searchPaths(api, '三年', { filters: { verdict: { any: ['partly-supported'] } } })).not.toContain('/zh/');
  });
});

describe('the words a misspelt query is corrected to', () => {
  test('/search/words.json holds the words of every entry\'s name or title, the search page names it, and the names readers misspell are there', () => {
    const words = JSON.parse(readFileSync(join(DIST, 'search', 'words.json'), 'utf8')) as string[];
    expect(words).toEqual(searchWords([...kb.entities.values()].map((entity) => entity.label)));
    expect(words).toEqual(expect.arrayContaining(['Amodei', 'Hestness', 'Chinchilla', 'Diamos']));
    expect(readFileSync(join(DIST, 'search', 'index.html'), 'utf8')).toContain('data-words="/search/words.json"');
  });
});
