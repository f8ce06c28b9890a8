/** The built site against the knowledge base: every entry has its page, every internal link resolves. */
import { beforeAll, describe, expect, test } from 'vitest';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { checkContentFolder } from '../../src/lib/content-check.ts';
import { buildKnowledgeBase, type KbEntry } from '../../src/lib/kb.ts';
import { DIST, resolveFile } from '../helpers/static-server.ts';
import { attributeValues, htmlPages } from '../helpers/dist-files.ts';

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
    const { readFileSync } = await import('node:fs');
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
    const { readFileSync } = await import('node:fs');
    for (const claim of kb.byCollection.claims) {
      const html = readFileSync(join(DIST, claim.url, 'index.html'), 'utf8');
      expect(html, claim.id).toContain(`verdict-${claim.data.verdict}`);
      if (claim.data.quote) expect(html, claim.id).toContain(`lang="${claim.data.quote.lang}"`);
      for (const evidence of claim.data.evidence) expect(html, `${claim.id} evidence`).toContain(`href="${evidence.source.url.replace(/&/g, '&amp;')}"`);
    }
  });

  test('every relation appears on the pages of both its ends', async () => {
    const { readFileSync } = await import('node:fs');
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

  test('every internal href resolves to a file, and every #anchor to an id on it', () => {
    const ids = new Map(pages.map((page) => [page.path, new Set(attributeValues(page.html, 'id'))]));
    const broken: string[] = [];
    for (const page of pages) {
      for (const href of attributeValues(page.html, 'href')) {
        if (/^(https?:|mailto:|data:)/.test(href)) continue;
        const url = new URL(href, `http://site${page.path}`);
        if (!resolveFile(DIST, url.pathname)) {
          broken.push(`${page.path} → ${href}`);
          continue;
        }
        const anchor = decodeURIComponent(url.hash.slice(1));
        if (anchor && url.pathname.endsWith('/') && !ids.get(url.pathname)?.has(anchor)) broken.push(`${page.path} → ${href} (no id "${anchor}")`);
      }
    }
    expect(broken).toEqual([]);
  });
});
