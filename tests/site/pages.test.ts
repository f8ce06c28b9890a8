/** The built site against the knowledge base: every entry has its page, every internal link resolves. */
import { beforeAll, describe, expect, test } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { checkContentFolder } from '../../src/lib/content-check.ts';
import { buildKnowledgeBase, type KbEntry } from '../../src/lib/kb.ts';
import { DIST, resolveFile } from '../helpers/static-server.ts';
import { htmlPages } from '../helpers/dist-files.ts';
import { findBrokenLinks, internalUrls } from '../helpers/link-check.ts';

const ROOT = resolve(import.meta.dirname, '../..');

beforeAll(() => {
  if (!existsSync(join(DIST, 'index.html'))) throw new Error('dist/ is missing: run "npm run build" first (npm test does it for you).');
});

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
      const escaped = entity.label.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
      expect(html.includes(`>${escaped}</h1>`) || html.includes(`>${entity.label}</h1>`), `${entity.url} heading`).toBe(true);
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
