/**
 * `npm run bench:graph`: how the build-time layout pays off. For synthetic graphs of 1,000 and
 * 10,000 nodes (about three edges per node) it times the build-time layout in Node, then in headless
 * Chromium the time from data loaded to the first drawn frame with stored (`preset`) positions
 * against a live fcose force layout of the same graph, and the frame times while panning and
 * zooming the preset graph. Prints a table of wall-clock and CPU times (figures vary with the
 * machine; nothing is asserted).
 *
 * Options: BENCH_SIZES=1000,10000  BENCH_LIVE_CAP_S=60 (a live layout still running then is stopped; 0 skips it).
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

/** A duration as the wall clock saw it and as CPU time of the thread doing the work (robust to a busy machine). */
interface Timing {
  wallMs: number;
  cpuMs: number;
}

/** One row of the table. */
interface Row {
  nodes: number;
  edges: number;
  quality: string;
  build: Timing;
  preset: Timing;
  /** Undefined when the live layout was stopped at the cap. */
  live: Timing | undefined;
  /** Main-thread CPU per wheel-zoom or drag-pan step of the preset graph. */
  panZoomStepMs: number;
}

/** A blank page holding a graph container and the Cytoscape scripts. */
async function graphPage(browser: Browser): Promise<Page> {
  const page = await browser.newPage({ viewport: VIEWPORT });
  await page.setContent(`<!doctype html><html><body style="margin:0"><div id="graph" style="width:${VIEWPORT.width}px;height:${VIEWPORT.height}px"></div></body></html>`);
  for (const path of SCRIPTS) await page.addScriptTag({ path });
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

/** Hand `elements` to the page, then draw them (laid out live with fcose when `live`) until the second frame after. */
async function drawToFirstFrame(page: Page, elements: ElementsDefinition, live: boolean): Promise<Timing> {
  await page.evaluate((data) => void ((window as unknown as { data_: unknown }).data_ = data), elements);
  let inPageMs = 0;
  const { cpuMs } = await timed(page, async () => {
    inPageMs = await page.evaluate(
      async ({ style, options, live }) => {
        const w = window as unknown as { cytoscape: any; cytoscapeFcose: unknown; data_: unknown };
        if (live) w.cytoscape.use(w.cytoscapeFcose);
        const frame = () => new Promise<void>((done) => requestAnimationFrame(() => done()));
        const start = performance.now();
        const cy = w.cytoscape({ container: document.getElementById('graph'), elements: w.data_, style, ...options, layout: { name: live ? 'null' : 'preset' } });
        if (live) await new Promise<void>((done) => cy.layout({ name: 'fcose', animate: false, randomize: true, stop: () => done() }).run());
        await frame();
        await frame();
        return performance.now() - start;
      },
      { style: graphStylesheet(COLOURS, elements.nodes.length), options: rendererOptions(elements.nodes.length), live }
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

async function measure(nodes: number): Promise<Row> {
  const graph = syntheticGraph({ nodes, edgesPerNode: EDGES_PER_NODE, seed: 1 });
  const quality = nodes > DRAFT_ABOVE_NODES ? 'draft' : 'default';
  const cpuBefore = process.cpuUsage();
  const wallBefore = performance.now();
  const laidOut = layoutGraph(graph);
  const cpu = process.cpuUsage(cpuBefore);
  const build = { wallMs: performance.now() - wallBefore, cpuMs: (cpu.user + cpu.system) / 1000 };
  process.stderr.write(`  ${nodes} nodes: build-time layout ${ms(build.wallMs)}; drawing in Chromium…\n`);
  const drawn = await inBrowser(async (browser) => {
    const page = await graphPage(browser);
    const preset = await drawToFirstFrame(page, laidOut as ElementsDefinition, false);
    return { preset, panZoomStepMs: await panZoomStep(page) };
  });
  process.stderr.write(`  ${nodes} nodes: live force layout (stopped after ${LIVE_CAP_MS / 1000} s)…\n`);
  const live = LIVE_CAP_MS > 0 ? await inBrowser(async (browser) => drawToFirstFrame(await graphPage(browser), withoutPositions(graph), true), LIVE_CAP_MS) : undefined;
  return { nodes, edges: graph.edges.length, quality, build, preset: drawn!.preset, live, panZoomStepMs: drawn!.panZoomStepMs };
}

const ms = (value: number) => (value >= 1000 ? `${(value / 1000).toFixed(2)} s` : `${Math.round(value)} ms`);
const both = (timing: Timing) => `${ms(timing.wallMs)} (${ms(timing.cpuMs)})`;

function table(rows: Row[]): string {
  const head = ['nodes', 'edges', 'build-time layout, fcose quality', 'preset: data → first frame', 'live fcose: data → first frame', 'speed-up (CPU)', 'pan/zoom CPU per step'];
  const lines = rows.map((row) => [
    row.nodes.toLocaleString('en'),
    row.edges.toLocaleString('en'),
    `${both(row.build)}, ${row.quality}`,
    both(row.preset),
    row.live ? both(row.live) : `> ${LIVE_CAP_MS / 1000} s (stopped)`,
    row.live ? `${Math.round(row.live.cpuMs / row.preset.cpuMs)}×` : `> ${Math.floor(LIVE_CAP_MS / row.preset.wallMs)}× (wall)`,
    `${row.panZoomStepMs.toFixed(1)} ms`,
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
process.stdout.write(`${table(rows)}\nTimes are wall clock (CPU time of the thread doing the work, robust to a busy machine).\n`);
process.stdout.write(`Machine: ${load()} at the end of the run.\n`);
