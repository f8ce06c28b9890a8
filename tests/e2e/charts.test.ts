/** The chart gallery in real Chromium: charts draw with JavaScript off, pass axe, and load nothing from elsewhere. */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import AxeBuilder from '@axe-core/playwright';
import type { Browser } from 'playwright-core';
import { hasChromium, inCI, launchBrowser, watchPage } from '../helpers/browser.ts';
import { serveStatic, type RunningServer } from '../helpers/static-server.ts';

describe.skipIf(!hasChromium && !inCI)('chart gallery in Chromium', () => {
  let browser: Browser;
  let server: RunningServer;

  beforeAll(async () => {
    server = await serveStatic();
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  test('every chart draws with JavaScript off', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 1100, height: 900 } });
    const page = await context.newPage();
    await page.goto(`${server.url}/charts/`);
    expect(await page.locator('figure.scaling-chart').count()).toBeGreaterThanOrEqual(7);
    const svgs = await page.locator('svg.chart-svg').all();
    expect(svgs.length).toBeGreaterThanOrEqual(9);
    for (const svg of svgs) expect((await svg.boundingBox())!.width).toBeGreaterThan(200);
    await context.close();
  });

  test('every chart shows drawn curves or points, the gallery passes axe and loads nothing from elsewhere', async () => {
    const context = await browser.newContext({ viewport: { width: 1100, height: 900 } });
    const page = await context.newPage();
    const problems = watchPage(page, server.url);
    await page.goto(`${server.url}/charts/`);
    const drawn = await page.locator('svg.chart-svg').evaluateAll((svgs) =>
      svgs.map((svg) => [...svg.querySelectorAll('path.curve, path.point')].filter((p) => { const b = (p as SVGGraphicsElement).getBBox(); return b.width > 0 || b.height > 0; }).length)
    );
    expect(drawn.every((count) => count > 0), drawn.join(',')).toBe(true);
    const axe = await new AxeBuilder({ page }).include('figure.scaling-chart').withTags(['wcag2a', 'wcag2aa']).analyze();
    expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`)).toEqual([]);
    expect(problems).toEqual({ consoleErrors: [], failedRequests: [], foreignRequests: [] });
    await context.close();
  });

  test('on a phone, chart text renders at 11.5 px or more and permalinks are 24 px targets on every page that shows a chart', async () => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, javaScriptEnabled: false });
    const page = await context.newPage();
    for (const path of ['/charts/', '/works/hestness-2017-scaling-predictable/', '/works/kaplan-2020-scaling-laws/']) {
      await page.goto(`${server.url}${path}`);
      const sizes = await page.locator('svg.chart-svg text').evaluateAll((texts) =>
        texts.map((text) => {
          const svg = text.closest('svg')!;
          return (parseFloat(getComputedStyle(text).fontSize) * svg.getBoundingClientRect().width) / svg.viewBox.baseVal.width;
        })
      );
      expect(sizes.length, path).toBeGreaterThan(10);
      expect(Math.min(...sizes), path).toBeGreaterThanOrEqual(11.5);
      // A chart's permalink is a finger's target: 24 × 24 px at least (WCAG 2.5.8).
      const links = await page.locator('figure.scaling-chart a.permalink').evaluateAll((anchors) => anchors.map((a) => a.getBoundingClientRect()).map(({ width, height }) => Math.min(width, height)));
      expect(links.length, path).toBeGreaterThan(0);
      expect(Math.min(...links), path).toBeGreaterThanOrEqual(24);
    }
    await context.close();
  });

  test('on a phone, a dataset table scrolls sideways in its box rather than squeeze its text into slivers: no text cell narrower than 16 characters\' room, and the page keeps its width', async () => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${server.url}/charts/`);
    const cells = await page.locator('.dataset-table td:not(.num)').evaluateAll((tds) => tds.map((td) => td.getBoundingClientRect().width / parseFloat(getComputedStyle(td).fontSize)));
    expect(cells.length).toBeGreaterThan(10);
    expect(Math.min(...cells)).toBeGreaterThanOrEqual(16);
    const scrolls = await page.locator('.dataset-table .table-scroll').evaluateAll((boxes) => boxes.some((box) => box.scrollWidth > box.clientWidth));
    expect(scrolls).toBe(true);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await context.close();
  });

  test('x tick labels do not overlap, and a legend label with a formula is one piece of text, typeset, that copies as written', async () => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${server.url}/charts/`);
    const overlaps = await page.locator('svg.chart-svg').evaluateAll((svgs) =>
      svgs.flatMap((svg) => {
        const ticks = [...svg.querySelectorAll('text.tick[text-anchor="middle"]')].map((t) => t.getBoundingClientRect()).sort((a, b) => a.left - b.left);
        return ticks.slice(1).flatMap((box, i) => (box.left < ticks[i]!.right ? [`${svg.querySelector('title')!.textContent}`] : []));
      })
    );
    expect(overlaps).toEqual([]);
    const legend = page.locator('#kaplan-2020-single-variable-fits .chart-legend li').first();
    expect(await legend.evaluate((li) => li.children.length)).toBe(2);
    // Typeset on screen, plain text (with its hidden marks) for copying and screen readers.
    expect(await legend.locator('sub').count()).toBeGreaterThan(0);
    expect((await legend.textContent())!.trim()).toBe('L(N) = (N_c/N)^α_N');
    await context.close();
  });

  test('every drawn chart offers image files of its own, PNG and SVG: SVG that Chromium reads, the same series as on the page, all its text inside, its sources and address named, nothing loaded from elsewhere', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const gallery = await context.newPage();
    await gallery.goto(`${server.url}/charts/`);
    const charts = await gallery.locator('figure.scaling-chart:has(svg.chart-svg)').evaluateAll((figures) =>
      figures.map((figure) => ({
        id: figure.id,
        image: figure.querySelector<HTMLAnchorElement>('.chart-download a[download$=".svg"]')?.getAttribute('href'),
        png: figure.querySelector<HTMLAnchorElement>('.chart-download a[download$=".png"]')?.getAttribute('href'),
        series: figure.querySelectorAll('svg.chart-svg path.curve, svg.chart-svg path.point').length,
        sources: [...figure.querySelectorAll('.chart-source a[href^="http"]')].map((a) => (a as HTMLAnchorElement).href),
        fitted: /not measurements/.test(figure.querySelector('.chart-drawn')!.textContent!),
      }))
    );
    expect(charts.length).toBeGreaterThanOrEqual(6);
    const page = await context.newPage();
    const problems = watchPage(page, server.url);
    for (const chart of charts) {
      expect(chart.image, chart.id).toBe(`/charts/${chart.id}.svg`);
      expect(chart.png, chart.id).toBe(`/charts/${chart.id}.png`);
      expect((await page.goto(`${server.url}${chart.png}`))!.headers()['content-type'], chart.id).toBe('image/png');
      const response = await page.goto(`${server.url}${chart.image}`);
      expect(response!.headers()['content-type'], chart.id).toContain('image/svg+xml');
      const image = await page.evaluate(() => {
        const root = document.documentElement as unknown as SVGSVGElement;
        const frame = root.getBoundingClientRect();
        const outside = [...root.querySelectorAll('text')].filter((text) => {
          const box = text.getBoundingClientRect();
          return box.left < frame.left || box.right > frame.right || box.top < frame.top || box.bottom > frame.bottom;
        });
        return {
          root: root.localName,
          errors: document.querySelectorAll('parsererror').length,
          series: root.querySelectorAll('svg.chart-svg path.curve, svg.chart-svg path.point').length,
          outside: outside.map((text) => text.textContent),
          text: root.textContent ?? '',
          links: [...root.querySelectorAll('[href]')].length,
        };
      });
      expect(image.root, chart.id).toBe('svg');
      expect(image.errors, chart.id).toBe(0);
      expect(image.series, `${chart.id}: the series of the page`).toBe(chart.series);
      expect(image.outside, `${chart.id}: text outside the image`).toEqual([]);
      expect(image.links, `${chart.id}: refers to nothing`).toBe(0);
      for (const source of chart.sources) expect(image.text, chart.id).toContain(source);
      expect(image.text, chart.id).toContain(`https://scaling-atlas.github.io/charts/#${chart.id}`);
      expect(/not measurements/.test(image.text), `${chart.id}: says, as the page does, whether its lines are not measurements`).toBe(chart.fitted);
    }
    expect(problems).toEqual({ consoleErrors: [], failedRequests: [], foreignRequests: [] });
    await context.close();
  });

  test('a dataset link from a work page lands on its chart in the gallery', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}/works/kaplan-2020-scaling-laws/`);
    await page.locator('a[href="/charts/#kaplan-2020-single-variable-fits"]').first().click();
    await page.waitForURL(/\/charts\/#kaplan-2020-single-variable-fits$/);
    expect(await page.locator('#kaplan-2020-single-variable-fits').isVisible()).toBe(true);
    await page.close();
  });
});
