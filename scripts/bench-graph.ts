/**
 * `npm run bench:graph`: how the build-time layout pays off. For synthetic graphs of 1,000 and
 * 10,000 nodes (about three edges per node) it times the build-time layout in Node, then in headless
 * Chromium the site's own drawing code (src/scripts/graph-canvas.ts, bundled by Vite as the site
 * bundles it) at the stored (`preset`) positions, into a canvas made while the data downloads as the
 * explorer makes it: from data loaded to the first frame the user can
 * pan and zoom (a large graph shows its nodes first), and to the frame after its last edges were
 * added; against a live fcose force layout of the same graph, and the frame times while panning and
 * zooming the preset graph. Prints a table of wall-clock and CPU times (figures vary with the
 * machine; nothing is asserted).
 *
 * The preset drawing is timed BENCH_RUNS times, each in a fresh browser, and the table gives the
 * median with the range of the runs (one run on a 2-CPU machine varies by ±15%); the build-time and
 * live layouts, which take seconds, run once. After each run the same graph is drawn again on a new
 * canvas in the same page: the difference to the first drawing is the browser compiling and
 * optimising Cytoscape's code on first use, which the first drawing pays and the second does not.
 *
 * The site's own pages are timed by `npm run bench:pages`.
 *
 * Options: BENCH_SIZES=1000,10000  BENCH_RUNS=5  BENCH_LIVE_CAP_S=60 (a live layout still running then is stopped; 0 skips it).
 */
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { cpus, loadavg } from 'node:os';
import type { Browser, Page } from 'playwright-core';
import type { ElementsDefinition } from 'cytoscape';
import { build, type Rolldown } from 'vite';
import { syntheticGraph } from '../src/lib/synthetic-graph.ts';
import { layoutGraph, DRAFT_ABOVE_NODES } from '../src/lib/graph-layout.ts';
import { graphStylesheet, rendererOptions } from '../src/lib/graph-style.ts';
import type { GraphElements } from '../src/lib/graph.ts';
import type * as GraphCanvas from '../src/scripts/graph-canvas.ts';
import { hasChromium, launchBrowser, CHROMIUM_PATH } from '../tests/helpers/browser.ts';
import { markdownTable, median, ms } from './lib/figures.ts';

const SIZES = (process.env.BENCH_SIZES ?? '1000,10000').split(',').map(Number);
const LIVE_CAP_MS = Number(process.env.BENCH_LIVE_CAP_S ?? 60) * 1000;
const RUNS = Math.max(1, Number(process.env.BENCH_RUNS ?? 5));
const EDGES_PER_NODE = 3;
const VIEWPORT = { width: 1200, height: 800 };
const require = createRequire(import.meta.url);
/** Browser builds of Cytoscape and of fcose with its two dependencies, in load order. */
const SCRIPTS = ['cytoscape/dist/cytoscape.min.js', 'layout-base/layout-base.js', 'cose-base/cose-base.js', 'cytoscape-fcose/cytoscape-fcose.js'].map((file) => require.resolve(file));
const COLOURS = { text: '#1c1c1a', background: '#fdfdfb', line: '#d6d4cc', focus: '#b35900' };

/** A duration as the wall clock saw it and as CPU time of the thread doing the work (robust to a busy machine). */
interface Timing {
  wallMs: number;
  cpuMs: number;
}

/** Timings of repeated runs: the median (wall and CPU each) and the wall-clock range. */
interface Repeated extends Timing {
  minWallMs: number;
  maxWallMs: number;
}

/** `timings` of repeated runs summed up as a Repeated. */
function repeated(timings: readonly Timing[]): Repeated {
  const walls = timings.map((timing) => timing.wallMs);
  return { wallMs: median(walls), cpuMs: median(timings.map((timing) => timing.cpuMs)), minWallMs: Math.min(...walls), maxWallMs: Math.max(...walls) };
}

/** One row of the table. */
interface Row {
  nodes: number;
  edges: number;
  quality: string;
  build: Timing;
  /** Data loaded → first frame that can be panned and zoomed, over RUNS runs. */
  preset: Repeated;
  /** Data loaded → frame after the last edges were added, over RUNS runs. */
  presetAll: Repeated;
  /** The same graph drawn again in the same page (code already compiled) → first interactive frame, over RUNS runs. */
  presetWarm: Repeated;
  /** Undefined when the live layout was stopped at the cap. */
  live: Timing | undefined;
  /** Main-thread CPU per wheel-zoom or drag-pan step of the preset graph. */
  panZoomStepMs: number;
}

/** The site's graph-canvas module bundled with Cytoscape by Vite, as a script that defines `window.siteGraph`. */
async function siteGraphScript(): Promise<string> {
  const entry = fileURLToPath(new URL('../src/scripts/graph-canvas.ts', import.meta.url));
  const result = await build({ configFile: false, logLevel: 'warn', build: { write: false, lib: { entry, formats: ['iife'], name: 'siteGraph' } } });
  return ((Array.isArray(result) ? result[0] : result) as Rolldown.RolldownOutput).output[0].code;
}

