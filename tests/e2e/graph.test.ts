/** The graph in real Chromium: /graph/ draws every node, filters, finds, links and explains edges; entry pages draw their local graph lazily. */
import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import type { Core, NodeSingular } from 'cytoscape';
import { hasChromium, inCI, watchPage, type PageProblems } from '../helpers/browser.ts';
import { DIST } from '../helpers/static-server.ts';
import { useSiteInBrowser } from '../helpers/site-browser.ts';
import { bundlesContaining, CYTOSCAPE_MARKER } from '../helpers/bundles.ts';
import { fingersMove, swipeUp } from '../helpers/touch.ts';
import type { LaidOutGraph } from '../../src/lib/graph.ts';
import { en } from '../../src/i18n/en.ts';
import { VERDICT_STYLES } from '../../src/lib/visual.ts';
import { contrastRatio } from '../../src/lib/contrast.ts';
import { LABEL_SIDE_DIRECTIONS } from '../../src/lib/label-placement.ts';
import { LABEL_MAX_WIDTH, LABEL_SIZE, LEAD_LABEL_MAX_WIDTH, TWO_LINES_CLASS } from '../../src/lib/graph-style.ts';

type CanvasElement = HTMLElement & { cy: Core };

/** True when `drawn`, a label as the graph draws it (on one line or two, the second perhaps ending in an ellipsis), shows `label` or its start. */
const showsStartOf = (drawn: string, label: string) => drawn !== '' && label.startsWith(drawn.replace('\n', ' ').replace(/…$/, ''));

