/** The built site against the knowledge base: every entry has its page, every internal link resolves. */
import { beforeAll, describe, expect, test } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { checkContentFolder } from '../../src/lib/content-check.ts';
import { buildKnowledgeBase, type Entity, type KbEntry } from '../../src/lib/kb.ts';
import { entryCheck } from '../../src/lib/entry-check.ts';
import { DIST, resolveFile } from '../helpers/static-server.ts';
import { htmlPages } from '../helpers/dist-files.ts';
import { findBrokenLinks, internalUrls } from '../helpers/link-check.ts';
import { verdict as verdictSchema } from '../../src/lib/schema.ts';
import { escapeHtml } from '../../src/lib/label-text.ts';
import { t, tFill } from '../../src/i18n/index.ts';
import { authorCoverage } from '../../src/lib/cite-completeness.ts';

const ROOT = resolve(import.meta.dirname, '../..');

beforeAll(() => {
  if (!existsSync(join(DIST, 'index.html'))) throw new Error('dist/ is missing: run "npm run build" first (npm test does it for you).');
});

/** The first list of claims with verdicts on a built page (home, a work's page). */
const claimList = (html: string) => {
  const start = html.indexOf('class="plain-list claim-list');
  return html.slice(start, html.indexOf('</ul>', start));
};