/** A blank page holding a graph container (in the page colours the site reads from CSS) and `scripts`. */
async function graphPage(browser: Browser, scripts: { path?: string; content?: string }[]): Promise<Page> {
  const page = await browser.newPage({ viewport: VIEWPORT });
  const colours = `color:${COLOURS.text};background-color:${COLOURS.background};border-top-color:${COLOURS.line};outline-color:${COLOURS.focus}`;
  await page.setContent(`<!doctype html><html><body style="margin:0"><div id="graph" style="width:${VIEWPORT.width}px;height:${VIEWPORT.height}px;${colours}"></div></body></html>`);
  for (const script of scripts) await page.addScriptTag(script);
  return page;
}

/** Time `work` on the page: wall clock, and CPU of the page's main thread (Chromium's TaskDuration in thread ticks). */
async function timed(page: Page, work: () => Promise<unknown>): Promise<Timing> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
  const taskSeconds = async () => (await cdp.send('Performance.getMetrics')).metrics.find((metric) => metric.name === 'TaskDuration')!.value;
  const cpuBefore = await taskSeconds();
  const wallBefore = performance.now();
  await work();
  const wallMs = performance.now() - wallBefore;
  return { wallMs, cpuMs: ((await taskSeconds()) - cpuBefore) * 1000 };
}

/**
 * Hand `graph` to a page holding the site's bundle whose canvas is already made, as the explorer makes
 * it while the data downloads (`prepareGraph`); draw it to its first interactive frame, then add its
 * later edges.
 */
async function drawLikeTheSite(page: Page, graph: GraphElements): Promise<{ preset: Timing; presetAll: Timing }> {
  type Window_ = { siteGraph: typeof GraphCanvas; data_: GraphElements; prepared_: GraphCanvas.PreparedGraph; drawn_: GraphCanvas.DrawnGraph };
  await page.evaluate(async (data) => {
    const w = window as unknown as Window_;
    w.data_ = data;
    w.prepared_ = w.siteGraph.prepareGraph(document.getElementById('graph')!, data.nodes.length, { base: '/', zoomable: true });
    await new Promise<void>((done) => requestAnimationFrame(() => setTimeout(done, 0)));
  }, graph);
  let firstMs = 0;
  const first = await timed(page, async () => {
    firstMs = await page.evaluate(async () => {
      const w = window as unknown as Window_;
      const start = performance.now();
      w.drawn_ = w.prepared_.draw(w.data_);
      for (let i = 0; i < 2; i++) await new Promise<void>((done) => requestAnimationFrame(() => done()));
      return performance.now() - start;
    });
  });
  let laterMs = 0;
  const later = await timed(page, async () => {
    laterMs = await page.evaluate(async () => {
      const w = window as unknown as Window_;
      const start = performance.now();
      await w.drawn_.addLaterEdges();
      for (let i = 0; i < 2; i++) await new Promise<void>((done) => requestAnimationFrame(() => done()));
      return performance.now() - start;
    });
  });
  return { preset: { wallMs: firstMs, cpuMs: first.cpuMs }, presetAll: { wallMs: firstMs + laterMs, cpuMs: first.cpuMs + later.cpuMs } };
}

/** Destroy the page's drawn graph and draw `graph` again on a new canvas in the same container, as the first time. */
async function drawAgain(page: Page, graph: GraphElements): Promise<Timing> {
  await page.evaluate(() => {
    const container = document.getElementById('graph') as GraphCanvas.GraphCanvasElement;
    container.cy?.destroy();
    container.replaceChildren();
  });
  return (await drawLikeTheSite(page, graph)).preset;
}

/** Hand `elements` to the page, then lay them out live with fcose and draw them until the second frame after. */
async function drawLive(page: Page, elements: ElementsDefinition): Promise<Timing> {
  await page.evaluate((data) => void ((window as unknown as { data_: unknown }).data_ = data), elements);
  let inPageMs = 0;
  const { cpuMs } = await timed(page, async () => {
    inPageMs = await page.evaluate(
      async ({ style, options }) => {
        const w = window as unknown as { cytoscape: any; cytoscapeFcose: unknown; data_: unknown };
        w.cytoscape.use(w.cytoscapeFcose);
        const frame = () => new Promise<void>((done) => requestAnimationFrame(() => done()));
        const start = performance.now();
        const cy = w.cytoscape({ container: document.getElementById('graph'), elements: w.data_, style, ...options, layout: { name: 'null' } });
        await new Promise<void>((done) => cy.layout({ name: 'fcose', animate: false, randomize: true, stop: () => done() }).run());
        await frame();
        await frame();
        return performance.now() - start;
      },
      { style: graphStylesheet(COLOURS, elements.nodes.length), options: rendererOptions(elements.nodes.length) }
    );
  });
  return { wallMs: inPageMs, cpuMs };
}

