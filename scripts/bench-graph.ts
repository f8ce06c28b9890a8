/**
 * `npm run bench:graph`: how the build-time layout pays off. For synthetic graphs of 1,000 and
 * 10,000 nodes (about three edges per node) it times the build-time layout in Node, then in headless
 * Chromium the time from data loaded to the first drawn frame with stored (`preset`) positions
 * against a live fcose force layout of the same graph, and the frame times while panning and
 * zooming the preset graph. Prints a table (figures vary with the machine; nothing is asserted).
 *
 * Options: BENCH_SIZES=1000,10000  BENCH_LIVE_CAP_S=60 (a live layout still running then is stopped).
 */
import { createRequire } from 'node:module';
import { cpus, loadavg } from 'node:os';
import type { Browser, Page } from 'playwright-core';
import type { ElementsDefinition } from 'cytoscape';
import { syntheticGraph } from '../src/lib/synthetic-graph.ts';
import { layoutGraph, DRAFT_ABOVE_NODES } from '../src/lib/graph-layout.ts';
import { graphStylesheet, rendererOptions } from '../src/lib/graph-style.ts';
import type { GraphElements } from '../src/lib/graph.ts';
import { hasChromium, launchBrowser, CHROMIUM_PATH } from '../tests/helpers/browser.ts';

const SIZES = (process.env.BENCH_SIZES ?? '1000,10000').split(',').map(Number);
const LIVE_CAP_MS = Number(process.env.BENCH_LIVE_CAP_S ?? 60) * 1000;
const EDGES_PER_NODE = 3;
const VIEWPORT = { width: 1200, height: 800 };
const require = createRequire(import.meta.url);
/** Browser builds of Cytoscape and of fcose with its two dependencies, in load order. */
const SCRIPTS = ['cytoscape/dist/cytoscape.min.js', 'layout-base/layout-base.js', 'cose-base/cose-base.js', 'cytoscape-fcose/cytoscape-fcose.js'].map((file) => require.resolve(file));
const COLOURS = { text: '#1c1c1a', background: '#fdfdfb', line: '#d6d4cc', focus: '#b35900' };

/** One row of the table. */
interface Row {
  nodes: number;
  edges: number;
  quality: string;
  buildMs: number;
  presetMs: number;
  liveMs: number | undefined;
  panZoomP95Ms: number;
}

/** A blank page holding a graph container and the Cytoscape scripts. */
async function graphPage(browser: Browser): Promise<Page> {
  const page = await browser.newPage({ viewport: VIEWPORT });
  await page.setContent(`<!doctype html><html><body style="margin:0"><div id="cy" style="width:${VIEWPORT.width}px;height:${VIEWPORT.height}px"></div></body></html>`);
  for (const path of SCRIPTS) await page.addScriptTag({ path });
  return page;
}

/** In the page: draw `elements` (laid out live with fcose when `live`) and return ms until the second frame after. */
async function timeFirstFrame(page: Page, elements: ElementsDefinition, live: boolean): Promise<number> {
  return page.evaluate(
    async ({ elements, style, options, live }) => {
      const w = window as unknown as { cytoscape: any; cytoscapeFcose: unknown };
      if (live) w.cytoscape.use(w.cytoscapeFcose);
      const frame = () => new Promise<void>((done) => requestAnimationFrame(() => done()));
      const start = performance.now();
      const cy = w.cytoscape({ container: document.getElementById('cy'), elements, style, ...options, layout: { name: live ? 'null' : 'preset' } });
      if (live) await new Promise<void>((done) => cy.layout({ name: 'fcose', animate: false, randomize: true, stop: () => done() }).run());
      await frame();
      await frame();
      return performance.now() - start;
    },
    { elements, style: graphStylesheet(COLOURS, elements.nodes.length), options: rendererOptions(elements.nodes.length), live }
  );
}

/** Wheel-zoom and drag-pan the drawn graph; the 95th percentile of the frame intervals meanwhile. */
async function panZoomFrames(page: Page): Promise<number> {
  await page.evaluate(() => {
    const w = window as unknown as { frames_: number[]; stop_: boolean };
    w.frames_ = [];
    w.stop_ = false;
    const loop = (time: number) => {
      w.frames_.push(time);
      if (!w.stop_) requestAnimationFrame(loop);
    };
    requestAnimationFrame(loop);
  });
  const { width, height } = VIEWPORT;
  await page.mouse.move(width / 2, height / 2);
  for (let i = 0; i < 20; i++) await page.mouse.wheel(0, i < 10 ? -150 : 150);
  await page.mouse.down();
  for (let i = 1; i <= 20; i++) await page.mouse.move(width / 2 + i * 10, height / 2 + i * 5);
  await page.mouse.up();
  const frames = await page.evaluate(() => {
    const w = window as unknown as { frames_: number[]; stop_: boolean };
    w.stop_ = true;
    return w.frames_;
  });
  const intervals = frames.slice(1).map((time, i) => time - frames[i]!).sort((a, b) => a - b);
  return intervals[Math.min(intervals.length - 1, Math.floor(intervals.length * 0.95))] ?? NaN;
}

