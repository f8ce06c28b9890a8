/** The article checked claim by claim in Chinese (/zh/), and the way to it from the English home page. */
import { describe, expect, test } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { checkContentFolder } from '../../src/lib/content-check.ts';
import { buildKnowledgeBase, type Entity, type KbEntry } from '../../src/lib/kb.ts';
import { articleClaims } from '../../src/lib/article-claims.ts';
import { stance as stanceSchema, type ClaimEvidence } from '../../src/lib/schema.ts';
import { STANCE_SYMBOLS } from '../../src/lib/visual.ts';
import { escapeHtml } from '../../src/lib/label-text.ts';
import { t, tFill } from '../../src/i18n/index.ts';
import { issueUrl } from '../../src/lib/urls.ts';
import { siteConfig } from '../../src/site.config.ts';
import { DIST } from '../helpers/static-server.ts';
import { escapeRegExp } from '../helpers/escape-reg-exp.ts';

const kb = buildKnowledgeBase(checkContentFolder(resolve(import.meta.dirname, '../..')).entries as KbEntry[]);
const page = (url: string) => readFileSync(join(DIST, url, 'index.html'), 'utf8');
const zh = page('/zh/');
const claims = articleClaims(kb);
/** Each claim's block on /zh/, by claim id. */
const blocks = new Map(claims.map((claim) => {
  const start = zh.indexOf(`aria-labelledby="check-${claim.id}"`);
  return [claim.id, start < 0 ? '' : zh.slice(start, zh.indexOf('</article>', start))];
}));

/** The folded evidence list in a claim's block on /zh/. */
const evidenceList = (block: string) => {
  const start = block.indexOf('<details class="claim-evidence"');
  return start < 0 ? '' : block.slice(start, block.indexOf('</details>', start) + '</details>'.length);
};
/** The items of an evidence list, in the order shown. */
const itemsOf = (list: string) => list.split('<div class="evidence-item').slice(1);
/** A claim's evidence in the order its page and /zh/ show it: supporting first, then contradicting, then context. */
const byStance = (evidence: readonly ClaimEvidence[]) => stanceSchema.options.flatMap((stance) => evidence.filter((item) => item.stance === stance));
/** The text a reader sees in a piece of HTML (tags dropped, entities left as written). */
const visibleText = (html: string) => html.replace(/<[^>]+>/g, '');