/** Wheel-zoom and drag-pan the drawn graph; main-thread CPU per step, frames included. */
async function panZoomStep(page: Page): Promise<number> {
  const { width, height } = VIEWPORT;
  const steps = 40;
  await page.mouse.move(width / 2, height / 2);
  const timing = await timed(page, async () => {
    for (let i = 0; i < steps / 2; i++) await page.mouse.wheel(0, i < steps / 4 ? -150 : 150);
    await page.mouse.down();
    for (let i = 1; i <= steps / 2; i++) await page.mouse.move(width / 2 + i * 10, height / 2 + i * 5);
    await page.mouse.up();
    await page.evaluate(() => new Promise<void>((done) => requestAnimationFrame(() => requestAnimationFrame(() => done()))));
  });
  return timing.cpuMs / steps;
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

async function measure(nodes: number, siteScript: string): Promise<Row> {
  const graph = syntheticGraph({ nodes, edgesPerNode: EDGES_PER_NODE, seed: 1 });
  const quality = nodes > DRAFT_ABOVE_NODES ? 'draft' : 'default';
  const cpuBefore = process.cpuUsage();
  const wallBefore = performance.now();
  const laidOut = layoutGraph(graph);
  const cpu = process.cpuUsage(cpuBefore);
  const build = { wallMs: performance.now() - wallBefore, cpuMs: (cpu.user + cpu.system) / 1000 };
  process.stderr.write(`  ${nodes} nodes: build-time layout ${ms(build.wallMs)}; drawing in Chromium…\n`);
  const runs: { preset: Timing; presetAll: Timing; presetWarm: Timing; panZoomStepMs: number }[] = [];
  for (let run = 0; run < RUNS; run++) {
    runs.push(
      (await inBrowser(async (browser) => {
        const page = await graphPage(browser, [{ content: siteScript }]);
        const drawn = await drawLikeTheSite(page, laidOut);
        const panZoomStepMs = await panZoomStep(page);
        return { ...drawn, panZoomStepMs, presetWarm: await drawAgain(page, laidOut) };
      }))!
    );
  }
  const drawn = {
    preset: repeated(runs.map((run) => run.preset)),
    presetAll: repeated(runs.map((run) => run.presetAll)),
    presetWarm: repeated(runs.map((run) => run.presetWarm)),
    panZoomStepMs: median(runs.map((run) => run.panZoomStepMs)),
  };
  process.stderr.write(`  ${nodes} nodes: live force layout (stopped after ${LIVE_CAP_MS / 1000} s)…\n`);
  const live = LIVE_CAP_MS > 0 ? await inBrowser(async (browser) => drawLive(await graphPage(browser, SCRIPTS.map((path) => ({ path }))), withoutPositions(graph)), LIVE_CAP_MS) : undefined;
  return { nodes, edges: graph.edges.length, quality, build, ...drawn, live };
}

const both = (timing: Timing) => `${ms(timing.wallMs)} (${ms(timing.cpuMs)})`;
const spread = (timing: Repeated) => (RUNS > 1 ? `${both(timing)}, ${ms(timing.minWallMs)}–${ms(timing.maxWallMs)}` : both(timing));

function table(rows: Row[]): string {
  const runs = RUNS > 1 ? `, median of ${RUNS} runs (CPU), range` : '';
  const head = ['nodes', 'edges', 'build-time layout, fcose quality', `preset: data → first interactive frame${runs}`, `preset: data → all edges drawn${runs}`, `preset, drawn again in the same page: data → first interactive frame${runs}`, 'live fcose: data → first frame', 'speed-up (CPU, all edges)', 'pan/zoom CPU per step'];
  const lines = rows.map((row) => [
    row.nodes.toLocaleString('en'),
    row.edges.toLocaleString('en'),
    `${both(row.build)}, ${row.quality}`,
    spread(row.preset),
    spread(row.presetAll),
    spread(row.presetWarm),
    row.live ? both(row.live) : `> ${LIVE_CAP_MS / 1000} s (stopped)`,
    row.live ? `${Math.round(row.live.cpuMs / row.presetAll.cpuMs)}×` : `> ${Math.floor(LIVE_CAP_MS / row.presetAll.wallMs)}× (wall)`,
    `${row.panZoomStepMs.toFixed(1)} ms`,
  ]);
  return markdownTable(head, lines);
}

if (!hasChromium) {
  process.stderr.write(`bench:graph needs Chromium at ${CHROMIUM_PATH} (apt-get install -y chromium, or set CHROMIUM_PATH).\n`);
  process.exit(1);
}
process.stderr.write(`Graph benchmark: synthetic graphs of ${SIZES.join(', ')} nodes, ${EDGES_PER_NODE} edges per node, headless Chromium ${VIEWPORT.width}×${VIEWPORT.height}\n`);
const load = () => `load average ${loadavg()[0]!.toFixed(1)} on ${cpus().length} CPUs`;
process.stderr.write(`Before: ${load()} (other work on the machine slows every figure)\n`);
const siteScript = await siteGraphScript();
const rows: Row[] = [];
for (const size of SIZES) rows.push(await measure(size, siteScript));
process.stdout.write(`${table(rows)}\nTimes are wall clock (CPU time of the thread doing the work, robust to a busy machine).\n`);
process.stdout.write(`Machine: ${load()} at the end of the run.\n`);