describe.skipIf(!hasChromium && !inCI)('influence graph in Chromium', () => {
  const site = useSiteInBrowser();
  const graph = () => JSON.parse(readFileSync(join(DIST, 'graph.json'), 'utf8')) as LaidOutGraph;

  /** Open a page of the site, watching for problems, at a size where the graph sits beside its controls; `before` runs before it loads. */
  async function open(path: string, before?: (page: Page) => Promise<unknown>): Promise<{ page: Page; problems: PageProblems }> {
    const page = await site.browser.newPage({ viewport: { width: 1280, height: 900 } });
    const problems = watchPage(page, site.server.url);
    await before?.(page);
    await page.goto(`${site.server.url}${path}`);
    return { page, problems };
  }

  const explorerReady = (page: Page) => page.waitForSelector('[data-graph-canvas][data-state="ready"]', { timeout: 30_000 });

  /** Open a page of the site on a phone: a touch screen, 390 × 844. Close it with `page.context().close()`. */
  async function openOnPhone(path: string): Promise<{ page: Page; problems: PageProblems }> {
    const context = await site.browser.newContext({ hasTouch: true, isMobile: true, viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    const problems = watchPage(page, site.server.url);
    await page.goto(`${site.server.url}${path}`);
    return { page, problems };
  }

  /**
   * A node of the drawing in `canvas` with no other node within 24 px, well inside the canvas and the
   * window (`id`'s if it qualifies, else one with a page of its own rather than a dataset's section of
   * /charts/), and where it is on the screen: a finger put there touches only it.
   */
  const loneNode = (page: Page, canvas: string, id?: string) =>
    page.$eval(
      canvas,
      (element, wanted) => {
        const { cy } = element as CanvasElement;
        const box = element.getBoundingClientRect();
        const at = (node: NodeSingular) => ({ x: box.x + node.renderedPosition().x, y: box.y + node.renderedPosition().y });
        const nodes = cy.nodes(':visible').not('.centre').toArray() as NodeSingular[];
        const lone = nodes.filter((node) => {
          const { x, y } = at(node);
          if (x < box.x + 30 || x > box.right - 30 || y < Math.max(box.y, 0) + 30 || y > Math.min(box.bottom, window.innerHeight) - 30) return false;
          return nodes.every((other) => other === node || Math.hypot(at(other).x - x, at(other).y - y) > 24);
        });
        const ownPage = (candidate: NodeSingular) => !String(candidate.data('url')).includes('#');
        const node = lone.find((candidate) => candidate.id() === wanted) ?? lone.find(ownPage) ?? lone[0]!;
        return { id: node.id(), url: node.data('url') as string, label: node.data('label') as string, ...at(node) };
      },
      id
    );

  /**
   * The pairs of drawn node labels whose boxes, as Cytoscape itself measures them, overlap; the drawn
   * labels that are not on the side of their node their placement chose (its class); the labels that
   * lie nearer another shown node than their own; those drawn on more lines than placed on; and how many labels are drawn.
   */
  const labelOverlaps = (page: Page, canvas: string) =>
    page.$eval(
      canvas,
      (element, [directions, twoLinesClass]) => {
        const { cy } = element as CanvasElement;
        const drawn = cy.nodes(':visible').filter((node) => node.style('label') !== '');
        const boxes = drawn.map((node) => ({ id: node.id(), box: node.renderedBoundingBox({ includeNodes: false, includeEdges: false, includeLabels: true, includeOverlays: false }) }));
        const overlaps: string[] = [];
        for (const [i, a] of boxes.entries())
          for (const b of boxes.slice(i + 1)) if (a.box.x1 < b.box.x2 && b.box.x1 < a.box.x2 && a.box.y1 < b.box.y2 && b.box.y1 < a.box.y2) overlaps.push(`${a.id} × ${b.id}`);
        /** Where `from`–`to` lies from `centre` along one axis: past it (1), before it (-1), across it (0). */
        const direction = (from: number, to: number, centre: number) => (from >= centre - 0.5 ? 1 : to <= centre + 0.5 ? -1 : 0);
        const misplaced = boxes.flatMap(({ id, box }) => {
          const node = cy.getElementById(id);
          const side = Object.keys(directions).find((name) => node.hasClass(`label-${name}`)) ?? 'below';
          const { x, y } = node.renderedPosition();
          const at = { x: direction(box.x1, box.x2, x), y: direction(box.y1, box.y2, y) };
          const wanted = directions[side]!;
          return at.x === wanted.x && at.y === wanted.y ? [] : [`${id} placed ${side}, drawn ${JSON.stringify(at)}`];
        });
        // A label nearer another shown node than its own would seem to name that node; the lead's label
        // (the focused node's, a local graph's centre's) is drawn even where it fits nowhere, so it is left out.
        const distance = (box: { x1: number; y1: number; x2: number; y2: number }, { x, y }: { x: number; y: number }) =>
          Math.hypot(Math.max(box.x1 - x, 0, x - box.x2), Math.max(box.y1 - y, 0, y - box.y2));
        const others = cy.nodes(':visible').filter((node) => !node.hasClass('faded'));
        const nearerOther = boxes.flatMap(({ id, box }) => {
          const node = cy.getElementById(id) as NodeSingular;
          if (node.hasClass('focused') || node.hasClass('centre') || node.hasClass('hovered')) return [];
          const own = distance(box, node.renderedPosition());
          const nearer = others.filter((other) => other.id() !== id && distance(box, (other as NodeSingular).renderedPosition()) < own - 0.5);
          return nearer.map((other) => `${id}'s label is nearer ${other.id()}`);
        });
        // A label is drawn on the lines it was placed on (two with TWO_LINES_CLASS, else one): a line
        // adds about its font size to the box's height, which has about 0.9 of it besides.
        const rewrapped = boxes.flatMap(({ id, box }) => {
          const node = cy.getElementById(id) as NodeSingular;
          const lines = node.hasClass(twoLinesClass) ? 2 : 1;
          return box.h > (lines + 1.4) * parseFloat(node.renderedStyle('font-size') as string) ? [`${id} drawn on more than ${lines} line(s)`] : [];
        });
        return { overlaps, misplaced, nearerOther, rewrapped, labelled: drawn.length };
      },
      [LABEL_SIDE_DIRECTIONS as Record<string, { x: number; y: number }>, TWO_LINES_CLASS] as const
    );

  test('/graph/ draws every node of /graph.json at its stored position, with no console errors', async () => {
    const { page, problems } = await open('/graph/');
    await explorerReady(page);
    const expected = graph();
    const drawn = await page.$eval('[data-graph-canvas]', (element) =>
      (element as CanvasElement).cy.nodes().map((node) => ({ id: node.id(), visible: node.visible(), position: node.position() }))
    );
    expect(drawn.map((node) => node.id).sort()).toEqual(expected.nodes.map((node) => node.data.id).sort());
    expect(drawn.every((node) => node.visible)).toBe(true);
    const stored = new Map(expected.nodes.map((node) => [node.data.id, node.position]));
    for (const node of drawn) expect(node.position, node.id).toEqual(stored.get(node.id));
    expect(await page.$eval('[data-graph-canvas]', (element) => (element as CanvasElement).cy.edges().length)).toBe(expected.edges.length);
    expect(problems).toEqual({ consoleErrors: [], failedRequests: [], foreignRequests: [] });
    await page.close();
  });

  test('a graph smaller than the page announced is drawn in the style of its real size, labels included', async () => {
    // The explorer makes its canvas for the announced size before graph.json arrives: announce a large graph.
    const { page, problems } = await open('/graph/', (page) =>
      page.route('**/graph/', async (route) => {
        const response = await route.fetch();
        const html = (await response.text()).replace(/data-nodes="\d+"/, 'data-nodes="5000"');
        expect(html).toContain('data-nodes="5000"');
        await route.fulfill({ response, body: html });
      })
    );
    await explorerReady(page);
    const labels = await page.$eval('[data-graph-canvas]', (element) => (element as CanvasElement).cy.nodes('.labelled').map((node) => [node.data('label'), node.style('label')]));
    expect(labels.length).toBeGreaterThan(10);
    for (const [label, drawn] of labels) expect(showsStartOf(drawn, label), `${drawn} shows ${label}`).toBe(true);
    expect(problems).toEqual({ consoleErrors: [], failedRequests: [], foreignRequests: [] });
    await page.close();
  });

  test('labels only what fits: no two drawn labels overlap, and hovering a node names it', async () => {
    // A window narrow enough that the whole graph is shown zoomed out, whatever the content adds.
    const { page, problems } = await open('/graph/', (page) => page.setViewportSize({ width: 1024, height: 768 }));
    await explorerReady(page);
    expect(await labelOverlaps(page, '[data-graph-canvas]')).toEqual({ overlaps: [], misplaced: [], nearerOther: [], rewrapped: [], labelled: expect.any(Number) });
    expect((await labelOverlaps(page, '[data-graph-canvas]')).labelled).toBeGreaterThan(20);
    const sizes = await page.$eval('[data-graph-canvas]', (element) => {
      const cy = (element as CanvasElement).cy;
      return { zoom: cy.zoom(), px: Math.min(...cy.nodes('.labelled').map((node) => parseFloat(node.renderedStyle('font-size') as string))) };
    });
    expect(sizes.zoom, 'the whole graph is in view, zoomed out').toBeLessThan(1);
    expect(sizes.px, 'zoomed out, labels are still drawn at their full size on screen').toBeGreaterThanOrEqual(LABEL_SIZE - 0.01);
    const unlabelled = await page.$eval('[data-graph-canvas]', (element) => {
      const node = (element as CanvasElement).cy.nodes(':visible').filter((n) => !n.hasClass('labelled'))[0]!;
      const box = element.getBoundingClientRect();
      return { id: node.id(), label: node.data('label') as string, x: box.x + node.renderedPosition().x, y: box.y + node.renderedPosition().y };
    });
    await page.mouse.move(unlabelled.x, unlabelled.y);
    await expect.poll(() => page.$eval('[data-graph-canvas]', (element, id) => (element as CanvasElement).cy.getElementById(id).style('label'), unlabelled.id)).toBe(unlabelled.label);
    expect(problems).toEqual({ consoleErrors: [], failedRequests: [], foreignRequests: [] });
    await page.close();
  });

  test.each(['baidu-found-scaling-laws-first', 'joel-hestness'])('focused on %s, labels do not overlap, the focused node’s is drawn where placed, and the Hestness 2017 paper has one', async (focus) => {
    const { page, problems } = await open(`/graph/?focus=${focus}`, (page) => page.setViewportSize({ width: 1280, height: 800 }));
    await explorerReady(page);
    await page.locator('[data-graph-panel]:not([hidden])').waitFor();
    expect(await labelOverlaps(page, '[data-graph-canvas]')).toEqual({ overlaps: [], misplaced: [], nearerOther: [], rewrapped: [], labelled: expect.any(Number) });
    const labels = new Map(await page.$eval('[data-graph-canvas]', (element) => (element as CanvasElement).cy.nodes('.labelled').map((node) => [node.id(), node.style('label') as string] as const)));
    const label = (id: string) => graph().nodes.find((node) => node.data.id === id)!.data.label;
    expect(showsStartOf(labels.get(focus) ?? '', label(focus)), 'the focused node’s label is drawn, and counted among the placed ones').toBe(true);
    expect(showsStartOf(labels.get('hestness-2017-scaling-predictable') ?? '', label('hestness-2017-scaling-predictable')), 'the central evidence is named').toBe(true);
    expect(problems).toEqual({ consoleErrors: [], failedRequests: [], foreignRequests: [] });
    await page.close();
  });

  test('on a phone, focused on an entry, no label is drawn nearer another node than its own, corners included', async () => {
    const { page, problems } = await openOnPhone('/graph/?focus=greg-diamos');
    await explorerReady(page);
    await page.locator('[data-graph-panel]:not([hidden])').waitFor();
    const { overlaps, misplaced, nearerOther, rewrapped, labelled } = await labelOverlaps(page, '[data-graph-canvas]');
    expect({ overlaps, misplaced, nearerOther, rewrapped }).toEqual({ overlaps: [], misplaced: [], nearerOther: [], rewrapped: [] });
    expect(labelled, 'the focused node and some neighbours are named').toBeGreaterThan(3);
    expect(problems).toEqual({ consoleErrors: [], failedRequests: [], foreignRequests: [] });
    await page.context().close();
  });

  test('nodes are filled in the legend’s colours, in the light and in the dark scheme', async () => {
    const { page, problems } = await open('/graph/');
    await explorerReady(page);
    const colours = () =>
      page.evaluate(() => {
        const { cy } = document.querySelector('[data-graph-canvas]') as CanvasElement;
        const flat = (colour: string) => colour.replace(/\s/g, '');
        return [...document.querySelectorAll<HTMLElement>('.graph-legend .legend-symbol')].map((symbol) => {
          const kind = [...symbol.classList].find((name) => name.startsWith('kind-'))!.slice('kind-'.length);
          return { kind, legend: flat(getComputedStyle(symbol).color), node: flat(cy.nodes(`[type = "${kind}"]`)[0]!.style('background-color') as string) };
        });
      });
    const light = await colours();
    expect(light.length).toBeGreaterThanOrEqual(5);
    for (const { kind, legend, node } of light) expect(node, kind).toBe(legend);
    await page.emulateMedia({ colorScheme: 'dark' });
    await expect.poll(async () => (await colours()).every(({ legend, node }) => legend === node)).toBe(true);
    expect((await colours())[0]!.node).not.toBe(light[0]!.node);
    expect(problems).toEqual({ consoleErrors: [], failedRequests: [], foreignRequests: [] });
    await page.close();
  });

  test('on a phone the filters start folded, so the drawing starts on the first screen', async () => {
    const page = await site.browser.newPage({ viewport: { width: 390, height: 844 } });
    await page.goto(`${site.server.url}/graph/`);
    await explorerReady(page);
    expect(await page.locator('[data-graph-filters]').evaluate((details) => (details as HTMLDetailsElement).open)).toBe(false);
    expect((await page.locator('[data-graph-canvas]').boundingBox())!.y).toBeLessThan(844);
    await page.locator('[data-graph-filters] > summary').click();
    expect(await page.locator('input[name="kind"]').first().isVisible()).toBe(true);
    await page.close();
  });

  test('a focused node is drawn in sight beside the panel that shows it: on a wide screen left of it, on a phone above it, the panel on screen', async () => {
    const inSight = async (width: number, height: number) => {
      const page = await site.browser.newPage({ viewport: { width, height } });
      await page.goto(`${site.server.url}/graph/?focus=dario-amodei`);
      await explorerReady(page);
      await page.locator('[data-graph-panel]:not([hidden])').waitFor();
      const canvas = (await page.locator('[data-graph-canvas]').boundingBox())!;
      const panel = (await page.locator('[data-graph-panel]').boundingBox())!;
      const panelScrolls = await page.locator('[data-graph-panel]').evaluate((element) => element.scrollHeight > element.clientHeight + 1);
      const node = await page.$eval('[data-graph-canvas]', (element) => (element as CanvasElement).cy.getElementById('dario-amodei').renderedPosition());
      await page.close();
      return { canvas, panel, panelScrolls, node: { x: canvas.x + node.x, y: canvas.y + node.y } };
    };
    const wide = await inSight(1280, 800);
    expect(wide.node.x, 'left of the panel').toBeLessThan(wide.panel.x - 20);
    expect(wide.node.x).toBeGreaterThan(wide.canvas.x + 20);
    expect(Math.abs(wide.node.x - (wide.canvas.x + wide.panel.x) / 2), 'in the middle of the part left').toBeLessThan(10);
    // A shared link on a phone: the drawing starts low on the first screen, the panel follows it below.
    const phone = await inSight(390, 844);
    expect(phone.panel.y, 'below the drawing').toBeGreaterThanOrEqual(phone.canvas.y + phone.canvas.height);
    expect(phone.panelScrolls, 'as tall as its content: the page scrolls, not a box inside it').toBe(false);
    expect(phone.panel.height, 'taller than the screen left beside the drawing, which boxed it in before').toBeGreaterThan(844 - phone.canvas.height);
    expect(Math.abs(phone.node.x - (phone.canvas.x + phone.canvas.width / 2))).toBeLessThan(phone.canvas.width * 0.05);
    expect(Math.abs(phone.node.y - (phone.canvas.y + phone.canvas.height / 2)), 'the drawing is mostly below the screen: its middle').toBeLessThan(phone.canvas.height * 0.05);
  });

  test('on a phone a node tapped with the panel out of sight brings the panel in, the node still on screen', async () => {
    const { page, problems } = await openOnPhone('/graph/');
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await explorerReady(page);
    // The drawing's bottom at the screen's: the panel below it is out of sight.
    await page.locator('[data-graph-canvas]').evaluate((canvas) => window.scrollBy(0, canvas.getBoundingClientRect().bottom - window.innerHeight));
    const node = await loneNode(page, '[data-graph-canvas]');
    await page.touchscreen.tap(node.x, node.y);
    const heading = page.locator('[data-graph-panel] h2');
    await expect.poll(() => heading.textContent()).toBe(node.label);
    const box = (await heading.boundingBox())!;
    expect(box.y).toBeGreaterThanOrEqual(0);
    expect(box.y + box.height, 'the panel’s heading is in sight').toBeLessThanOrEqual(844);
    const drawn = await loneNode(page, '[data-graph-canvas]', node.id);
    expect(drawn.id, 'the node is on screen, clear of others').toBe(node.id);
    expect(drawn.y).toBeLessThan(box.y);
    expect(problems.consoleErrors).toEqual([]);
    await page.context().close();
  });

  test('on a phone the drawing is well short of the screen, so the page scrolls above and below it', async () => {
    const { page } = await openOnPhone('/graph/');
    await explorerReady(page);
    const canvas = (await page.locator('[data-graph-canvas]').boundingBox())!;
    expect(canvas.height).toBeLessThanOrEqual(844 * 0.65);
    expect(canvas.height, 'still a drawing worth exploring').toBeGreaterThan(300);
    expect(await page.evaluate(() => document.documentElement.scrollHeight)).toBeGreaterThan(844 + canvas.height);
    await page.context().close();
  });

  test('on a touch screen a first tap on a node shows it in the panel, a tap on the shown node opens its page', async () => {
    const { page, problems } = await openOnPhone('/graph/');
    await explorerReady(page);
    await page.locator('[data-graph-canvas]').scrollIntoViewIfNeeded();
    const node = await loneNode(page, '[data-graph-canvas]', 'dario-amodei');
    await page.touchscreen.tap(node.x, node.y);
    const panel = page.locator('[data-graph-panel]');
    await panel.waitFor({ state: 'visible' });
    expect(await panel.locator('h2').textContent()).toBe(node.label);
    expect(new URL(page.url()).pathname, 'the first tap stays on /graph/').toBe('/graph/');
    expect(new URL(page.url()).searchParams.get('focus')).toBe(node.id);
    expect(await panel.getByRole('link', { name: 'Open its page' }).getAttribute('href')).toBe(node.url);
    // Focusing centres the node: tap it where it is now.
    await page.locator('[data-graph-canvas]').scrollIntoViewIfNeeded();
    const again = await loneNode(page, '[data-graph-canvas]', node.id);
    expect(again.id).toBe(node.id);
    await Promise.all([page.waitForURL(`${site.server.url}${node.url}`), page.touchscreen.tap(again.x, again.y)]);
    expect(await page.locator('h1').textContent()).toBe(node.label);
    expect(problems.consoleErrors).toEqual([]);
    await page.context().close();
  });

  /** The explorer's viewport: its zoom and pan. */
  const viewport = (page: Page) => page.$eval('[data-graph-canvas]', (element) => ({ zoom: (element as CanvasElement).cy.zoom(), pan: (element as CanvasElement).cy.pan() }));

  /** Open /graph/ on a phone with the drawing drawn and its top 100 px below the screen's. */
  async function explorerOnPhone(): Promise<{ page: Page; problems: PageProblems }> {
    const opened = await openOnPhone('/graph/');
    await explorerReady(opened.page);
    await opened.page.locator('[data-graph-canvas]').evaluate((canvas) => window.scrollBy(0, canvas.getBoundingClientRect().top - 100));
    return opened;
  }

  test('on a phone one finger swiping over the explorer’s drawing scrolls the page, leaves the graph where it was, opens nothing and says that two fingers move it', async () => {
    const { page, problems } = await explorerOnPhone();
    const hint = page.locator('[data-touch-hint]');
    expect(await hint.isHidden(), 'no hint before a swipe').toBe(true);
    const node = await loneNode(page, '[data-graph-canvas]');
    const scrolled = () => page.evaluate(() => window.scrollY);
    const [before, view] = [await scrolled(), await viewport(page)];
    await swipeUp(page, node, 200);
    await expect.poll(scrolled).toBeGreaterThan(before + 100);
    expect(await viewport(page), 'the graph did not pan').toEqual(view);
    expect(await hint.textContent()).toBe(en['graph.touchHint']);
    expect(await hint.isVisible(), 'the hint shows after the swipe').toBe(true);
    await expect.poll(() => hint.isHidden(), { timeout: 5_000, message: 'and goes away by itself' }).toBe(true);
    expect(new URL(page.url()).pathname).toBe('/graph/');
    expect(await page.locator('[data-graph-panel]').isHidden(), 'a swipe is not a tap').toBe(true);
    // A tap on a node after the swipe still shows the node.
    const target = await loneNode(page, '[data-graph-canvas]');
    await page.touchscreen.tap(target.x, target.y);
    await expect.poll(() => page.locator('[data-graph-panel] h2').textContent()).toBe(target.label);
    expect(new URL(page.url()).pathname).toBe('/graph/');
    expect(problems.consoleErrors).toEqual([]);
    await page.context().close();
  });

  test('on a phone two fingers drag and pinch the explorer’s drawing, close together or apart, and the page stays put', async () => {
    const { page, problems } = await explorerOnPhone();
    const box = (await page.locator('[data-graph-canvas]').boundingBox())!;
    const centre = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
    const page0 = await page.evaluate(() => ({ scrollY: window.scrollY, scale: window.visualViewport!.scale }));
    // Two fingers 80 px apart, as on a phone, dragged up and left together.
    const dragged = await viewport(page);
    const apart = (from: { x: number; y: number }, spread: number) => [{ x: from.x - spread / 2, y: from.y }, { x: from.x + spread / 2, y: from.y }];
    await fingersMove(page, apart(centre, 80), apart({ x: centre.x - 60, y: centre.y - 100 }, 80));
    const afterDrag = await viewport(page);
    expect(afterDrag.pan.x - dragged.pan.x).toBeCloseTo(-60, 0);
    expect(afterDrag.pan.y - dragged.pan.y).toBeCloseTo(-100, 0);
    expect(afterDrag.zoom).toBeCloseTo(dragged.zoom, 5);
    // Spread from 60 to 180 px: three times the zoom, the point between the fingers staying under them.
    const model = { x: (centre.x - box.x - afterDrag.pan.x) / afterDrag.zoom, y: (centre.y - box.y - afterDrag.pan.y) / afterDrag.zoom };
    await fingersMove(page, apart(centre, 60), apart(centre, 180));
    const afterPinch = await viewport(page);
    expect(afterPinch.zoom / afterDrag.zoom).toBeCloseTo(3, 2);
    expect(box.x + afterPinch.pan.x + model.x * afterPinch.zoom).toBeCloseTo(centre.x, 0);
    expect(box.y + afterPinch.pan.y + model.y * afterPinch.zoom).toBeCloseTo(centre.y, 0);
    expect(await page.evaluate(() => ({ scrollY: window.scrollY, scale: window.visualViewport!.scale })), 'neither scrolled nor zoomed the page').toEqual(page0);
    expect(await page.locator('[data-touch-hint]').isHidden(), 'two fingers get no hint').toBe(true);
    expect(await page.locator('[data-graph-panel]').isHidden(), 'nor do they tap').toBe(true);
    expect(problems.consoleErrors).toEqual([]);
    await page.context().close();
  });

  test('on a phone a button on the drawing brings the whole graph back into view, the filters still folded', async () => {
    const { page, problems } = await explorerOnPhone();
    const whole = await viewport(page);
    await page.$eval('[data-graph-canvas]', (element) => void (element as CanvasElement).cy.viewport({ zoom: 3, pan: { x: -4000, y: -3000 } }));
    const button = page.getByRole('button', { name: en['graph.fit'] });
    const at = (await button.boundingBox())!;
    const canvas = (await page.locator('[data-graph-canvas]').boundingBox())!;
    expect(at.y, 'on the drawing').toBeGreaterThan(canvas.y);
    expect(at.y + at.height).toBeLessThan(canvas.y + canvas.height);
    await button.tap();
    const back = await viewport(page);
    expect(back.zoom).toBeCloseTo(whole.zoom, 5);
    expect(back.pan.x).toBeCloseTo(whole.pan.x, 1);
    expect(back.pan.y).toBeCloseTo(whole.pan.y, 1);
    expect(await page.locator('[data-graph-filters]').evaluate((details) => (details as HTMLDetailsElement).open)).toBe(false);
    expect(problems.consoleErrors).toEqual([]);
    await page.context().close();
  });

  test('with a mouse, dragging the explorer’s drawing still pans it', async () => {
    const { page } = await open('/graph/');
    await explorerReady(page);
    const box = (await page.locator('[data-graph-canvas]').boundingBox())!;
    const before = await viewport(page);
    await page.mouse.move(box.x + 40, box.y + 40);
    await page.mouse.down();
    await page.mouse.move(box.x + 140, box.y + 100, { steps: 5 });
    await page.mouse.up();
    const after = await viewport(page);
    expect(after.pan.x - before.pan.x).toBeCloseTo(100, 0);
    expect(after.pan.y - before.pan.y).toBeCloseTo(60, 0);
    await page.close();
  });

  test('connections are drawn in the legend’s line styles and colours, evidence and influence in colours of their own, the rest at 3:1 against the page, in both schemes', async () => {
    const { page, problems } = await open('/graph/');
    await explorerReady(page);
    const colours = () =>
      page.evaluate(() => {
        const { cy } = document.querySelector('[data-graph-canvas]') as CanvasElement;
        const flat = (colour: string) => colour.replace(/\s/g, '');
        const of = (type: string) => ({
          legend: flat(getComputedStyle(document.querySelector(`.graph-legend [data-edge-type="${type}"]`)!).color),
          edge: flat(cy.edges(`[type = "${type}"]`)[0]!.style('line-color') as string),
        });
        const background = getComputedStyle(document.querySelector('[data-graph-canvas]')!).backgroundColor;
        return { supports: of('supports'), contradicts: of('contradicts'), influenced: of('influenced'), cites: of('cites'), background };
      });
    /** Every kind's line is drawn as the legend draws it, the four colours differ, and the common line stands out from the page (WCAG 1.4.11). */
    const expectReadable = (scheme: Awaited<ReturnType<typeof colours>>) => {
      for (const type of ['supports', 'contradicts', 'influenced', 'cites'] as const) expect(scheme[type].edge, type).toBe(scheme[type].legend);
      expect(new Set([scheme.supports.edge, scheme.contradicts.edge, scheme.influenced.edge, scheme.cites.edge]).size, 'supports, contradicts, influence and the rest differ').toBe(4);
      expect(contrastRatio(scheme.cites.edge, scheme.background), 'the common line against the page').toBeGreaterThanOrEqual(3);
    };
    const light = await colours();
    expectReadable(light);
    await page.emulateMedia({ colorScheme: 'dark' });
    await expect.poll(async () => (await colours()).supports.edge).not.toBe(light.supports.edge);
    expectReadable(await colours());
    expect(problems.consoleErrors).toEqual([]);
    await page.close();
  });

  test('on a phone each kind’s table of connections starts folded and, opened, fits the screen as stacked rows', async () => {
    const { page } = await openOnPhone('/graph/');
    const groups = page.locator('[data-connection-group]');
    await expect.poll(() => groups.evaluateAll((all) => all.filter((group) => (group as HTMLDetailsElement).open).length)).toBe(0);
    expect(await groups.count()).toBeGreaterThan(3);
    const first = groups.first();
    await first.locator('summary').click();
    const frame = first.locator('.table-scroll');
    const fits = await frame.evaluate((element) => ({ scroll: element.scrollWidth, client: element.clientWidth }));
    expect(fits.scroll).toBeLessThanOrEqual(fits.client);
    const cell = first.locator('td[data-cell="target"]').first();
    expect(await cell.evaluate((element) => getComputedStyle(element, '::before').content)).toBe('"To: "');
    expect(await page.getByRole('table').first().getByRole('row').count(), 'still a table to a screen reader').toBeGreaterThan(1);
    await page.context().close();
    const wide = await open('/graph/');
    expect(await wide.page.locator('[data-connection-group]').evaluateAll((all) => all.every((group) => (group as HTMLDetailsElement).open))).toBe(true);
    await wide.page.close();
  });

  test('on a phone a person’s affiliations fit the screen as stacked rows', async () => {
    const { page } = await openOnPhone('/people/dario-amodei/');
    const frame = page.locator('#affiliations-heading + .table-scroll');
    const fits = await frame.evaluate((element) => ({ scroll: element.scrollWidth, client: element.clientWidth }));
    expect(fits.scroll).toBeLessThanOrEqual(fits.client);
    expect(await frame.getByRole('row').count()).toBeGreaterThan(1);
    await page.context().close();
  });

  test('a kind filter hides every node of that kind, keeps the rest, and lives in the URL', async () => {
    const { page, problems } = await open('/graph/');
    await explorerReady(page);
    await page.getByRole('checkbox', { name: /Person/ }).uncheck();
    const visibleByKind = () =>
      page.$eval('[data-graph-canvas]', (element) => {
        const cy = (element as CanvasElement).cy;
        return Object.fromEntries(['person', 'work'].map((kind) => [kind, cy.nodes(`[type = "${kind}"]`).filter((node) => node.visible()).length]));
      });
    // Labels go to the nodes shown: none stays on a hidden person, and the room they leave is used.
    const labelledByKind = () =>
      page.$eval('[data-graph-canvas]', (element) => {
        const labelled = (element as CanvasElement).cy.nodes('.labelled');
        return { person: labelled.filter('[type = "person"]').length, other: labelled.filter('[type != "person"]').length };
      });
    const works = graph().nodes.filter((node) => node.data.type === 'work').length;
    expect(await visibleByKind()).toEqual({ person: 0, work: works });
    expect(await labelledByKind()).toEqual({ person: 0, other: expect.any(Number) });
    expect(new URL(page.url()).searchParams.get('hideKinds')).toBe('person');
    await page.reload();
    await explorerReady(page);
    expect(await page.getByRole('checkbox', { name: /Person/ }).isChecked()).toBe(false);
    expect(await visibleByKind()).toEqual({ person: 0, work: works });
    const opened = await labelledByKind();
    expect(opened.person, 'a page opened with a filter labels no hidden node').toBe(0);
    expect(opened.other).toBeGreaterThan(20);
    expect(problems.consoleErrors).toEqual([]);
    await page.close();
  });

  test('hovering a node highlights its neighbourhood, and clicking it opens its page', async () => {
    const target = graph().nodes.find((node) => node.data.id === 'dario-amodei') ?? graph().nodes[0]!;
    const { page, problems } = await open(`/graph/?focus=${target.data.id}`);
    await explorerReady(page);
    await page.getByRole('button', { name: 'Close' }).click();
    const box = (await page.locator('[data-graph-canvas]').boundingBox())!;
    const at = await page.$eval('[data-graph-canvas]', (element, id) => (element as CanvasElement).cy.getElementById(id).renderedPosition(), target.data.id);
    const fadedOutside = () =>
      page.$eval('[data-graph-canvas]', (element, id) => {
        const cy = (element as CanvasElement).cy;
        const near = cy.getElementById(id).closedNeighborhood();
        return { near: near.filter('.faded').length, outside: cy.elements().not(near).filter('.faded').length, total: cy.elements().not(near).length };
      }, target.data.id);
    expect((await fadedOutside()).outside).toBe(0);
    await page.mouse.move(box.x + at.x, box.y + at.y);
    await expect.poll(fadedOutside).toMatchObject({ near: 0, outside: (await fadedOutside()).total });
    await Promise.all([page.waitForURL(`${site.server.url}${target.data.url}`), page.mouse.click(box.x + at.x, box.y + at.y)]);
    expect(await page.locator('h1').textContent()).toBe(target.data.label);
    expect(problems.consoleErrors).toEqual([]);
    await page.close();
  });

  test('the find box focuses a node, and its connections open their evidence from the keyboard', async () => {
    const { page, problems } = await open('/graph/');
    await explorerReady(page);
    await page.getByLabel('Find an entry by name').fill('Kaplan');
    await page.keyboard.press('Enter');
    const panel = page.locator('[data-graph-panel]');
    await panel.waitFor({ state: 'visible' });
    const focus = new URL(page.url()).searchParams.get('focus')!;
    expect(await panel.locator('h2').textContent()).toBe(graph().nodes.find((node) => node.data.id === focus)!.data.label);
    const faded = await page.$eval('[data-graph-canvas]', (element, id) => {
      const cy = (element as CanvasElement).cy;
      const near = cy.getElementById(id).closedNeighborhood();
      return { near: near.filter('.faded').length, far: cy.elements().not(near).filter((e) => !e.hasClass('faded')).length };
    }, focus);
    expect(faded).toEqual({ near: 0, far: 0 });
    const labelledFaded = await page.$eval('[data-graph-canvas]', (element) => (element as CanvasElement).cy.nodes('.labelled.faded').length);
    expect(labelledFaded, 'labels go to the focused neighbourhood, not the faded rest').toBe(0);
    const buttons = await panel.locator('.graph-panel-edges button').allTextContents();
    const focusLabel = graph().nodes.find((node) => node.data.id === focus)!.data.label;
    expect(buttons.length).toBeGreaterThan(0);
    for (const text of buttons) expect(text, 'a connection button names the other end, not the entry the panel is about').not.toContain(focusLabel);
    const firstConnection = panel.locator('.graph-panel-edges button').first();
    await firstConnection.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => panel.locator('h2').textContent()).toMatch(/^Connection: /);
    expect(await panel.locator('a[href^="http"]').count()).toBeGreaterThan(0);
    expect(await page.evaluate(() => document.activeElement?.id), 'choosing a connection takes the focus to the panel’s heading').toBe('graph-panel-heading');
    const edge = new URL(page.url()).searchParams.get('edge');
    expect(graph().edges.map((e) => e.data.id), 'the shown connection is in the address').toContain(edge);
    const heading = await panel.locator('h2').textContent();
    await page.reload();
    await explorerReady(page);
    await expect.poll(() => panel.locator('h2').textContent(), { message: 'a shared link opens the same connection' }).toBe(heading);
    expect(await page.$eval('[data-graph-canvas]', (element, id) => (element as CanvasElement).cy.getElementById(id).selected(), edge!)).toBe(true);
    expect(problems.consoleErrors).toEqual([]);
    await page.close();
  });

  /** Search the find box for `query` (pressing Enter, as a reader does). */
  const find = async (page: Page, query: string) => {
    await page.getByLabel('Find an entry by name').fill(query);
    await page.getByLabel('Find an entry by name').press('Enter');
  };
  const findStatus = (page: Page) => page.locator('[data-find-status]').textContent();
  /** Whether the node is drawn, and how many connections the panel lists. */
  const shown = (page: Page, id: string) =>
    page.evaluate((id) => ({
      drawn: (document.querySelector('[data-graph-canvas]') as CanvasElement).cy.getElementById(id).visible(),
      connections: document.querySelectorAll('[data-graph-panel]:not([hidden]) .graph-panel-edges button').length,
    }), id);

  test('finding an entry the filters hide shows its kind or years again, says so, and keeps the form and the address in step', async () => {
    const { page, problems } = await open('/graph/');
    await explorerReady(page);
    await page.getByRole('checkbox', { name: /Person/ }).uncheck();
    await find(page, 'Dario Amodei');
    await expect.poll(() => findStatus(page)).toMatch(/^Showing Dario Amodei: /);
    expect(await shown(page, 'dario-amodei')).toEqual({ drawn: true, connections: expect.any(Number) });
    const { connections } = await shown(page, 'dario-amodei');
    expect(connections).toBeGreaterThan(0);
    expect(await findStatus(page)).toBe(`Showing Dario Amodei: ${connections} connections, listed in the panel (the kind “Person” was hidden and is shown again).`);
    expect(await page.getByRole('checkbox', { name: /Person/ }).isChecked()).toBe(true);
    expect(new URL(page.url()).search).toBe('?focus=dario-amodei');
    // A year range that leaves the found work out is widened just to its year.
    await page.locator('input[name="from"]').fill('2020');
    await page.locator('input[name="from"]').dispatchEvent('change');
    await expect.poll(() => new URL(page.url()).searchParams.get('from')).toBe('2020');
    await find(page, 'arXiv:1712.00409');
    await expect.poll(() => new URL(page.url()).searchParams.get('focus')).toBe('hestness-2017-scaling-predictable');
    const listed = (await shown(page, 'hestness-2017-scaling-predictable')).connections;
    expect(listed, 'the panel lists the connections the widened years show again').toBeGreaterThan(0);
    expect(await findStatus(page)).toBe(`Showing Deep Learning Scaling is Predictable, Empirically: ${listed} connections, listed in the panel (the years shown now reach 2017).`);
    expect(new URL(page.url()).searchParams.get('from')).toBe('2017');
    expect(await page.locator('input[name="from"]').inputValue()).toBe('2017');
    expect((await shown(page, 'hestness-2017-scaling-predictable')).drawn).toBe(true);
    expect(problems.consoleErrors).toEqual([]);
    await page.close();
  });

  test('a shared link focusing an entry its filters hide shows it, with its kind checked again and the other filters kept', async () => {
    const { page, problems } = await open('/graph/?focus=dario-amodei&hideKinds=person,event');
    await explorerReady(page);
    await page.locator('[data-graph-panel]:not([hidden])').waitFor();
    expect(await shown(page, 'dario-amodei')).toMatchObject({ drawn: true });
    const { connections } = await shown(page, 'dario-amodei');
    expect(connections).toBeGreaterThan(0);
    expect(await findStatus(page)).toBe(`Showing Dario Amodei: ${connections} connections, listed in the panel (the kind “Person” was hidden and is shown again).`);
    expect(await page.getByRole('checkbox', { name: /Person/ }).isChecked()).toBe(true);
    expect(await page.getByRole('checkbox', { name: /Event/ }).isChecked()).toBe(false);
    expect(new URL(page.url()).search).toBe('?focus=dario-amodei&hideKinds=event');
    expect(problems.consoleErrors).toEqual([]);
    await page.close();
  });

  test('after Find, one short status line says what the panel shows, a button right after the Find button goes to it, and Escape closes a connection back to its button, then the entry', async () => {
    const { page, problems } = await open('/graph/');
    await explorerReady(page);
    expect(await page.locator('[data-graph-explorer] [aria-live], [data-graph-explorer] [role="status"]').evaluateAll((regions) => regions.map((region) => region.hasAttribute('data-find-status'))), 'the panel is no live region').toEqual([true]);
    await find(page, 'Dario Amodei');
    await expect.poll(() => findStatus(page)).toMatch(/^Showing Dario Amodei: /);
    const { connections } = await shown(page, 'dario-amodei');
    expect(await findStatus(page)).toBe(`Showing Dario Amodei: ${connections} connections, listed in the panel.`);
    const focused = () => page.evaluate(() => ({ id: document.activeElement?.id, text: document.activeElement?.textContent, edge: (document.activeElement as HTMLElement | null)?.dataset.edgeId }));
    expect((await focused()).id, 'Find leaves the focus in the find box').toBe('graph-find-input');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    expect((await focused()).text, 'the second Tab stop after the find box').toBe('Go to its connections');
    await page.keyboard.press('Enter');
    expect((await focused()).id).toBe('graph-panel-heading');
    await page.keyboard.press('Tab');
    expect((await focused()).text).toBe('Close');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    const opener = await focused();
    expect(opener.edge, 'then its connections').toBeDefined();
    await page.keyboard.press('Enter');
    const panel = page.locator('[data-graph-panel]');
    await expect.poll(() => panel.locator('h2').textContent()).toMatch(/^Connection: /);
    expect((await focused()).id, 'the focus on the heading, read once').toBe('graph-panel-heading');
    expect(await findStatus(page), 'the status line does not say it again').toBe('');
    expect(new URL(page.url()).searchParams.get('edge')).toBe(opener.edge);
    expect(await page.getByRole('button', { name: 'Go to the connection’s evidence' }).isVisible()).toBe(true);
    await page.keyboard.press('Escape');
    await expect.poll(() => panel.locator('h2').textContent(), { message: 'back to the entry it was chosen from' }).toBe('Dario Amodei');
    expect(new URL(page.url()).search).toBe('?focus=dario-amodei');
    expect(await focused(), 'the focus back on the button that opened it').toEqual(opener);
    expect((await shown(page, 'dario-amodei')).connections).toBe(connections);
    await page.keyboard.press('Escape');
    await expect.poll(() => panel.isHidden(), { message: 'Escape on an entry closes the panel, as Close does' }).toBe(true);
    expect(new URL(page.url()).searchParams.get('focus')).toBeNull();
    expect((await focused()).id, 'the focus goes back to the find box').toBe('graph-find-input');
    expect(problems.consoleErrors).toEqual([]);
    await page.close();
  });

  test('a failed search keeps the entry shown and names it; with none shown it says only that nothing matched', async () => {
    const { page, problems } = await open('/graph/');
    await explorerReady(page);
    await find(page, 'Chinchilla');
    await expect.poll(() => new URL(page.url()).searchParams.get('focus')).toBe('hoffmann-2022-chinchilla');
    const label = graph().nodes.find((node) => node.data.id === 'hoffmann-2022-chinchilla')!.data.label;
    await find(page, 'no such entry');
    await expect.poll(() => findStatus(page)).toBe(`No entry has that name or identifier; still showing ${label}.`);
    expect(new URL(page.url()).searchParams.get('focus'), 'the drawing agrees: the same entry is focused').toBe('hoffmann-2022-chinchilla');
    expect(await page.locator('[data-graph-panel] h2').textContent()).toBe(label);
    await page.getByRole('button', { name: 'Close' }).click();
    expect(await findStatus(page), 'a status about an entry no longer shown is cleared').toBe('');
    await find(page, 'no such entry');
    await expect.poll(() => findStatus(page)).toBe('No entry has that name or identifier.');
    expect(problems.consoleErrors).toEqual([]);
    await page.close();
  });

  test('the find box finds a work by its arXiv id, DOI or citation key, however pasted', async () => {
    const { page, problems } = await open('/graph/');
    await explorerReady(page);
    const cases: [string, string][] = [
      ['1712.00409', 'hestness-2017-scaling-predictable'],
      ['https://arxiv.org/abs/1909.01736v1', 'hestness-2019-beyond-human-level'],
      ['https://doi.org/10.1145/3293883.3295710', 'hestness-2019-beyond-human-level'],
      ['10.48550/arXiv.1712.00409', 'hestness-2017-scaling-predictable'],
      ['amodei-2015-deep-speech-2', 'amodei-2015-deep-speech-2'],
    ];
    for (const [query, id] of cases) {
      await find(page, query);
      await expect.poll(() => new URL(page.url()).searchParams.get('focus'), { message: query }).toBe(id);
      expect(await page.locator('[data-graph-panel] h2').textContent(), query).toBe(graph().nodes.find((node) => node.data.id === id)!.data.label);
    }
    expect(problems.consoleErrors).toEqual([]);
    await page.close();
  });

  test('the panel shows a claim’s verdict as the verdict badge does, and says when an entry is not fully verified', async () => {
    const nodes = graph().nodes.map((node) => node.data);
    const claim = nodes.find((data) => data.verdict && data.verdict !== 'unverified')!;
    const unverified = nodes.find((data) => data.verification === 'unverified') ?? nodes.find((data) => data.verification)!;
    const verified = nodes.find((data) => data.type === 'person' && !data.verification)!;
    const { page, problems } = await open(`/graph/?focus=${claim.id}`);
    await explorerReady(page);
    const panel = page.locator('[data-graph-panel]');
    await panel.waitFor({ state: 'visible' });
    const badge = panel.locator(`.verdict.verdict-${claim.verdict}`);
    expect(await badge.textContent()).toBe(`${VERDICT_STYLES[claim.verdict!].symbol}${en[`verdict.${claim.verdict!}`]}`);
    expect(await badge.getAttribute('title')).toBe(en[`verdict.${claim.verdict!}.help`]);
    expect(await badge.evaluate((element) => getComputedStyle(element).borderTopStyle), 'styled as the badge of entry pages').not.toBe('none');
    await find(page, unverified.label);
    await expect.poll(() => panel.locator('h2').textContent()).toBe(unverified.label);
    expect(await panel.locator('.graph-panel-verification').textContent()).toMatch(/^† Not fully verified: /);
    expect(await panel.locator('.verdict').count()).toBe(0);
    await page.goto(`${site.server.url}${unverified.url}`);
    expect(await page.locator('.verification-notice').count(), 'its page shows the notice too').toBe(1);
    await page.goto(`${site.server.url}/graph/?focus=${verified.id}`);
    await explorerReady(page);
    await panel.waitFor({ state: 'visible' });
    expect(await panel.locator('.graph-panel-verification, .verdict').count(), 'a verified entry that is no claim has neither').toBe(0);
    expect(problems.consoleErrors).toEqual([]);
    await page.close();
  });

  test('a connection button shows its relation even when a long name is cut off', async () => {
    const { page, problems } = await open('/graph/?focus=dario-amodei');
    await explorerReady(page);
    const buttons = page.locator('[data-graph-panel] .graph-panel-edges button');
    await buttons.first().waitFor();
    const relations = Object.entries(en).filter(([key]) => key.startsWith('edge.')).map(([, label]) => label);
    const seen = await buttons.evaluateAll((elements, labels) =>
      elements.map((button) => {
        const text = button.textContent ?? '';
        const label = labels.filter((l) => text.startsWith(`${l} `) || text.endsWith(`(${l})`)).sort((a, b) => b.length - a.length)[0];
        if (!label) return { text, relationVisible: false, cut: false };
        const start = text.startsWith(`${label} `) ? 0 : text.lastIndexOf(label);
        const range = document.createRange();
        range.setStart(button.firstChild!, start);
        range.setEnd(button.firstChild!, start + label.length);
        const rects = [...range.getClientRects()];
        const box = button.getBoundingClientRect();
        return { text, relationVisible: rects.length > 0 && rects.every((rect) => rect.bottom <= box.bottom + 1), cut: button.scrollHeight > button.clientHeight + 1 };
      }), relations);
    expect(seen.some((button) => button.cut), 'some names are long enough to be cut off').toBe(true);
    expect(seen.filter((button) => !button.relationVisible).map((button) => button.text)).toEqual([]);
    expect(problems.consoleErrors).toEqual([]);
    await page.close();
  });

  test('an entry page loads no Cytoscape on first load, then draws its local graph when scrolled to', async () => {
    const cytoscape = bundlesContaining(CYTOSCAPE_MARKER);
    const page = await site.browser.newPage({ viewport: { width: 1280, height: 900 } });
    const problems = watchPage(page, site.server.url);
    const requested: string[] = [];
    page.on('request', (request) => requested.push(new URL(request.url()).pathname));
    await page.goto(`${site.server.url}/people/greg-diamos/`, { waitUntil: 'load' });
    expect(requested.filter((path) => cytoscape.includes(path))).toEqual([]);
    await page.locator('[data-local-graph]').scrollIntoViewIfNeeded();
    await page.waitForSelector('[data-local-graph-canvas][data-state="ready"]', { timeout: 30_000 });
    expect(requested.filter((path) => cytoscape.includes(path))).toHaveLength(1);
    const slice = JSON.parse(readFileSync(join(DIST, 'graph/local/greg-diamos.json'), 'utf8')) as LaidOutGraph;
    const drawn = await page.$eval('[data-local-graph-canvas]', (element) => (element as CanvasElement).cy.nodes().map((node) => node.id()));
    expect(drawn.sort()).toEqual(slice.nodes.map((node) => node.data.id).sort());
    expect(await page.$eval('[data-local-graph-canvas]', (element) => (element as CanvasElement).cy.getElementById('greg-diamos').hasClass('centre'))).toBe(true);
    const { overlaps, misplaced, nearerOther, rewrapped, labelled } = await labelOverlaps(page, '[data-local-graph-canvas]');
    expect(overlaps).toEqual([]);
    expect(misplaced).toEqual([]);
    expect(nearerOther).toEqual([]);
    expect(rewrapped).toEqual([]);
    expect(labelled).toBeGreaterThan(1);
    const centreLabel = await page.$eval('[data-local-graph-canvas]', (element) => parseFloat((element as CanvasElement).cy.getElementById('greg-diamos').renderedStyle('font-size') as string));
    expect(centreLabel, 'the local graph cannot zoom, so its labels are drawn at a readable size').toBeGreaterThanOrEqual(11);
    expect(problems).toEqual({ consoleErrors: [], failedRequests: [], foreignRequests: [] });
    await page.close();
  });

  test('a local graph draws its centre’s name whole where others’ would be cut: “Baidu Silicon Valley AI Lab”', async () => {
    const page = await site.browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${site.server.url}/orgs/baidu-svail/`, { waitUntil: 'load' });
    await page.locator('[data-local-graph]').scrollIntoViewIfNeeded();
    await page.waitForSelector('[data-local-graph-canvas][data-state="ready"]', { timeout: 30_000 });
    const label = await page.$eval('[data-local-graph-canvas]', (element) => {
      const node = (element as CanvasElement).cy.getElementById('baidu-svail');
      const box = node.renderedBoundingBox({ includeNodes: false, includeEdges: false, includeLabels: true, includeOverlays: false });
      const measure = document.createElement('canvas').getContext('2d')!;
      measure.font = `${node.renderedStyle('font-weight')} ${node.renderedStyle('font-size')} ${node.style('font-family')}`;
      return { drawn: box.w, whole: measure.measureText(String(node.data('label'))).width, cutAt: parseFloat(node.renderedStyle('text-max-width') as string) };
    });
    expect(label.whole, 'the name is longer than an ordinary label may be').toBeGreaterThan((label.cutAt * LABEL_MAX_WIDTH) / LEAD_LABEL_MAX_WIDTH);
    expect(label.drawn, 'the centre’s label is drawn at its full width').toBeGreaterThanOrEqual(label.whole);
    await page.close();
  });

  test('a long title is drawn on two lines where they fit, so titles that start alike read apart, and on no more', async () => {
    const { page, problems } = await open('/claims/baidu-2017-scaling-paper/');
    await page.locator('[data-local-graph]').scrollIntoViewIfNeeded();
    await page.waitForSelector('[data-local-graph-canvas][data-state="ready"]', { timeout: 30_000 });
    const drawn = await page.$eval('[data-local-graph-canvas]', (element) => (element as CanvasElement).cy.getElementById('hestness-2017-scaling-predictable').style('label') as string);
    expect(drawn.split('\n'), 'not “Deep Learning Scaling i…”, as the Baidu blog post of the same title starts too').toEqual(['Deep Learning Scaling is', 'Predictable, Empirically']);
    const { overlaps, nearerOther, rewrapped } = await labelOverlaps(page, '[data-local-graph-canvas]');
    expect({ overlaps, nearerOther, rewrapped }).toEqual({ overlaps: [], nearerOther: [], rewrapped: [] });
    expect(problems).toEqual({ consoleErrors: [], failedRequests: [], foreignRequests: [] });
    await page.close();
  });

  test('a claim’s local graph labels the evidence for and against it before entries it is only about', async () => {
    const claim = 'baidu-found-scaling-laws-first';
    const slice = JSON.parse(readFileSync(join(DIST, `graph/local/${claim}.json`), 'utf8')) as LaidOutGraph;
    const evidence = (type: string) => slice.edges.filter((edge) => edge.data.type === type && edge.data.target === claim).map((edge) => edge.data.source);
    const against = evidence('contradicts');
    expect(against.length, 'the claim has evidence against it to draw').toBeGreaterThan(0);
    const { page, problems } = await open(`/claims/${claim}/`);
    await page.locator('[data-local-graph]').scrollIntoViewIfNeeded();
    await page.waitForSelector('[data-local-graph-canvas][data-state="ready"]', { timeout: 30_000 });
    const labelled = await page.$eval('[data-local-graph-canvas]', (element) => (element as CanvasElement).cy.nodes('.labelled').map((node) => node.id()));
    const story = [...against, ...evidence('supports')];
    expect(story.filter((id) => !labelled.includes(id)), 'evidence left unlabelled (a ring around the claim has room for it)').toEqual([]);
    expect(labelled.filter((id) => id !== claim && !story.includes(id)).length, 'the room left over goes to the other entries').toBeGreaterThan(0);
    const covered = await page.$eval(
      '[data-local-graph-canvas]',
      (element, centre) => {
        const cy = (element as CanvasElement).cy;
        const label = cy.getElementById(centre).renderedBoundingBox({ includeNodes: false, includeEdges: false, includeLabels: true, includeOverlays: false });
        return cy
          .nodes()
          .filter((node) => node.id() !== centre)
          .filter((node) => {
            const body = node.renderedBoundingBox({ includeLabels: false, includeOverlays: false });
            return body.x1 < label.x2 && label.x1 < body.x2 && body.y1 < label.y2 && label.y1 < body.y2;
          })
          .map((node) => node.id());
      },
      claim
    );
    expect(covered, 'the claim’s own label, cut shorter where the ring is crowded, hides no node').toEqual([]);
    const { overlaps, misplaced, nearerOther, rewrapped } = await labelOverlaps(page, '[data-local-graph-canvas]');
    expect({ overlaps, misplaced, nearerOther, rewrapped }).toEqual({ overlaps: [], misplaced: [], nearerOther: [], rewrapped: [] });
    expect(problems).toEqual({ consoleErrors: [], failedRequests: [], foreignRequests: [] });
    await page.close();
  });

  test('on a phone a swipe over a local graph scrolls the page and opens nothing, and a tap on a node opens its page', async () => {
    const { page, problems } = await openOnPhone('/people/greg-diamos/');
    await page.waitForLoadState('load');
    await page.locator('[data-local-graph]').scrollIntoViewIfNeeded();
    await page.waitForSelector('[data-local-graph-canvas][data-state="ready"]', { timeout: 30_000 });
    await page.locator('[data-local-graph-canvas]').evaluate((element) => element.scrollIntoView({ block: 'center' }));
    const node = await loneNode(page, '[data-local-graph-canvas]');
    const scrolled = () => page.evaluate(() => window.scrollY);
    const before = await scrolled();
    await swipeUp(page, node, 200);
    await expect.poll(scrolled).toBeGreaterThan(before + 100);
    expect(new URL(page.url()).pathname, 'a swipe starting on a node does not open it').toBe('/people/greg-diamos/');
    // A swipe the browser carries out itself: the page's scripts see the finger go down and come up far away, but no move.
    await page.locator('[data-local-graph-canvas]').evaluate((element) => element.scrollIntoView({ block: 'center' }));
    await page.evaluate(() => Object.assign(window, { samePage: true }));
    await swipeUp(page, await loneNode(page, '[data-local-graph-canvas]'), 200, true);
    expect(await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => setTimeout(() => done('samePage' in window), 0)))), 'nor does a swipe the browser carries out').toBe(true);
    expect(new URL(page.url()).pathname).toBe('/people/greg-diamos/');
    await page.locator('[data-local-graph-canvas]').evaluate((element) => element.scrollIntoView({ block: 'center' }));
    const target = await loneNode(page, '[data-local-graph-canvas]');
    await Promise.all([page.waitForURL(`${site.server.url}${target.url}`), page.touchscreen.tap(target.x, target.y)]);
    expect(await page.locator('h1').textContent()).toBe(target.label);
    expect(problems.consoleErrors).toEqual([]);
    await page.context().close();
  });
});
