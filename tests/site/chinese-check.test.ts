/** The article checked claim by claim in Chinese (/zh/), and the way to it from the English home page. */
import { describe, expect, test } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { checkContentFolder } from '../../src/lib/content-check.ts';
import { buildKnowledgeBase, type Entity, type KbEntry } from '../../src/lib/kb.ts';
import { articleClaims } from '../../src/lib/article-claims.ts';
import { escapeHtml } from '../../src/lib/timeline.ts';
import { t } from '../../src/i18n/index.ts';
import { DIST } from '../helpers/static-server.ts';

const kb = buildKnowledgeBase(checkContentFolder(resolve(import.meta.dirname, '../..')).entries as KbEntry[]);
const page = (url: string) => readFileSync(join(DIST, url, 'index.html'), 'utf8');
const zh = page('/zh/');
const claims = articleClaims(kb);
/** Each claim's block on /zh/, by claim id. */
const blocks = new Map(claims.map((claim) => {
  const start = zh.indexOf(`aria-labelledby="check-${claim.id}"`);
  return [claim.id, start < 0 ? '' : zh.slice(start, zh.indexOf('</article>', start))];
}));

describe('the Chinese check of the article (/zh/)', () => {
  test('is a Chinese page, frame included, pointing to the English home page as its other language', () => {
    expect(zh).toMatch(/<html lang="zh"/);
    expect(zh).toContain('<link rel="alternate" hreflang="en" href="https://');
    expect(zh).toContain(`>${t('nav.claims', 'zh')}</a>`);
    expect(zh).toContain(`>${t('nav.skip', 'zh')}</a>`);
    expect(zh).toMatch(/<a class="other-language" href="\/" hreflang="en" lang="en">English<\/a>/);
    expect(zh).toContain(`<h1>${escapeHtml(t('articleCheck.title', 'zh'))}</h1>`);
  });

  test('takes every claim the article makes or repeats, the headline first, in the order of the home page', () => {
    expect(claims.length).toBeGreaterThan(10);
    const starts = claims.map((claim) => zh.indexOf(`aria-labelledby="check-${claim.id}"`));
    expect(starts.every((start) => start > 0)).toBe(true);
    expect([...starts].sort((a, b) => a - b)).toEqual(starts);
    expect(claims[0]!.id).toBe('baidu-found-scaling-laws-first');
  });

  test('gives each claim in the atlas’s Chinese, with the article’s own words, the verdict in Chinese, the Chinese reasoning and a link to its evidence', () => {
    for (const claim of claims) {
      const block = blocks.get(claim.id)!;
      expect(block, claim.id).toContain(escapeHtml(claim.data.statementZh!));
      if (claim.data.quote) expect(block, claim.id).toContain(escapeHtml(claim.data.quote.text));
      expect(block, claim.id).toContain(escapeHtml(t(`verdict.${claim.data.verdict}`, 'zh')));
      expect(block, claim.id).toContain(escapeHtml(claim.data.reasoningZh!));
      expect(block, claim.id).toContain(`href="${claim.url}"`);
    }
  });

  test('says in Chinese where in the article each quoted sentence stands, also for a claim the article only repeats', () => {
    for (const claim of claims) {
      const place = claim.data.madeIn.work === 'article-baidu-scaling-law-2024' ? claim.data.madeIn : claim.data.repeatedIn.find((repeat) => repeat.work === 'article-baidu-scaling-law-2024')!;
      expect(place.locatorZh, claim.id).toBeTruthy();
      const caption = `— ${t('articleCheck.articleSays', 'zh')}，<span(?: data-astro-cid-\\w+)?>${escapeHtml(place.locatorZh!).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}</span></footer>`;
      expect(blocks.get(claim.id), claim.id).toMatch(new RegExp(caption));
    }
    expect(blocks.get('amodei-saw-gpt1-in-2017')).not.toContain('transcript');
  });

  test('keeps what stays unverified visibly unverified, in Chinese', () => {
    const withParts = claims.filter((claim) => claim.data.unverifiedParts.length > 0);
    expect(withParts.length).toBeGreaterThan(5);
    for (const claim of withParts) {
      const block = blocks.get(claim.id)!;
      expect(block, claim.id).toContain('class="unverified"');
      expect(block, claim.id).toContain(t('entry.unverifiedParts', 'zh'));
      for (const part of claim.data.unverifiedPartsZh ?? []) expect(block, claim.id).toContain(escapeHtml(part));
    }
    const without = claims.find((claim) => claim.data.unverifiedParts.length === 0)!;
    expect(blocks.get(without.id)).not.toContain('class="unverified"');
  });

  test('tallies the verdicts and explains each of them in Chinese', () => {
    for (const verdict of new Set(claims.map((claim) => claim.data.verdict))) {
      const count = claims.filter((claim) => claim.data.verdict === verdict).length;
      expect(zh, verdict).toMatch(new RegExp(`${escapeHtml(t(`verdict.${verdict}`, 'zh'))}</span> ${count}`));
    }
    for (const verdict of ['supported', 'false', 'unverified'] as const) expect(zh).toContain(escapeHtml(t(`verdict.${verdict}.help`, 'zh')));
  });

  test('is linked from the English home page, which names it as its Chinese alternate', () => {
    const home = page('/');
    expect(home).toMatch(/<html lang="en"/);
    expect(home).toContain('<link rel="alternate" hreflang="zh" href="https://');
    expect(home).toMatch(/<a class="other-language" href="\/zh\/" hreflang="zh" lang="zh">中文<\/a>/);
    expect(home).toContain(`<p lang="zh"><a href="/zh/" hreflang="zh">${escapeHtml(t('articleCheck.title', 'zh'))} →</a></p>`);
  });

  test('is linked from each of its claims’ pages, at that claim’s place, from the article’s page and from the list of claims', () => {
    for (const claim of claims) expect(page(claim.url), claim.id).toContain(`<a href="/zh/#check-${claim.id}" hreflang="zh">`);
    const other = kb.byCollection.claims.find((claim) => !claims.includes(claim));
    if (other) expect(page(other.url), other.id).not.toContain('href="/zh/');
    expect(page(kb.get('article-baidu-scaling-law-2024').url)).toContain('<a href="/zh/" hreflang="zh">');
    expect(page('/claims/')).toContain('<a href="/zh/" hreflang="zh">');
  });

  test('a claim page lists its unverified parts in English, then in Chinese', () => {
    const claim = kb.get('ernie-released-2019') as Entity<'claims'>;
    const html = page(claim.url);
    const box = html.slice(html.indexOf('class="unverified"'), html.indexOf('</div></div>', html.indexOf('class="unverified"')));
    const [english, chinese] = [box.indexOf(escapeHtml(claim.data.unverifiedParts[0]!)), box.indexOf(escapeHtml(claim.data.unverifiedPartsZh![0]!))];
    expect(english).toBeGreaterThan(0);
    expect(chinese).toBeGreaterThan(english);
    expect(box).toContain('<div lang="zh">');
    // Chinese words inside an English unverified part are marked as Chinese, for screen readers and fonts.
    expect(page('/claims/baidu-bid-44m-for-hinton/')).toContain('(section AI<span lang="zh">大牛云集</span>, paragraph 9)');
  });

  test('its strings stay out of the browser scripts, which run on English pages only', () => {
    const scripts = readdirSync(join(DIST, '_astro')).filter((file) => file.endsWith('.js'));
    expect(scripts.length).toBeGreaterThan(3);
    for (const file of scripts) expect(readFileSync(join(DIST, '_astro', file), 'utf8'), file).not.toContain(t('articleCheck.title', 'zh'));
    expect(t('articleCheck.title', 'zh')).not.toBe(t('articleCheck.title', 'en'));
  });
});
