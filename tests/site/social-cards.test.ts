/** Link previews: every page names a card image the build wrote, a claim's page its verdict's card, and the cards are a fixed set, not one per entry. */
import { beforeAll, describe, expect, test } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { checkContentFolder } from '../../src/lib/content-check.ts';
import { buildKnowledgeBase, type KbEntry } from '../../src/lib/kb.ts';
import { SOCIAL_CARD_SIZE, SOCIAL_CARD_TYPE, SOCIAL_CARDS, socialCardAlt, socialCardPath, type SocialCard } from '../../src/lib/social-card.ts';
import { pngSize } from '../../src/lib/png-size.ts';
import { OPEN_GRAPH_LOCALES, type UiLanguage } from '../../src/i18n/index.ts';
import { siteConfig } from '../../src/site.config.ts';
import { builtSite, htmlPages } from '../helpers/dist-files.ts';
import { elementsNamed, parseHtml } from '../helpers/html-tree.ts';
import { DIST } from '../helpers/static-server.ts';

const kb = buildKnowledgeBase(checkContentFolder(resolve(import.meta.dirname, '../..')).entries as KbEntry[]);

/** A built page's link-preview metadata: each `<meta>` content by its property or name, and the page's language. */
interface PagePreview {
  path: string;
  lang: string;
  meta: Map<string, string>;
}
let pages: PagePreview[] = [];

beforeAll(() => {
  builtSite();
  pages = htmlPages().map(({ path, html }) => {
    const tree = parseHtml(html);
    const meta = new Map(elementsNamed(tree, 'meta').flatMap(({ properties = {} }) => {
      const key = properties.property ?? properties.name;
      return typeof key === 'string' && typeof properties.content === 'string' ? [[key, properties.content] as const] : [];
    }));
    return { path, lang: String(elementsNamed(tree, 'html')[0]?.properties?.lang), meta };
  });
});

describe('social cards', () => {
  test('are the fixed set, the site’s card and one per verdict, each a 1200 × 630 PNG, however many entries there are', () => {
    const files = readdirSync(join(DIST, 'social')).sort();
    expect(files).toEqual(SOCIAL_CARDS.map((card) => socialCardPath(card).slice('/social/'.length)).sort());
    for (const card of SOCIAL_CARDS) expect(pngSize(readFileSync(join(DIST, socialCardPath(card)))), card).toEqual(SOCIAL_CARD_SIZE);
  });

  test('every page names a card by its absolute address on the site, a PNG the build wrote, of the size the page declares', () => {
    expect(pages.length).toBeGreaterThan(100);
    const problems: string[] = [];
    for (const { path, meta } of pages) {
      const image = meta.get('og:image');
      if (!image) {
        problems.push(`${path}: no og:image`);
        continue;
      }
      const url = new URL(image);
      const file = join(DIST, url.pathname);
      if (url.origin !== new URL(siteConfig.site).origin) problems.push(`${path}: og:image ${image} is not on ${siteConfig.site}`);
      else if (!existsSync(file)) problems.push(`${path}: og:image ${image} was not built`);
      else if (meta.get('og:image:type') !== SOCIAL_CARD_TYPE) problems.push(`${path}: og:image:type ${meta.get('og:image:type')}`);
      else {
        const size = pngSize(readFileSync(file));
        const declared = { width: Number(meta.get('og:image:width')), height: Number(meta.get('og:image:height')) };
        if (!size || size.width !== declared.width || size.height !== declared.height) problems.push(`${path}: og:image is ${JSON.stringify(size)}, the page declares ${JSON.stringify(declared)}`);
      }
    }
    expect(problems).toEqual([]);
  });

  test('a claim’s page shows its verdict’s card, every other page the site’s, each with alt text saying what it shows', () => {
    const verdictOf = new Map<string, SocialCard>(kb.byCollection.claims.map((claim) => [claim.url, claim.data.verdict]));
    expect(verdictOf.size).toBeGreaterThan(0);
    for (const { path, meta } of pages) {
      const card = verdictOf.get(path) ?? 'site';
      expect(new URL(meta.get('og:image') ?? '', siteConfig.site).pathname, path).toBe(socialCardPath(card));
      expect(meta.get('og:image:alt'), path).toBe(socialCardAlt(card));
    }
    const claimPages = pages.filter(({ path }) => verdictOf.has(path));
    expect(claimPages, 'every claim has its page').toHaveLength(verdictOf.size);
  });

  test('every page asks for the large image card and names the site and its locale (British English, Chinese on the Chinese pages)', () => {
    for (const { path, lang, meta } of pages) {
      expect(Object.keys(OPEN_GRAPH_LOCALES), path).toContain(lang);
      expect(meta.get('twitter:card'), path).toBe('summary_large_image');
      expect(meta.get('og:site_name'), path).toBe(siteConfig.title);
      expect(meta.get('og:locale'), path).toBe(OPEN_GRAPH_LOCALES[lang as UiLanguage]);
    }
    expect(pages.find(({ path }) => path === '/zh/')?.meta.get('og:locale')).toBe('zh_CN');
    expect(pages.find(({ path }) => path === '/')?.meta.get('og:locale')).toBe('en_GB');
  });
});
