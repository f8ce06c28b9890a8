/**
 * The sources index on the built site against a brute-force scan of content/: every source object
 * written in any entry file is on /sources/, in /sources.json and /sources.csv, with every entry that
 * cites it, and every "used by" link leads to a built page.
 */
import { beforeAll, describe, expect, test } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, extname, join, resolve } from 'node:path';
import yaml from 'js-yaml';
import { csvParse } from 'd3-dsv';
import { splitFrontmatter } from '../../src/lib/content-files.ts';
import { SOURCE_COLUMNS } from '../../src/lib/source-export.ts';
import type { SourceIndex } from '../../src/lib/source-index.ts';
import { UTF8_BOM } from '../../src/lib/exports.ts';
import { t } from '../../src/i18n/index.ts';
import { attributeValues } from '../helpers/dist-files.ts';
import { DIST, resolveFile } from '../helpers/static-server.ts';

const CONTENT = resolve(import.meta.dirname, '../../content');

beforeAll(() => {
  if (!existsSync(join(DIST, 'sources', 'index.html'))) throw new Error('dist/sources/ is missing: run "npm run build" first (npm test does it for you).');
});

/** Every mapping with both a `url` and an `accessed` key, however deep, in parsed YAML. */
function sourceLike(value: unknown): { url: string }[] {
  if (Array.isArray(value)) return value.flatMap(sourceLike);
  if (!value || typeof value !== 'object' || value instanceof Date) return [];
  const own = 'url' in value && 'accessed' in value ? [value as { url: string }] : [];
  return [...own, ...Object.values(value).flatMap(sourceLike)];
}

/** Every source written in content/, found without the schema or the knowledge base: address (as the URL standard writes it) → entry id → how many times that entry cites it. */
function scanContent(): Map<string, Map<string, number>> {
  const found = new Map<string, Map<string, number>>();
  const files = readdirSync(CONTENT, { recursive: true, withFileTypes: true }).filter((item) => item.isFile() && /^\.(md|mdx|ya?ml)$/.test(extname(item.name)) && !item.name.startsWith('_'));
  for (const file of files) {
    const text = readFileSync(join(file.parentPath, file.name), 'utf8');
    const yamlText = /^\.ya?ml$/.test(extname(file.name)) ? text : (splitFrontmatter(text).frontmatter ?? '');
    const id = basename(file.name, extname(file.name));
    for (const { url } of sourceLike(yaml.load(yamlText))) {
      const address = new URL(url).href;
      const citing = found.get(address) ?? new Map<string, number>();
      citing.set(id, (citing.get(id) ?? 0) + 1);
      found.set(address, citing);
    }
  }
  return found;
}

const scanned = scanContent();
const read = (path: string) => readFileSync(join(DIST, path), 'utf8');
const index = JSON.parse(read('sources.json')) as SourceIndex;
const html = read('sources/index.html');
/** Decode the entities Astro writes in attribute values. */
const decoded = (value: string) => value.replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');