describe('the Chinese check of the article (/zh/)', () => {
  test('each claim links, in Chinese, to a dispute of its verdict that names the claim\'s own page', () => {
    for (const claim of claims) {
      const href = issueUrl(siteConfig.repository, 'dispute', claim.label, new URL(claim.url, siteConfig.site).href).replace(/&/g, '&amp;');
      const link = `${escapeRegExp(`<a href="${href}" rel="noopener noreferrer external"`)}[^>]*>${escapeRegExp(tFill('articleCheck.dispute', { forge: siteConfig.forge }, 'zh'))}</a>`;
      expect(blocks.get(claim.id), claim.id).toMatch(new RegExp(link));
    }
  });

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

  test('opens with a list of the claims checked, in page order, each linking to its section with its verdict in Chinese', () => {
    const nav = zh.slice(zh.indexOf('<nav class="claim-contents'), zh.indexOf('</nav>', zh.indexOf('<nav class="claim-contents')));
    expect(nav).toContain(`>${t('articleCheck.contents', 'zh')}</h2>`);
    const items = nav.split('<li').slice(1);
    expect(items.map((item) => /href="#([^"]+)"/.exec(item)?.[1])).toEqual(claims.map((claim) => `check-${claim.id}`));
    for (const [index, claim] of claims.entries()) {
      expect(items[index], claim.id).toContain(escapeHtml(claim.data.statementZh!));
      expect(items[index], claim.id).toContain(escapeHtml(t(`verdict.${claim.data.verdict}`, 'zh')));
      expect(zh, claim.id).toContain(`<h2 id="check-${claim.id}"`);
    }
    expect(zh.indexOf('<nav class="claim-contents')).toBeLessThan(zh.indexOf(`aria-labelledby="check-${claims[0]!.id}"`));
  });

  test('gives each claim in the atlas’s Chinese, with the article’s own words, the verdict in Chinese, the Chinese reasoning and a link to its evidence', () => {
    for (const claim of claims) {
      const block = blocks.get(claim.id)!;
      expect(block, claim.id).toContain(escapeHtml(claim.data.statementZh!));
      if (claim.data.quote) expect(block, claim.id).toContain(escapeHtml(claim.data.quote.text));
      expect(block, claim.id).toContain(escapeHtml(t(`verdict.${claim.data.verdict}`, 'zh')));
      expect(block, claim.id).toContain(escapeHtml(claim.data.reasoningZh!));
      expect(block, claim.id).toMatch(new RegExp(`<a href="${claim.url}" hreflang="en"(?: data-astro-cid-\\w+)?>${escapeHtml(t('articleCheck.evidence', 'zh'))}</a>`));
    }
  });

  test('says in Chinese where in the article each quoted sentence stands, also for a claim the article only repeats', () => {
    for (const claim of claims) {
      const place = claim.data.madeIn.work === 'article-baidu-scaling-law-2024' ? claim.data.madeIn : claim.data.repeatedIn.find((repeat) => repeat.work === 'article-baidu-scaling-law-2024')!;
      expect(place.locatorZh, claim.id).toBeTruthy();
      const caption = `— ${t('articleCheck.articleSays', 'zh')}，<span(?: data-astro-cid-\\w+)?>${escapeRegExp(escapeHtml(place.locatorZh!))}</span></footer>`;
      expect(blocks.get(claim.id), claim.id).toMatch(new RegExp(caption));
    }
    const check = blocks.get('amodei-saw-gpt1-in-2017')!;
    expect(check.slice(0, check.indexOf('<details'))).not.toContain('transcript');
  });

  test('folds each claim’s evidence under its reasoning, closed, with a Chinese summary that counts the items and says their notes are in English', () => {
    for (const claim of claims) {
      const block = blocks.get(claim.id)!;
      const list = evidenceList(block);
      expect(list, claim.id).toMatch(/^<details class="claim-evidence"(?: data-astro-cid-\w+)?>/);
      expect(block.indexOf(list), claim.id).toBeGreaterThan(block.indexOf(escapeHtml(claim.data.reasoningZh!)));
      expect(list, claim.id).toMatch(new RegExp(`<summary(?: data-astro-cid-\\w+)?>证据与来源（${claim.data.evidence.length}条，说明为英文）</summary>`));
      expect(itemsOf(list), claim.id).toHaveLength(claim.data.evidence.length);
    }
  });

  test('groups the evidence under stances named in Chinese, each item with the source it was read in', () => {
    const inChinese = { supports: '支持', contradicts: '反驳', context: '背景' };
    for (const claim of claims) {
      const list = evidenceList(blocks.get(claim.id)!);
      const headings = [...list.matchAll(/<h3>(.*?)<\/h3>/g)].map((match) => visibleText(match[1]!));
      const expected = stanceSchema.options.map((stance) => ({ stance, count: claim.data.evidence.filter((item) => item.stance === stance).length })).filter(({ count }) => count > 0);
      expect(headings, claim.id).toEqual(expected.map(({ stance, count }) => `${STANCE_SYMBOLS[stance]}${inChinese[stance]}（${count}）`));
      const items = itemsOf(list);
      byStance(claim.data.evidence).forEach((evidence, i) => {
        const item = items[i]!;
        expect(item, `${claim.id} #${i}`).toMatch(new RegExp(`^ stance-${evidence.stance}"`));
        expect(item, `${claim.id} #${i}`).toContain(`<span class="source-ref"><a href="${escapeHtml(evidence.source.url)}" rel="noopener noreferrer external">`);
        expect(item, `${claim.id} #${i}`).toContain(`，访问于 <time datetime="${evidence.source.accessed}">`);
        expect(item.includes('<span class="tag-secondary" title="仅在二手报道中读到">二手</span>'), `${claim.id} #${i} secondary`).toBe(evidence.source.reliability === 'secondary');
      });
    }
  });

  test('keeps each item’s work, locator and note in English, marked lang="en", the work linked to its entry', () => {
    for (const claim of claims) {
      const items = itemsOf(evidenceList(blocks.get(claim.id)!));
      byStance(claim.data.evidence).forEach((evidence, i) => {
        const item = items[i]!;
        expect(item, `${claim.id} #${i} note`).toContain('<p><span lang="en">');
        expect(visibleText(item), `${claim.id} #${i} note`).toContain(escapeHtml(evidence.note));
        if (evidence.work) {
          const work = kb.get(evidence.work);
          expect(item, `${claim.id} #${i} work`).toContain(`href="${work.url}"><span class="kind-symbol kind-${work.kind}" aria-hidden="true">`);
          expect(item, `${claim.id} #${i} work`).toContain(`<span class="visually-hidden">${t(`kind.${work.kind}`, 'zh')}：</span><span lang="en">`);
        }
        if (evidence.locator) expect(visibleText(item), `${claim.id} #${i} locator`).toContain(escapeHtml(evidence.locator));
      });
    }
    // A Chinese title inside an English locator is marked as Chinese again.
    expect(blocks.get('baidu-bid-44m-for-hinton')).toContain('<span lang="en">Chinese edition 《<span lang="zh">深度学习革命</span>》, preface by Kai Yu</span>');
  });

  test('leaves the English claim pages’ evidence in English: stance headings, secondary tags and accessed dates', () => {
    for (const claim of claims) {
      const html = page(claim.url);
      for (const stance of new Set(claim.data.evidence.map((item) => item.stance))) {
        expect(html, `${claim.id} ${stance}`).toContain(`${t(`stance.${stance}`, 'en')} (${claim.data.evidence.filter((item) => item.stance === stance).length})</h3>`);
      }
      for (const evidence of claim.data.evidence) {
        const link = `<span class="source-ref"><a href="${escapeHtml(evidence.source.url)}" rel="noopener noreferrer external">`;
        expect(html, claim.id).toContain(link);
        const ref = html.slice(html.indexOf(link), html.indexOf('</span></p>', html.indexOf(link)));
        expect(ref, claim.id).toMatch(new RegExp(`</a>${evidence.source.reliability === 'secondary' ? ' <span class="tag-secondary" title="Read only in a secondary report">secondary</span>' : ''}, accessed <time datetime="${evidence.source.accessed}">`));
      }
      expect(html, claim.id).not.toContain('访问于');
      expect(html, claim.id).not.toContain('<details class="claim-evidence"');
    }
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
    expect(home).toContain(`<p lang="zh" data-pagefind-ignore><a href="/zh/" hreflang="zh">${escapeHtml(t('articleCheck.title', 'zh'))} →</a></p>`);
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
