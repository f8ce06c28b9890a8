/** Tables that stack as cards on a phone (StackedTable) stay tables for assistive technology and label every cell with its column. */
import { describe, expect, test } from 'vitest';
import { builtSite, htmlPages } from '../helpers/dist-files.ts';
import { elementsNamed, nodesInPlace, parseHtml, textOf, type HtmlNode } from '../helpers/html-tree.ts';

const classes = (node: HtmlNode) => (node.properties?.className as string[] | undefined) ?? [];
/** The direct child elements of a node named `tagName`. */
const childrenNamed = (node: HtmlNode, tagName: string) => (node.children ?? []).filter((child) => child.tagName === tagName);

describe('stacked tables', () => {
  const pages = builtSite() ? htmlPages() : [];
  const stacked = pages.flatMap(({ path, html }) =>
    nodesInPlace(parseHtml(html))
      .map(({ node }) => node)
      .filter((node) => node.tagName === 'div' && classes(node).includes('table-stack'))
      .flatMap((box) => elementsNamed(box, 'table').map((table) => ({ path, table }))),
  );

  test('are on the pages that list sources, connections and affiliations', () => {
    const paths = new Set(stacked.map(({ path }) => path));
    for (const path of ['/sources/', '/graph/', '/people/joel-hestness/']) expect(paths, path).toContain(path);
  });

  test('name the role of the table, its row groups, rows, headers and cells', () => {
    const missing: string[] = [];
    for (const { path, table } of stacked) {
      const parts = [table, ...childrenNamed(table, 'thead'), ...childrenNamed(table, 'tbody')];
      const expected = new Map([['table', 'table'], ['thead', 'rowgroup'], ['tbody', 'rowgroup'], ['tr', 'row'], ['th', 'columnheader'], ['td', 'cell']]);
      for (const node of [...parts, ...elementsNamed(table, 'tr'), ...elementsNamed(table, 'th'), ...elementsNamed(table, 'td')]) {
        if (node.properties?.role !== expected.get(node.tagName!)) missing.push(`${path}: <${node.tagName}> has role ${String(node.properties?.role)}`);
      }
    }
    expect(stacked.length).toBeGreaterThan(40);
    expect(missing).toEqual([]);
  });

  test('label each cell with its column’s heading, which it shows once stacked', () => {
    const wrong: string[] = [];
    for (const { path, table } of stacked) {
      const headings = elementsNamed(table, 'th').map((th) => textOf(th).trim());
      for (const row of childrenNamed(childrenNamed(table, 'tbody')[0]!, 'tr')) {
        const cells = childrenNamed(row, 'td');
        if (cells.length !== headings.length) wrong.push(`${path}: a row of ${cells.length} cells under ${headings.length} headings`);
        cells.forEach((cell, i) => {
          if (cell.properties?.dataLabel !== headings[i]) wrong.push(`${path}: cell ${i + 1} labelled ${String(cell.properties?.dataLabel)}, its column is ${headings[i]}`);
        });
      }
    }
    expect(wrong).toEqual([]);
  });

  test('an affiliation whose dates or role the sources do not give says so instead of leaving its cell blank', () => {
    const people = stacked.filter(({ path }) => path.startsWith('/people/'));
    expect(people.length).toBeGreaterThan(20);
    const blank = people.flatMap(({ path, table }) => elementsNamed(table, 'td').filter((cell) => !textOf(cell).trim()).map((cell) => `${path}: ${String(cell.properties?.dataLabel)}`));
    expect(blank).toEqual([]);
  });

  test('no page carries a style-scope marker written out as "true", as spreading a caller’s props on a table’s parts would write it', () => {
    expect(pages.filter(({ html }) => /data-astro-cid-\w+="true"/.test(html)).map(({ path }) => path)).toEqual([]);
  });
});