describe('entry pages', () => {
  const { entries, issues } = checkContentFolder(ROOT);
  const kb = buildKnowledgeBase(entries as KbEntry[]);

  test('the content is valid', () => {
    expect(issues.filter((i) => i.severity === 'error')).toEqual([]);
  });

  test('every entry except datasets has its own page with its name as the heading', async () => {
    const pages = [...kb.entities.values()].filter((e) => e.collection !== 'datasets');
    expect(pages.length).toBeGreaterThan(100);
    for (const entity of pages) {
      const file = join(DIST, entity.url, 'index.html');
      expect(existsSync(file), entity.url).toBe(true);
      const html = readFileSync(file, 'utf8');
      const heading = html.slice(html.indexOf('<h1'), html.indexOf('</h1>')).replace(/<[^>]*>/g, '');
      expect(heading.replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&'), `${entity.url} heading`).toBe(entity.label);
    }
  });

  test('every claim page shows its verdict, quote and every evidence source', async () => {
    for (const claim of kb.byCollection.claims) {
      const html = readFileSync(join(DIST, claim.url, 'index.html'), 'utf8');
      expect(html, claim.id).toContain(`verdict-${claim.data.verdict}`);
      if (claim.data.quote) expect(html, claim.id).toContain(`lang="${claim.data.quote.lang}"`);
      for (const evidence of claim.data.evidence) expect(html, `${claim.id} evidence`).toContain(`href="${evidence.source.url.replace(/&/g, '&amp;')}"`);
    }
  });

  test('where a claim’s Evidence heads a stance with another number than the entries “Shown above” counts, the list says it counts entries', () => {
    const text = (html: string) => html.replace(/<[^>]+>/g, '').replace(/\s+/g, ' ');
    let differing = 0;
    for (const claim of kb.byCollection.claims) {
      const page = text(readFileSync(join(DIST, claim.url, 'index.html'), 'utf8'));
      const differs = (['supports', 'contradicts', 'context'] as const).some((stance) => {
        const items = new RegExp(`${t(`stance.${stance}`)} ?\\((\\d+)\\)`).exec(page)?.[1];
        const entries = new RegExp(`${t(`relation.${stance}.in`)}: (\\d+) ${t('entry.entries.other')}|${t(`relation.${stance}.in`)}: (1) ${t('entry.entries.one')}`).exec(page);
        return items !== undefined && entries !== null && Number(items) !== Number(entries[1] ?? entries[2]);
      });
      if (differs) differing += 1;
      expect(page.includes(t('entry.relationsElsewhere.countsEntries')), claim.id).toBe(differs);
    }
    expect(differing, 'some claim has two items of evidence from one entry, or one citing only a source').toBeGreaterThan(0);
  });

  test('a work lists the claims made or repeated in it once, each with its verdict, not again among its connections', () => {
    const article = kb.get('article-baidu-scaling-law-2024');
    const page = readFileSync(join(DIST, article.url, 'index.html'), 'utf8');
    const list = claimList(page);
    const claims = kb.byCollection.claims.filter((claim) => claim.data.madeIn.work === article.id || claim.data.repeatedIn.some((repeat) => repeat.work === article.id));
    const connections = page.slice(page.indexOf('aria-labelledby="relations-heading"'), page.indexOf('</section>', page.indexOf('aria-labelledby="relations-heading"')));
    expect(connections).toContain('data-relations-elsewhere');
    for (const claim of claims) {
      expect(list, claim.id).toContain(`href="${claim.url}"`);
      if (claim.id !== 'article-source-and-date') expect(connections, claim.id).not.toContain(`href="${claim.url}"`);
    }
    expect(list.match(/class="verdict verdict-/g)).toHaveLength(claims.length);
  });

  test('every claim the article makes has its verdict and reasoning in Chinese, on its page and, for the headline, on the home page', () => {
    const article = 'article-baidu-scaling-law-2024';
    const made = kb.byCollection.claims.filter((claim) => claim.data.madeIn.work === article || claim.data.claimant === article);
    expect(made.length).toBeGreaterThan(10);
    for (const claim of made) {
      expect(claim.data.reasoningZh, claim.id).toBeTruthy();
      const html = readFileSync(join(DIST, claim.url, 'index.html'), 'utf8');
      const summary = html.slice(html.indexOf('class="reasoning-zh'), html.indexOf('</p>', html.indexOf('class="reasoning-zh')));
      expect(summary, claim.id).toContain('lang="zh"');
      expect(summary, claim.id).toContain(escapeHtml(t(`verdict.${claim.data.verdict}`, 'zh')));
      expect(summary, claim.id).toContain(escapeHtml(claim.data.reasoningZh!));
    }
    const home = readFileSync(join(DIST, 'index.html'), 'utf8');
    expect(home).toContain('部分属实');
    const headline = kb.byCollection.claims.find((claim) => claim.id === 'baidu-found-scaling-laws-first')!;
    expect(home).toContain(escapeHtml(headline.data.reasoningZh!));
  });

  test('the home page lists every claim the article makes or repeats', () => {
    const article = 'article-baidu-scaling-law-2024';
    const home = readFileSync(join(DIST, 'index.html'), 'utf8');
    const list = claimList(home);
    const made = kb.byCollection.claims.filter((claim) => claim.data.madeIn.work === article || claim.data.claimant === article);
    const repeated = kb.byCollection.claims.filter((claim) => claim.data.repeatedIn.some((repeat) => repeat.work === article));
    expect(made.length).toBeGreaterThan(10);
    expect(repeated.map((claim) => claim.id)).toContain('amodei-saw-gpt1-in-2017');
    for (const claim of [...made, ...repeated]) expect(list, claim.id).toContain(`href="${claim.url}"`);
    expect(list.match(/<li[\s>]/g)).toHaveLength(made.length + repeated.length);
  });

  test('a work\'s author line gives a name printed differently on the work first, then the person\'s link in brackets', () => {
    const authors = (id: string) => readFileSync(join(DIST, 'works', id, 'index.html'), 'utf8').match(/<dd class="authors">([\s\S]*?)<\/dd>/)![1]!;
    const fan = authors('amodei-2015-deep-speech-2').match(/<span class="as-printed"[^>]*>Linxi Fan<\/span> \(<a [^>]*href="\/people\/jim-fan\/"[^>]*>[\s\S]*?Jim Fan<\/a>\)/);
    expect(fan).not.toBeNull();
    expect(authors('hestness-2017-scaling-predictable')).toMatch(/>Gregory Diamos<\/span> \(<a [^>]*href="\/people\/greg-diamos\/"/);
    expect(authors('amodei-2015-deep-speech-2')).not.toMatch(/>Greg Diamos<\/span> \(/);
  });

  test('outside its page, a work whose author list is known to be incomplete is bylined "et al.": its /works/ row and its search data', () => {
    const index = readFileSync(join(DIST, 'works', 'index.html'), 'utf8');
    const row = (id: string) => index.match(new RegExp(`href="/works/${id}/"[\\s\\S]*?<div class="meta">([^<]*)</div>`))![1]!;
    const searchAuthors = (id: string) => readFileSync(join(DIST, 'works', id, 'index.html'), 'utf8').match(/data-pagefind-meta="authors">([^<]*)</)?.[1] ?? '';
    const incomplete = kb.byCollection.works.filter((work) => authorCoverage(work.data) !== 'complete' && work.data.authors.length > 0);
    expect(incomplete.map((work) => work.id)).toEqual(expect.arrayContaining(['raffel-2019-t5', 'smith-2022-mt-nlg', 'tay-2021-scale-efficiently', 'mccandlish-2018-large-batch', 'brown-2020-gpt3']));
    for (const work of incomplete) {
      expect(row(work.id), work.id).toMatch(/ et al\.$/);
      expect(searchAuthors(work.id), work.id).toMatch(/^[^·]* et al\./);
    }
    expect(row('raffel-2019-t5')).toBe('paper · 2019 · … Sharan Narang, Yanqi Zhou et al.');
    expect(row('mccandlish-2018-large-batch')).toMatch(/· Sam McCandlish, Jared Kaplan, Dario Amodei et al\.$/);
    expect(row('hestness-2017-scaling-predictable')).toMatch(/· Joel Hestness, Sharan Narang, Newsha Ardalani and 6 more$/);
  });

  test('Chinese inside an English title is marked as Chinese, in the heading and in links to it', () => {
    const claim = kb.get('article-source-and-date');
    const page = readFileSync(join(DIST, claim.url, 'index.html'), 'utf8');
    const heading = page.slice(page.indexOf('<h1'), page.indexOf('</h1>'));
    expect(heading).toContain('<span lang="zh">震惊!发现大模型规律的原来是百度</span>');
    expect(heading).toContain('<span lang="zh">大咖科技</span>');
    expect(heading).not.toMatch(/<h1[^>]*lang=/);
    const article = readFileSync(join(DIST, kb.get('article-baidu-scaling-law-2024').url, 'index.html'), 'utf8');
    expect(article).toMatch(/href="\/claims\/article-source-and-date\/"[^]*?<span lang="zh">震惊!发现大模型规律的原来是百度<\/span>/);
  });

  test('the home page names the article by its Chinese title too', () => {
    const home = readFileSync(join(DIST, 'index.html'), 'utf8');
    const headline = home.slice(home.indexOf('id="headline-heading"'), home.indexOf('</section>', home.indexOf('id="headline-heading"')));
    expect(headline).toContain('<span lang="zh">(震惊!发现大模型规律的原来是百度)</span>');
  });

  test('an entry’s link to the timeline lands on its own dated fact where it has one, else on its earliest', () => {
    const link = (path: string) => readFileSync(join(DIST, path, 'index.html'), 'utf8').match(/href="\/timeline\/#([^"]+)"/)?.[1];
    expect(link('works/article-baidu-scaling-law-2024'), 'the article’s publication, not the first claim it makes').toBe(encodeURIComponent('published:article-baidu-scaling-law-2024'));
    const withoutOwn = [...kb.entities.values()].find((entity) => entity.collection === 'people' && kb.datedFor(entity.id).length > 0 && !kb.datedFor(entity.id).some((item) => item.url === entity.url));
    expect(withoutOwn, "a person whose dated facts are all other entries").toBeDefined();
    expect(link(withoutOwn!.url.slice(1)), `${withoutOwn!.id} has no fact of its own: its earliest`).toBe(encodeURIComponent(kb.datedFor(withoutOwn!.id)[0]!.id));
  });

  test('collection lists and search records mark every entry not fully verified, and only those', () => {
    const notVerified = (entity: Entity) => Boolean(entryCheck(entity).verification);
    for (const collection of ['people', 'orgs', 'works', 'events'] as const) {
      const html = readFileSync(join(DIST, collection, 'index.html'), 'utf8');
      const rows = html.split('<li>').slice(1);
      for (const entity of kb.byCollection[collection]) {
        const row = rows.find((r) => r.includes(`href="${entity.url}"`));
        expect(row, entity.id).toBeDefined();
        expect(row!.slice(0, row!.indexOf('</li>')).includes('class="tag-not-verified"'), `${collection} list: ${entity.id}`).toBe(notVerified(entity));
      }
      const page = (entity: { url: string }) => readFileSync(join(DIST, entity.url, 'index.html'), 'utf8');
      for (const entity of kb.byCollection[collection]) expect(page(entity).includes('data-pagefind-meta="verification"'), `search record: ${entity.id}`).toBe(notVerified(entity));
    }
    expect(kb.byCollection.works.filter(notVerified).length, 'some works are not fully verified').toBeGreaterThan(3);
  });

  test('an entry whose date alone is unverified says so, on its page and in its list, not that its central facts are unchecked', () => {
    const dateOnly = [...kb.entities.values()].filter((entity) => entryCheck(entity).verification === 'date');
    expect(dateOnly.map((entity) => entity.id), 'the Baidu Research blog post: its text was read, its date was not').toContain('baidu-research-2017-scaling-blog');
    for (const entity of dateOnly) {
      const page = readFileSync(join(DIST, entity.url, 'index.html'), 'utf8');
      expect(page, entity.id).toContain(`<strong>${t('verification.date')}.</strong>`);
      const list = readFileSync(join(DIST, entity.collection, 'index.html'), 'utf8');
      const row = list.slice(list.indexOf(`href="${entity.url}"`));
      expect(row.slice(0, row.indexOf('</li>')), entity.id).toContain(t('verification.date'));
      expect(row.slice(0, row.indexOf('</li>')), entity.id).not.toContain(t('verification.short.unverified'));
    }
  });

  test('every relation appears on the pages of both its ends', async () => {
    const cache = new Map<string, string>();
    const page = (url: string) => cache.get(url) ?? cache.set(url, readFileSync(join(DIST, url, 'index.html'), 'utf8')).get(url)!;
    for (const relation of kb.relations) {
      const source = kb.get(relation.source);
      const target = kb.get(relation.target);
      if (source.collection === 'datasets' || target.collection === 'datasets') continue;
      expect(page(source.url), `${relation.id} on ${source.url}`).toContain(`href="${target.url}"`);
      expect(page(target.url), `${relation.id} on ${target.url}`).toContain(`href="${source.url}"`);
    }
  });
});

describe('links', () => {
  const pages = htmlPages();
  const resolve = (pathname: string) => resolveFile(DIST, pathname);

  test('every internal href and src resolves to a file (pages, JSON, CSV, BibTeX…), every #anchor to an id on it, and ids are sound', () => {
    expect(findBrokenLinks(pages, resolve)).toEqual([]);
  });

  test('every linked JSON file parses', () => {
    const json = new Set(pages.flatMap((page) => internalUrls(page)).map(({ url }) => resolve(url.pathname)).filter((file) => file?.endsWith('.json')));
    const invalid = [...json].filter((file) => {
      try {
        JSON.parse(readFileSync(file!, 'utf8'));
        return false;
      } catch {
        return true;
      }
    });
    expect(invalid).toEqual([]);
  });
});

describe('formulas', () => {
  test('findings and data notes raise exponents and lower subscripts; the open data keeps the plain text', () => {
    const kaplan = readFileSync(join(DIST, 'works/kaplan-2020-scaling-laws/index.html'), 'utf8');
    const shown = (html: string) => html.replace(/<span class="plain-mark">[^<]*<\/span>/g, '');
    expect(shown(kaplan)).toContain('(N<sub>c</sub>/N)<sup>α<sub>N</sub></sup>');
    expect(shown(kaplan)).toContain('8.8×10<sup>13</sup>');
    const asText = (html: string) => html.replace(/<[^>]+>/g, '');
    expect(asText(kaplan), 'copied or indexed, a formula reads as written').toContain('[(N_c/N)^(α_N/α_D) + D_c/D]^α_D');
    expect(shown(kaplan), 'chart legends too').toContain('L(C<sub>min</sub>) = ');
    const charts = readFileSync(join(DIST, 'charts/index.html'), 'utf8');
    expect(shown(charts)).toContain('10<sup>−3</sup>');
    expect(readFileSync(join(DIST, 'graph.json'), 'utf8')).not.toContain('<sup>');
  });
});

describe('about and method', () => {
  test('every page links to the method page from its footer', () => {
    const pages = htmlPages().filter((page) => page.path !== '/404.html');
    expect(pages.length).toBeGreaterThan(100);
    for (const page of pages) expect(page.html.slice(page.html.indexOf('<footer')), page.path).toContain('href="/about/"');
  });

  test('the footer’s links stand apart: “About and method · Source and contributions on GitHub”', () => {
    const footer = readFileSync(join(DIST, 'index.html'), 'utf8').split('<footer')[1]!;
    const text = footer.replace(/<[^>]+>/g, '').replace(/\s+/g, ' ');
    expect(text).toContain(`${t('nav.about')} · ${tFill('site.footer.repository', { forge: 'GitHub' })}`);
  });

  test('every English page leads a Chinese reader to Chinese: its Chinese version where it has one, else the Chinese check of the article', () => {
    const english = htmlPages().filter((page) => /<html lang="en"/.test(page.html));
    expect(english.length).toBeGreaterThan(100);
    for (const page of english) {
      const header = page.html.slice(page.html.indexOf('<header'), page.html.indexOf('</header>'));
      const link = header.match(/<a class="other-language" href="([^"]+)" hreflang="zh" lang="zh">/);
      expect(link?.[1], page.path).toMatch(/^\/zh\//);
    }
  });

  test('the open-data and method pages state the licence of the text and data, which the repository holds beside the code’s', () => {
    expect(readFileSync(join(DIST, 'data', 'index.html'), 'utf8')).toContain('href="https://creativecommons.org/licenses/by/4.0/" rel="license external"');
    expect(readFileSync(join(DIST, 'about', 'index.html'), 'utf8')).toContain('href="/data/#licence-heading"');
    expect(readFileSync(join(ROOT, 'LICENSE-CONTENT.md'), 'utf8')).toContain('https://creativecommons.org/licenses/by/4.0/');
    expect(readFileSync(join(ROOT, 'LICENSE'), 'utf8')).toMatch(/^MIT License/);
  });

  test('the method page explains every verdict, the secondary tag, dates and how to cite a page', () => {
    const about = readFileSync(join(DIST, 'about/index.html'), 'utf8');
    for (const verdict of verdictSchema.options) {
      expect(about, verdict).toContain(`verdict-${verdict}`);
      expect(about, verdict).toContain(escapeHtml(t(`verdict.${verdict}.help`)));
    }
    expect(about).toContain('class="tag-secondary"');
    expect(about).toContain('EDTF');
    expect(about).toContain('https://scaling-atlas.github.io/claims/baidu-found-scaling-laws-first/');
  });
});

describe('connections on entry pages', () => {
  const entryPages = htmlPages().filter((page) => page.html.includes('id="relations-heading"'));
  /** Each group of an entry's connections (its h3), with the entry each of its lines links to first. */
  const groupsOf = (html: string) => {
    const section = html.slice(html.indexOf('id="relations-heading"'), html.indexOf('</section>', html.indexOf('id="relations-heading"')));
    return section
      .split('<h3>')
      .slice(1)
      .map((group) => ({ heading: group.slice(0, group.indexOf('<')).trim(), lines: [...group.matchAll(/<li data-relation="[^"]+"><a class="entity-link[^"]*" href="([^"]+)"/g)].map((match) => match[1]!) }));
  };

  test('are found on the entry pages', () => {
    expect(entryPages.length).toBeGreaterThan(100);
    const groups = groupsOf(entryPages.find((page) => page.path === '/works/hestness-2017-scaling-predictable/')!.html);
    expect(groups.length).toBeGreaterThan(2);
    expect(groups.find((group) => group.heading === 'Evidence supporting')?.lines.length).toBeGreaterThanOrEqual(2);
  });

  test('name each entry once per kind of connection, however many pieces of evidence tie them', () => {
    const repeated = entryPages.flatMap((page) =>
      groupsOf(page.html).flatMap((group) => group.lines.filter((href, i) => group.lines.indexOf(href) !== i).map((href) => `${page.path} ${group.heading}: ${href}`))
    );
    expect(repeated).toEqual([]);
  });

  test('give each evidence disclosure a name that says which connection it backs, keeping "Evidence (n)" as the visible text', () => {
    /** Each evidence summary's visible text and the text a screen reader names it by. */
    const summaries = (html: string) =>
      [...html.matchAll(/<details class="relation-evidence"(?: data-shared-evidence)?><summary[^>]*>(.*?)<\/summary>/g)].map((match) => ({
        // The hidden words may hold spans of their own (Chinese marked as such), one level deep.
        visible: match[1]!.replace(/<span class="visually-hidden">(?:[^<]|<span[^>]*>[^<]*<\/span>)*<\/span>/g, ''),
        name: match[1]!.replace(/<[^>]*>/g, ''),
      }));
    const named = (path: string) => summaries(entryPages.find((page) => page.path === path)!.html).map((summary) => summary.name);
    expect(named('/claims/baidu-found-scaling-laws-first/'), 'the claim’s own words, cited once for every entry it is about').toEqual(['Evidence (1) that this entry is about each of them. It backs every entry below.']);
    const person = named('/people/dario-amodei/');
    expect(person.length).toBeGreaterThan(2);
    expect(person).toContain('Evidence (1) that the claim “Dario Amodei first saw the results of GPT-1 in 2017” is about this entry');
    expect(new Set(person).size, 'each disclosure of the page has its own name').toBe(person.length);
    const problems = entryPages.flatMap((page) =>
      summaries(page.html)
        .filter((summary) => !/^Evidence \(\d+\)(\. It backs every entry below\.)?$/.test(summary.visible) || !/^Evidence \(\d+\) that \S.* \S/.test(summary.name))
        .map((summary) => `${page.path}: "${summary.visible}" named "${summary.name}"`)
    );
    expect(problems).toEqual([]);
  });

  test('name a claim at either end of the connection in quotation marks, so its title, a sentence with a capital, does not run on from “that”', () => {
    const claims = buildKnowledgeBase(checkContentFolder(ROOT).entries as KbEntry[]).byCollection.claims.map((claim) => escapeHtml(claim.label));
    const names = entryPages.flatMap((page) => [...page.html.matchAll(/<summary class="meta">[^<]*<span class="visually-hidden">([\s\S]*?)<\/summary>/g)].map((match) => ({ path: page.path, name: match[1]!.replace(/<[^>]*>/g, '') })));
    const unquoted = names.flatMap(({ path, name }) => claims.filter((claim) => name.includes(claim) && !name.includes(`the claim “${claim}”`)).map((claim) => `${path}: "${name}" names “${claim}” unquoted`));
    expect(names.filter(({ name }) => name.includes('the claim “')).length).toBeGreaterThan(20);
    expect(unquoted).toEqual([]);
  });

  test('do not repeat an event’s own date on each participant', () => {
    const page = entryPages.find((p) => p.path === '/events/baidu-first-debate-2024/')!;
    const section = page.html.slice(page.html.indexOf('id="relations-heading"'));
    expect(section.slice(0, section.indexOf('</section>'))).not.toContain('Nov 2024 – Dec 2024');
  });
});

describe('translations of quotes', () => {
  /** Each translation with its label in its page's language ("Our translation", or 本站译文 on /zh/). */
  const translations = htmlPages().flatMap((page) => {
    const label = t('entry.translation', page.html.startsWith('<!DOCTYPE html><html lang="zh"') ? 'zh' : 'en');
    return [...page.html.matchAll(/<p class="translation">(.*?)<\/p>/g)].map((match) => ({ path: page.path, html: match[1]!, label }));
  });

  test('are labelled once, visibly, in the page’s language, so sighted and screen-reader users hear the same label', () => {
    expect(translations.length).toBeGreaterThan(5);
    expect(translations.some((translation) => translation.path === '/zh/' && translation.label === '本站译文')).toBe(true);
    const problems = translations.filter((translation) => translation.html.split(translation.label).length !== 2 || translation.html.includes('visually-hidden'));
    expect(problems.map((translation) => `${translation.path}: ${translation.html.slice(0, 120)}`)).toEqual([]);
  });

  test('follow their label after the colon of the page’s language: a space after an English colon, none after a Chinese one', () => {
    for (const translation of translations) {
      const text = translation.html.replace(/<[^>]+>/g, '');
      const after = text.slice(text.indexOf(translation.label) + translation.label.length);
      expect(after.slice(0, 3), translation.path).toMatch(translation.label === '本站译文' ? /^：\S/ : /^: \S/);
    }
  });
});
