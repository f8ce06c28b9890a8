/**
 * Each piece of a claim's evidence can be linked to and cited on its own: on the claim's page as
 * #evidence-N, N its place in the entry's list (not in the page's grouping by stance), on the Chinese
 * check of the article under the claim's own prefix, and from the sources index's field paths.
 */
import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { checkContentFolder } from '../../src/lib/content-check.ts';
import { claimCheckId } from '../../src/lib/article-claims.ts';
import { DIST } from '../helpers/static-server.ts';
import { builtSite } from '../helpers/dist-files.ts';
import { nodesInPlace, parseHtml, type HtmlNode } from '../helpers/html-tree.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const page = (path: string) => readFileSync(join(DIST, path, 'index.html'), 'utf8');
const elements = (html: string) => nodesInPlace(parseHtml(html)).map(({ node }) => node).filter((node) => node.type === 'element');
const hrefs = (node: HtmlNode) => nodesInPlace(node).map(({ node: inner }) => inner.properties?.href).filter((href): href is string => typeof href === 'string');
/** The evidence items of a page by id, in page order. */
const evidenceItems = (html: string) => elements(html).filter((node) => ((node.properties?.className as string[] | undefined) ?? []).includes('evidence-item'));

describe('evidence anchors', () => {
  const claims = builtSite() ? checkContentFolder(ROOT).entries.filter((entry) => entry.collection === 'claims') : [];
  const evidenceOf = (entry: (typeof claims)[number]) => (entry.data as { evidence: { source: { url: string } }[] }).evidence;

  test('on a claim’s page, item N is the Nth of the entry’s evidence, with a link to itself', () => {
    expect(claims.length).toBeGreaterThan(10);
    for (const claim of claims) {
      const items = new Map(evidenceItems(page(`claims/${claim.id}`)).map((item) => [item.properties?.id, item]));
      evidenceOf(claim).forEach((evidence, index) => {
        const item = items.get(`evidence-${index + 1}`);
        expect(item, `${claim.id}: evidence-${index + 1}`).toBeDefined();
        expect(hrefs(item!), `${claim.id}: evidence-${index + 1}`).toEqual(expect.arrayContaining([`#evidence-${index + 1}`, evidence.source.url]));
      });
      expect(items.size, claim.id).toBe(evidenceOf(claim).length);
    }
  });

  test('on the Chinese check of the article, each claim’s items carry its own prefix, so no two share an id', () => {
    const ids = evidenceItems(page('zh')).map((item) => String(item.properties?.id));
    expect(ids.length).toBeGreaterThan(20);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^check-[a-z0-9-]+-evidence-\d+$/);
    const checked = claims.filter((claim) => ids.some((id) => id.startsWith(`${claimCheckId(claim.id)}-evidence-`)));
    for (const claim of checked) expect(ids.filter((id) => id.startsWith(`${claimCheckId(claim.id)}-evidence-`)), claim.id).toHaveLength(evidenceOf(claim).length);
  });

  test('the sources index links a claim’s evidence field to that item', () => {
    const links = elements(page('sources')).filter((node) => node.tagName === 'a' && /^evidence\[\d+\]/.test(String((node.children ?? [])[0]?.value ?? '')));
    expect(links.length).toBeGreaterThan(20);
    for (const link of links) {
      const index = Number(/^evidence\[(\d+)\]/.exec(String(link.children![0]!.value))![1]);
      expect(String(link.properties?.href)).toMatch(new RegExp(`^/claims/[a-z0-9-]+/#evidence-${index + 1}$`));
    }
  });
});