/** Run `work` in a fresh browser; give up (and kill the browser) after `capMs`. */
async function inBrowser<T>(work: (browser: Browser) => Promise<T>, capMs = Infinity): Promise<T | undefined> {
  const browser = await launchBrowser();
  let timer: NodeJS.Timeout | undefined;
  try {
    const capped = new Promise<undefined>((done) => {
      if (Number.isFinite(capMs)) timer = setTimeout(() => done(undefined), capMs);
    });
    return await Promise.race([work(browser), capped]);
  } finally {
    clearTimeout(timer);
    await browser.close().catch(() => undefined);
  }
}

const withoutPositions = (graph: GraphElements): ElementsDefinition => ({ nodes: graph.nodes.map(({ data }) => ({ data })), edges: graph.edges }) as ElementsDefinition;

async function measure(nodes: number): Promise<Row> {
  const graph = syntheticGraph({ nodes, edgesPerNode: EDGES_PER_NODE, seed: 1 });
  const quality = nodes > DRAFT_ABOVE_NODES ? 'draft' : 'default';
  const start = performance.now();
  const laidOut = layoutGraph(graph);
  const buildMs = performance.now() - start;
  process.stderr.write(`  ${nodes} nodes: build-time layout ${ms(buildMs)}; drawing in Chromium…\n`);
  const preset = await inBrowser(async (browser) => {
    const page = await graphPage(browser);
    const presetMs = await timeFirstFrame(page, laidOut as ElementsDefinition, false);
    return { presetMs, panZoomP95Ms: await panZoomFrames(page) };
  });
  process.stderr.write(`  ${nodes} nodes: live force layout (stopped after ${LIVE_CAP_MS / 1000} s)…\n`);
  const liveMs = await inBrowser(async (browser) => timeFirstFrame(await graphPage(browser), withoutPositions(graph), true), LIVE_CAP_MS);
  return { nodes, edges: graph.edges.length, quality, buildMs, presetMs: preset!.presetMs, liveMs, panZoomP95Ms: preset!.panZoomP95Ms };
}

const ms = (value: number) => (value >= 1000 ? `${(value / 1000).toFixed(2)} s` : `${Math.round(value)} ms`);

function table(rows: Row[]): string {
  const head = ['nodes', 'edges', 'build-time layout (fcose quality)', 'preset: data → first frame', 'live fcose: data → first frame', 'speed-up', 'pan/zoom frame p95'];
  const lines = rows.map((row) => [
    row.nodes.toLocaleString('en'),
    row.edges.toLocaleString('en'),
    `${ms(row.buildMs)} (${row.quality})`,
    ms(row.presetMs),
    row.liveMs === undefined ? `> ${LIVE_CAP_MS / 1000} s (stopped)` : ms(row.liveMs),
    row.liveMs === undefined ? `> ${Math.floor(LIVE_CAP_MS / row.presetMs)}×` : `${Math.round(row.liveMs / row.presetMs)}×`,
    ms(row.panZoomP95Ms),
  ]);
  return [head, head.map(() => '---'), ...lines].map((cells) => `| ${cells.join(' | ')} |`).join('\n');
}

if (!hasChromium) {
  process.stderr.write(`bench:graph needs Chromium at ${CHROMIUM_PATH} (apt-get install -y chromium, or set CHROMIUM_PATH).\n`);
  process.exit(1);
}
process.stderr.write(`Graph benchmark: synthetic graphs of ${SIZES.join(', ')} nodes, ${EDGES_PER_NODE} edges per node, headless Chromium ${VIEWPORT.width}×${VIEWPORT.height}\n`);
const load = () => `load average ${loadavg()[0]!.toFixed(1)} on ${cpus().length} CPUs`;
process.stderr.write(`Before: ${load()} (other work on the machine slows every figure)\n`);
const rows: Row[] = [];
for (const size of SIZES) rows.push(await measure(size));
process.stdout.write(`${table(rows)}\n`);
process.stdout.write(`Machine: ${load()} at the end of the run.\n`);
