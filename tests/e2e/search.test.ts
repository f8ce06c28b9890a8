/** Search in real Chromium: English, arXiv id and Chinese queries find the expected page first (the Chinese check, /zh/, too), facets narrow, and entry pages load no search code. */
import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { AxeBuilder } from '@axe-core/playwright';
import { hasChromium, inCI, watchPage } from '../helpers/browser.ts';
import { useSiteInBrowser } from '../helpers/site-browser.ts';
import { t, tFill } from '../../src/i18n/index.ts';
import { escapeRegExp } from '../helpers/escape-reg-exp.ts';

describe.skipIf(!hasChromium && !inCI)('search in the browser', () => {
  const site = useSiteInBrowser();

  /** Open the search page for a URL query string and wait until results or the empty message show. */
  async function searchPage(query: string): Promise<{ page: Page; problems: ReturnType<typeof watchPage> }> {
    const page = await (await site.browser.newContext()).newPage(); // a context of its own, as axe requires
    const problems = watchPage(page, site.server.url);
    await page.goto(`${site.server.url}/search/?${query}`);
    await page.waitForFunction(() => document.querySelector('#search-results li') || /No results/.test(document.querySelector('#search-status')?.textContent ?? ''));
    return { page, problems };
  }

  /** Hrefs of the result titles, in order. */
  const resultLinks = (page: Page) => page.$$eval('#search-results .result-title', (links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));

  test.each([
    ['a pasted claim statement', 'Baidu discovered scaling laws first, a full three years before OpenAI', '/claims/baidu-found-scaling-laws-first/'],
    ['an arXiv id', '1712.00409', '/works/hestness-2017-scaling-predictable/'],
    ['a DOI', '10.1145/3293883.3295710', '/works/hestness-2019-beyond-human-level/'],
    ['an author name', 'Dario Amodei', '/people/dario-amodei/'],
    ['a Chinese name', '吴恩达', '/people/andrew-ng/'],
    ['a Chinese phrase from a quote', '理论基础和实操指导', '/claims/baidu-found-scaling-laws-first/'],
    ['a pasted arXiv link', 'https://arxiv.org/abs/1712.00409v1', '/works/hestness-2017-scaling-predictable/'],
    ['an arXiv id with its prefix', 'arXiv:2001.08361', '/works/kaplan-2020-scaling-laws/'],
    ['arXiv’s own DOI of a paper', '10.48550/arXiv.1712.00409', '/works/hestness-2017-scaling-predictable/'],
    ['a paper by the name readers know it by', 'Chinchilla', '/works/hoffmann-2022-chinchilla/'],
    ['a paper by its short citation', 'Kaplan et al. 2020', '/works/kaplan-2020-scaling-laws/'],
    ['a pasted Chinese quote', '竟然是百度最先发现的', '/claims/baidu-found-scaling-laws-first/'],
    ['a pasted sentence of a quote in translation', 'first discovered by Baidu, a full three years before OpenAI put them forward', '/claims/baidu-found-scaling-laws-first/'],
    ['the title of the Chinese check of the article', '逐条核查', '/zh/'],
  ])('%s finds the expected page first', async (_what, query, expected) => {
    const { page, problems } = await searchPage(new URLSearchParams({ q: query }).toString());
    expect((await resultLinks(page))[0]).toBe(expected);
    expect(problems).toEqual({ consoleErrors: [], failedRequests: [], foreignRequests: [] });
    await page.close();
  });

  test('a misspelt name lists no pages that only share its first letter, says the word is not there and offers the atlas\'s nearest name, which searches', async () => {
    const { page, problems } = await searchPage('q=Amodai');
    const status = page.locator('#search-status');
    await expect.poll(() => status.textContent()).toBe(`${tFill('search.notInIndex', { words: 'amodai' })} ${t('search.didYouMean')} Amodei`);
    expect(await page.locator('#search-results').isHidden(), 'no results listed').toBe(true);
    await status.getByRole('link', { name: 'Amodei' }).click();
    await page.waitForFunction(() => document.querySelector('#search-results li'));
    expect(new URL(page.url()).searchParams.get('q')).toBe('Amodei');
    expect(await page.inputValue('#search-q')).toBe('Amodei');
    expect((await resultLinks(page))[0]).toBe('/people/dario-amodei/');
    expect(problems).toEqual({ consoleErrors: [], failedRequests: [], foreignRequests: [] });
    await page.close();
  });

  test('a search that finds nothing offers the nearest name for a misspelt word, and nothing for a word close to no name; a word cut short still finds its pages', async () => {
    const { page } = await searchPage('q=Kaplen');
    await expect.poll(() => page.locator('#search-status').textContent()).toBe(`${t('search.none')} ${t('search.didYouMean')} Kaplan`);
    await page.close();
    const { page: unknown } = await searchPage('q=zebrafish');
    await unknown.waitForTimeout(500);
    expect(await unknown.locator('#search-status').textContent()).toBe(t('search.none'));
    await unknown.close();
    const { page: short } = await searchPage('q=Hestnes');
    expect((await resultLinks(short)).length).toBeGreaterThan(3);
    await short.close();
  });

  test('a misspelt word among words that found pages keeps the results and offers the query corrected; words the pages show found offer nothing', async () => {
    const { page } = await searchPage(new URLSearchParams({ q: 'Kaplen 2020' }).toString());
    const status = page.locator('#search-status');
    await expect.poll(() => status.textContent()).toMatch(new RegExp(`^\\d+ results ${escapeRegExp(t('search.didYouMean'))} Kaplan 2020$`));
    expect((await resultLinks(page)).length, 'the results found by “2020” stay listed').toBeGreaterThan(3);
    await status.getByRole('link', { name: 'Kaplan 2020' }).click();
    await expect.poll(() => resultLinks(page).then((links) => links[0])).toBe('/works/kaplan-2020-scaling-laws/');
    await page.close();
    for (const query of ['Kaplan 2020', 'compute 2020']) {
      const { page: spelt } = await searchPage(new URLSearchParams({ q: query }).toString());
      await spelt.waitForTimeout(500);
      expect(await spelt.locator('#search-status').textContent(), query).toMatch(/^\d+ results$/);
      await spelt.close();
    }
  });

  test('a surname finds the person first and their works before pages that only mention them', async () => {
    const { page } = await searchPage('q=Hestness');
    const links = await resultLinks(page);
    expect(links[0]).toBe('/people/joel-hestness/');
    expect(links.slice(0, 5)).toEqual(expect.arrayContaining(['/works/hestness-2017-scaling-predictable/', '/works/hestness-2019-beyond-human-level/']));
    const card = page.locator('#search-results li', { has: page.locator('a[href$="/works/hestness-2017-scaling-predictable/"]') });
    expect(await card.locator('.result-meta').textContent(), 'a work’s card says what kind of work it is').toContain('preprint');
    await page.close();
  });

  test('a Chinese name of scaling laws finds what "scaling law" finds, the headline claim near the top, and says what was searched', async () => {
    const english = await searchPage(new URLSearchParams({ q: 'scaling law' }).toString());
    const expected = await resultLinks(english.page);
    await english.page.close();
    for (const name of ['规模定律', '缩放定律']) {
      const { page } = await searchPage(new URLSearchParams({ q: name }).toString());
      const links = await resultLinks(page);
      expect(links, name).toEqual(expected);
      expect(links.slice(0, 3), `${name}: the article's headline claim among the first three`).toContain('/claims/baidu-found-scaling-laws-first/');
      expect(await page.locator('#search-status').textContent()).toContain('(searched for “scaling law”)');
      await page.close();
    }
  });

  test('百度 finds the Baidu organisation pages', async () => {
    const { page } = await searchPage('q=百度');
    expect(await resultLinks(page)).toContain('/orgs/baidu/');
    await page.close();
  });

  test('the Chinese check of the article is one result whose card says what it is, apart from the claims', async () => {
    const { page, problems } = await searchPage(new URLSearchParams({ q: '逐条核查' }).toString());
    expect(await resultLinks(page)).toEqual(['/zh/']);
    const card = page.locator('#search-results .result-card').first();
    await expect(card.locator('.result-title').textContent()).resolves.toBe(t('articleCheck.title', 'zh'));
    await expect(card.locator('.result-title').getAttribute('lang')).resolves.toBe('zh');
    await expect(card.locator('.kind').textContent()).resolves.toBe(t('search.articleCheck'));
    expect(await card.locator('.verdict, .kind-claim').count(), 'not drawn as a claim').toBe(0);
    await expect(card.locator('.result-excerpt mark').first().textContent()).resolves.toBe('逐条');
    const types = (await page.locator('fieldset[data-facet="type"] label').allTextContents()).map((label) => label.trim());
    expect(types, 'a type of its own, listed after the kinds of entry').toEqual([...types.slice(0, -1).filter((type) => type.endsWith('(0)')), `${t('search.articleCheck')} (1)`]);
    expect(types).toContain(`⬢${t('kind.claim')} (0)`);
    expect(problems).toEqual({ consoleErrors: [], failedRequests: [], foreignRequests: [] });
    await page.close();
  });

  test('三年 finds the claim that says it and the Chinese check, not every page linking to the check; filtering by claim keeps the claim alone', async () => {
    const { page } = await searchPage(new URLSearchParams({ q: '三年' }).toString());
    expect((await resultLinks(page)).sort()).toEqual(['/claims/baidu-found-scaling-laws-first/', '/zh/']);
    await page.check('fieldset[data-facet="type"] input[value="claim"]');
    await page.waitForFunction(() => location.search.includes('type=claim'));
    await page.waitForFunction(() => document.querySelectorAll('#search-results li').length === 1);
    expect(await resultLinks(page)).toEqual(['/claims/baidu-found-scaling-laws-first/']);
    await page.close();
  });

  test('result cards show type, date and verdict', async () => {
    const { page } = await searchPage('q=Baidu+discovered+scaling+laws+first');
    const first = page.locator('#search-results .result-card').first();
    await expect(first.locator('.kind').textContent()).resolves.toContain('Claim');
    await expect(first.locator('.verdict').textContent()).resolves.toContain('Partly supported');
    await expect(first.locator('.result-meta .meta').textContent()).resolves.toBe('c. Nov 2024');
    expect(await first.locator('.tag-not-verified').count(), 'a claim has a verdict, not a verification mark').toBe(0);
    await page.close();
  });

  test('a result card marks an entry not fully verified, as its list row does', async () => {
    const { page } = await searchPage('q=T5');
    const card = page.locator('#search-results .result-card', { has: page.locator('a[href="/works/raffel-2019-t5/"]') });
    await expect(card.locator('.tag-not-verified').textContent()).resolves.toContain('Not fully verified');
    await page.close();
  });

  test('a facet narrows the results and goes into the URL', async () => {
    const { page } = await searchPage('q=Baidu');
    const count = async () => Number((await page.textContent('#search-status'))?.match(/\d+/)?.[0]);
    const before = await count();
    await page.check('fieldset[data-facet="type"] input[value="claim"]');
    await page.waitForFunction(() => location.search.includes('type=claim'));
    await page.waitForFunction((n) => Number(document.querySelector('#search-status')?.textContent?.match(/\d+/)?.[0]) < n, before);
    const after = await count();
    expect(after).toBeGreaterThan(0);
    expect(after).toBeLessThan(before);
    const kinds = await page.$$eval('#search-results .result-card .kind', (badges) => badges.map((b) => b.textContent));
    expect(new Set(kinds)).toEqual(new Set(['⬢Claim']));
    await page.close();
  });

  test('filters and sort in the URL are applied on load', async () => {
    const { page } = await searchPage('verdict=false&sort=newest');
    await expect(page.isChecked('fieldset[data-facet="verdict"] input[value="false"]')).resolves.toBe(true);
    const verdicts = await page.$$eval('#search-results .verdict', (badges) => badges.map((b) => b.className));
    expect(verdicts.length).toBeGreaterThan(0);
    expect(verdicts.every((c) => c.includes('verdict-false'))).toBe(true);
    await page.close();
  });

  test('the header search box of an entry page opens the search page with results', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.server.url}/people/andrew-ng/`);
    await page.fill('#site-search-q', '1712.00409');
    await Promise.all([page.waitForURL(/\/search\/\?q=1712\.00409/), page.press('#site-search-q', 'Enter')]);
    await page.waitForSelector('#search-results li');
    expect((await resultLinks(page))[0]).toBe('/works/hestness-2017-scaling-predictable/');
    await page.close();
  });

  test('the search page with results and filters has no WCAG 2.2 AA violations', async () => {
    const { page } = await searchPage('q=Baidu&type=claim');
    const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
    expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`)).toEqual([]);
    await page.close();
  });

  test('on a phone the filters start folded, so the first result shows on the first screen', async () => {
    const page = await (await site.browser.newContext({ viewport: { width: 390, height: 844 } })).newPage();
    await page.goto(`${site.server.url}/search/?q=${encodeURIComponent('百度')}`);
    await page.locator('#search-results li').first().waitFor();
    expect(await page.locator('#search-filters').evaluate((details) => (details as HTMLDetailsElement).open)).toBe(false);
    const first = (await page.locator('#search-results li').first().boundingBox())!;
    expect(first.y).toBeLessThan(844);
    await page.locator('#search-filters > summary').click();
    await expect.poll(() => page.locator('#search-facets input[type="checkbox"]').first().isVisible()).toBe(true);
    await page.close();
  });

  test('an entry page loads no search code on first load', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.server.url}/search/`);
    const searchScripts = await page.$$eval('script[src]', (scripts) => scripts.map((s) => new URL((s as HTMLScriptElement).src).pathname));
    expect(searchScripts.length).toBeGreaterThan(0);
    await page.close();
    const entry = await site.browser.newPage();
    const requested: string[] = [];
    entry.on('request', (request) => requested.push(new URL(request.url()).pathname));
    await entry.goto(`${site.server.url}/claims/baidu-found-scaling-laws-first/`, { waitUntil: 'networkidle' });
    expect(requested).toContain('/claims/baidu-found-scaling-laws-first/');
    expect(requested.filter((path) => path.startsWith('/pagefind/') || searchScripts.includes(path))).toEqual([]);
    await entry.close();
  });
});
