/**
 * Size budgets (gzip): every entry page's HTML, and each page type's first-load and lazy JavaScript.
 * Prints each page type's figures. kB = 1,000 bytes.
 */
import { describe, expect, test } from 'vitest';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { COLLECTIONS } from '../../src/lib/schema.ts';
import { DIST, resolveFile } from '../helpers/static-server.ts';
import { htmlPages } from '../helpers/dist-files.ts';
import { pageTypes } from '../helpers/page-types.ts';
import { gzipBytes, pageJs, type PageJs } from '../helpers/js-weight.ts';

const KB = 1000;
/** An entry page's HTML, not counting the scaling charts embedded in it (budgeted one by one below). */
const ENTRY_HTML_BUDGET = 10 * KB;
/** One embedded scaling chart (its SVG, legend, source line and data table). */
const CHART_FIGURE_BUDGET = 6 * KB;
/** The scaling-chart figures of a page. */
const chartFigures = (html: string) => html.match(/<figure class="scaling-chart"[\s\S]*?<\/figure>/g) ?? [];

/** JavaScript budgets of a page: what loads with it, and everything it may load later. */
interface JsBudget {
  firstLoad: number;
  total: number;
}
/** Every page: ≤ 10 kB at first load; later at most one view engine (an entry's local graph may lazy-load Cytoscape). */
const DEFAULT_JS: JsBudget = { firstLoad: 10 * KB, total: 180 * KB };
/**
 * The pages that need JavaScript, by section: their first load within the default too, since only
 * the strings scripts use ship to the browser (src/i18n/en-scripts.ts; all of them took 8 kB more).
 */
const OWN_JS: Record<string, JsBudget> = {
  // Cytoscape's core is ≈138 kB gzip; layouts are computed at build time, so no layout engine ships.
  graph: { firstLoad: DEFAULT_JS.firstLoad, total: 180 * KB },
  // vis-timeline's peer build ≈120 kB plus vis-data ≈38 kB gzip.
  timeline: { firstLoad: DEFAULT_JS.firstLoad, total: 200 * KB },
  // Pagefind's client and its WebAssembly (≈135 kB gzip measured), fetched when the reader searches.
  search: { firstLoad: DEFAULT_JS.firstLoad, total: 150 * KB },
};

const read = (pathname: string) => {
  const file = resolveFile(DIST, pathname);
  return file && statSync(file).isFile() ? readFileSync(file) : undefined;
};

/** Pagefind's client is imported by a computed URL at run time: count it (and its wasm) where a script names it. */
function withPagefind(js: PageJs): PageJs {
  const mentions = [...js.firstLoad, ...js.lazy].some((path) => read(path)!.toString('utf8').includes('pagefind'));
  const runtime = ['/pagefind/pagefind.js', '/pagefind/wasm.en.pagefind', '/pagefind/wasm.unknown.pagefind'].filter((path) => existsSync(join(DIST, path)));
  if (!mentions || runtime.length === 0) return js;
  return { ...js, lazy: [...js.lazy, ...runtime], lazyGzip: js.lazyGzip + runtime.reduce((sum, path) => sum + gzipBytes(read(path)!), 0) };
}

/** Gzip bytes of a page's stylesheets. */
function cssGzip(html: string, path: string): number {
  return [...html.matchAll(/<link\b[^>]*rel="stylesheet"[^>]*href="([^"]+)"/gi)]
    .map((m) => read(new URL(m[1]!, `http://site${path}`).pathname))
    .reduce((sum, content) => sum + (content ? gzipBytes(content) : 0), 0);
}

const kb = (bytes: number) => `${(bytes / KB).toFixed(1)} kB`;

describe('size budgets (gzip)', () => {
  const pages = new Map(htmlPages().map((page) => [page.path, page.html]));

  test('each page type\'s JavaScript is within its budget (figures printed)', () => {
    const rows: string[] = [];
    const over: string[] = [];
    for (const type of pageTypes()) {
      const html = pages.get(type.path)!;
      const js = withPagefind(pageJs(html, type.path, read));
      const budget = OWN_JS[type.name.split(' ')[0]!] ?? DEFAULT_JS;
      const total = js.firstLoadGzip + js.lazyGzip;
      rows.push(`| ${type.name} | ${type.path} | ${kb(gzipBytes(html))} | ${kb(js.firstLoadGzip)} / ${kb(budget.firstLoad)} | ${kb(total)} / ${kb(budget.total)} | ${kb(cssGzip(html, type.path))} |`);
      if (js.missing.length) over.push(`${type.path}: imports missing files ${js.missing.join(', ')}`);
      if (js.firstLoadGzip > budget.firstLoad) over.push(`${type.path}: first-load JS ${kb(js.firstLoadGzip)} > ${kb(budget.firstLoad)} (${js.firstLoad.join(', ')})`);
      if (total > budget.total) over.push(`${type.path}: all JS ${kb(total)} > ${kb(budget.total)}`);
    }
    console.log(['| page type | sample | HTML | first-load JS / budget | all JS incl. lazy / budget | CSS |', '| --- | --- | ---: | ---: | ---: | ---: |', ...rows].join('\n'));
    expect(over).toEqual([]);
  });

  test(`every entry page's HTML is at most ${kb(ENTRY_HTML_BUDGET)}`, () => {
    const sections = COLLECTIONS.map((collection) => `/${collection}/`);
    const entries = [...pages].filter(([path]) => sections.some((section) => path.startsWith(section) && path !== section));
    expect(entries.length).toBeGreaterThan(0);
    const sizes = entries
      .map(([path, html]) => ({ path, bytes: gzipBytes(chartFigures(html).reduce((rest, figure) => rest.replace(figure, ''), html)) }))
      .sort((a, b) => b.bytes - a.bytes);
    console.log(`entry HTML without charts: ${entries.length} pages, largest ${sizes[0]!.path} ${kb(sizes[0]!.bytes)}, median ${kb(sizes[Math.floor(sizes.length / 2)]!.bytes)} (budget ${kb(ENTRY_HTML_BUDGET)})`);
    expect(sizes.filter((s) => s.bytes > ENTRY_HTML_BUDGET).map((s) => `${s.path}: ${kb(s.bytes)}`)).toEqual([]);
  });

  test(`every scaling chart embedded in an entry page is at most ${kb(CHART_FIGURE_BUDGET)}`, () => {
    const figures = [...pages].flatMap(([path, html]) =>
      chartFigures(html).map((figure) => ({ path, id: /id="([^"]+)"/.exec(figure)?.[1] ?? '?', bytes: gzipBytes(figure) }))
    );
    expect(figures.length).toBeGreaterThan(0);
    const largest = [...figures].sort((a, b) => b.bytes - a.bytes)[0]!;
    console.log(`chart figures: ${figures.length}, largest ${largest.path}#${largest.id} ${kb(largest.bytes)} (budget ${kb(CHART_FIGURE_BUDGET)})`);
    expect(figures.filter((f) => f.bytes > CHART_FIGURE_BUDGET).map((f) => `${f.path}#${f.id}: ${kb(f.bytes)}`)).toEqual([]);
  });
});