/** Each row of the page's table: the source it links and the pages its "used by" cell links. */
const rows = html
  .slice(html.indexOf('<tbody'), html.indexOf('</tbody>'))
  .split('<tr')
  .slice(1)
  .map((row) => ({
    url: decoded(/<a class="source-url[^"]*"[^>]*\shref="([^"]+)"/.exec(row)?.[1] ?? ''),
    usedBy: [...row.matchAll(/<a class="entity-link[^"]*"[^>]*\shref="([^"]+)"/g)].map((match) => decoded(match[1]!)),
  }));

describe('the sources index', () => {
  test('the scan of content/ finds sources, one entry citing many', () => {
    expect(scanned.size).toBeGreaterThan(20);
    expect(Math.max(...[...scanned.values()].map((citing) => citing.size))).toBeGreaterThan(5);
  });

  test('/sources.json holds every source written in content/ and no other, each with every entry citing it and as many uses', () => {
    expect(index.sources.map((source) => source.url).sort()).toEqual([...scanned.keys()].sort());
    for (const source of index.sources) {
      const citing = scanned.get(source.url)!;
      expect(source.entries.map((entry) => entry.id).sort(), source.url).toEqual([...citing.keys()].sort());
      for (const entry of source.entries) expect(entry.fields.length, `${source.url} in ${entry.id}`).toBe(citing.get(entry.id));
      expect(source.uses, source.url).toBe(source.entries.reduce((sum, entry) => sum + entry.fields.length, 0));
    }
    const uses = [...scanned.values()].flatMap((citing) => [...citing.values()]).reduce((sum, count) => sum + count, 0);
    expect(index.totals).toMatchObject({ sources: scanned.size, uses });
    expect(index.totals.primary + index.totals.secondary + index.totals.mixed).toBe(scanned.size);
  });

  test('/sources.json lists the sources cited by most entries first, then by address', () => {
    const order = index.sources.map((source) => [-source.entries.length, source.url] as const);
    const sorted = [...order].sort(([a, x], [b, y]) => a - b || (x < y ? -1 : x > y ? 1 : 0));
    expect(order).toEqual(sorted);
  });

  test('/sources/ has one row per source, in the order of /sources.json, each linking the source and every entry citing it', () => {
    expect(rows.map((row) => row.url)).toEqual(index.sources.map((source) => source.url));
    for (const [i, source] of index.sources.entries()) {
      const pages = source.entries.map((entry) => { const url = new URL(entry.url); return url.pathname + url.hash; });
      expect(rows[i]!.usedBy, source.url).toEqual(pages);
    }
  });

  test('every "used by" link on /sources/ leads to a built page, and an anchor to its id there', () => {
    const broken: string[] = [];
    for (const link of new Set(rows.flatMap((row) => row.usedBy))) {
      const url = new URL(link, 'http://site/sources/');
      const file = resolveFile(DIST, url.pathname);
      if (!file) broken.push(`${link}: no page`);
      else if (url.hash && !attributeValues(readFileSync(file, 'utf8'), 'id').includes(decodeURIComponent(url.hash.slice(1)))) broken.push(`${link}: no id ${url.hash}`);
    }
    expect(rows.flatMap((row) => row.usedBy).length).toBeGreaterThan(index.sources.length);
    expect(broken).toEqual([]);
  });

  test('/sources/ shows the totals, marks secondary sources and those whose uses disagree, and is not indexed for search', () => {
    for (const [name, total] of Object.entries(index.totals)) expect(html, name).toMatch(new RegExp(`<dd[^>]*>${total}</dd>`));
    expect(html.split('class="tag-secondary"').length - 1).toBeGreaterThanOrEqual(index.totals.secondary);
    if (index.totals.mixed > 0) expect(html).toContain(t('reliability.mixed'));
    expect(html).not.toContain('data-pagefind-body');
  });

  test('/sources.csv starts with a byte-order mark and holds the same sources as /sources.json, in order', () => {
    const text = read('sources.csv');
    expect(text.startsWith(UTF8_BOM)).toBe(true);
    const csv = csvParse(text.slice(UTF8_BOM.length));
    expect(csv.columns).toEqual(SOURCE_COLUMNS);
    expect(csv.map((row) => row.url)).toEqual(index.sources.map((source) => source.url));
    expect(csv.map((row) => Number(row.uses))).toEqual(index.sources.map((source) => source.uses));
  });

  test('/data/ documents the fields and links the page, and the method page links it', () => {
    const data = read('data/index.html');
    expect(data).toContain('href="/sources/"');
    const fields = data.slice(data.indexOf('id="source-columns-heading"'));
    for (const column of SOURCE_COLUMNS) expect(fields, column).toContain(`<td class="mono">${column}</td>`);
    expect(read('about/index.html')).toContain('href="/sources/"');
  });
});
