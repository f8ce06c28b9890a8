/** What the built English pages say, as a screen reader or a narrow screen meets it: Chinese marked as Chinese, no empty lists or labels over nothing, formulas typeset, dates unbroken. */
import { beforeAll, describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { builtSite, htmlPages } from '../helpers/dist-files.ts';
import { DIST } from '../helpers/static-server.ts';
import { elementsNamed, nodesInPlace, parseHtml, textOf, type HtmlNode } from '../helpers/html-tree.ts';

/** Every built page but the Chinese ones, parsed. */
let englishPages: { path: string; html: string; tree: HtmlNode }[] = [];

beforeAll(() => {
  builtSite();
  englishPages = htmlPages().filter((page) => !page.path.startsWith('/zh/')).map((page) => ({ ...page, tree: parseHtml(page.html) }));
});

const HAN = /\p{Script=Han}/u;
/**
 * Text no reader meets as page text: code, styles, the head (a page title can hold no marked span),
 * and the hidden record of an entry for the search index, data like an attribute.
 */
const unread = (element: HtmlNode) => ['script', 'style', 'head', 'template'].includes(element.tagName ?? '') || element.properties?.dataSearchRecord !== undefined;
/** The classes of an element. */
const classes = (element: HtmlNode) => (element.properties?.className as string[] | undefined) ?? [];
/** A node's children that are not blank text. */
const filled = (element: HtmlNode) => (element.children ?? []).filter((child) => child.type !== 'text' || child.value?.trim());

describe('English pages', () => {
  test('mark every piece of Chinese text as Chinese (lang="zh" on it or around it), for screen readers and fonts (WCAG 3.1.2)', () => {
    const unmarked: string[] = [];
    for (const { path, tree } of englishPages) {
      for (const { node, ancestors } of nodesInPlace(tree)) {
        if (node.type !== 'text' || !HAN.test(node.value ?? '') || ancestors.some(unread)) continue;
        const lang = ancestors.findLast((element) => typeof element.properties?.lang === 'string')?.properties?.lang as string | undefined;
        if (!lang?.startsWith('zh')) unmarked.push(`${path}: "${node.value!.trim().slice(0, 80)}" (in <${ancestors.at(-1)?.tagName}>)`);
      }
    }
    expect(englishPages.length).toBeGreaterThan(100);
    expect(unmarked).toEqual([]);
  });

  test('have no empty list, which a screen reader announces as a list of no items (a hidden one a script fills is no list yet)', () => {
    const empty = englishPages.flatMap(({ path, tree }) =>
      [...elementsNamed(tree, 'ul'), ...elementsNamed(tree, 'ol')].filter((list) => list.properties?.hidden === undefined && filled(list).length === 0).map((list) => `${path}: <${list.tagName} class="${classes(list).join(' ')}">`)
    );
    expect(empty).toEqual([]);
  });

  test('give no cell of a table that stacks on phones a label over nothing: each shows its value first, or is empty and hidden', () => {
    const blank = englishPages.flatMap(({ path, tree }) =>
      elementsNamed(tree, 'td')
        .filter((cell) => cell.properties?.dataLabel !== undefined && filled(cell).length > 0)
        .filter((cell) => !textOf(cell).trim() || filled(cell)[0]!.tagName === 'p')
        .map((cell) => `${path}: ${String(cell.properties!.dataLabel)}: "${textOf(cell).trim().slice(0, 60)}"`)
    );
    expect(blank).toEqual([]);
  });

  test('typeset the formulas in data tables’ column headers, as in their rows (β_g, N_c, C^a raised or lowered)', () => {
    const tables = englishPages.flatMap(({ path, tree }) => nodesInPlace(tree).filter(({ node }) => classes(node).includes('dataset-table')).map(({ node }) => ({ path, node })));
    expect(tables.length).toBeGreaterThan(3);
    /** What a header shows, its hidden plain-text marks (`_`, `^`) left out. */
    const shown = (node: HtmlNode): string => (classes(node).includes('plain-mark') ? '' : node.type === 'text' ? (node.value ?? '') : (node.children ?? []).map(shown).join(''));
    const headers = tables.flatMap(({ path, node }) => elementsNamed(node, 'th').filter((th) => th.properties?.scope === 'col').map((th) => ({ path, th })));
    expect(headers.some(({ th }) => elementsNamed(th, 'sub').length > 0)).toBe(true);
    expect(headers.filter(({ th }) => /[_^]/.test(shown(th))).map(({ path, th }) => `${path}: ${shown(th)}`)).toEqual([]);
  });

  test('keep a source’s access date on one line, however narrow its column', () => {
    const page = englishPages.find(({ path }) => path === '/people/dario-amodei/')!;
    expect(page.html).toContain('<time datetime=');
    const css = [...page.html.matchAll(/<link\b[^>]*rel="stylesheet"[^>]*href="([^"]+)"/g)].map((match) => readFileSync(join(DIST, match[1]!), 'utf8')).join('\n');
    expect(/\.source-ref time\{[^}]*white-space:nowrap/.test(css), 'a rule .source-ref time { white-space: nowrap } in the page’s stylesheets').toBe(true);
  });
});

describe('a work’s notable absences', () => {
  test('list only what is there: no heading or list for a side with no absent citation', () => {
    const page = englishPages.find(({ path }) => path === '/works/hestness-2017-scaling-predictable/')!;
    const section = nodesInPlace(page.tree).find(({ node }) => String(node.properties?.ariaLabelledBy) === 'absences-heading')?.node;
    expect(section).toBeDefined();
    expect(elementsNamed(section!, 'h3').length).toBe(elementsNamed(section!, 'ul').length);
  });
});
