/**
 * `npm run bench:pages`: how soon the built site's heaviest pages can be read and used, in headless
 * Chromium (1200×800, served from dist/ on this machine, no network delay). For each page, over
 * BENCH_RUNS loads (default 5), each in a fresh browser context: the median time from navigation to
 * DOMContentLoaded (the page's text is there) and to its drawing, or a search's results, being ready
 * to use (two frames after it appears); for an entry page's local graph, which is drawn only once
 * scrolled to, from the scroll instead. Needs a build (`npm run build`). Prints a table; nothing is
 * asserted.
 *
 * To compare builds, name their folders: `BENCH_DISTS=/tmp/dist-before,dist` loads each page from
 * each build in turn, run after run, so that both see the same state of the machine (two runs of the
 * benchmark minutes apart can differ by ±15%, more than most changes are worth).
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { hasChromium, launchBrowser, CHROMIUM_PATH } from '../tests/helpers/browser.ts';
import { DIST, serveStatic } from '../tests/helpers/static-server.ts';
import { markdownTable, median, ms } from './lib/figures.ts';

const RUNS = Math.max(1, Number(process.env.BENCH_RUNS ?? 5));
/** The built sites to time, each a folder like dist/. */
const DISTS = process.env.BENCH_DISTS ? process.env.BENCH_DISTS.split(',') : [DIST];
const VIEWPORT = { width: 1200, height: 800 };

/** A page to time, and what shows that its drawing is ready. */
interface TimedPage {
  /** Path on the site. */
  path: string;
  /** What the drawing is. */
  drawing: string;
  /** Present once the drawing can be used. */
  ready: string;
  /** Scroll to this first: the drawing is made only when it comes into view, and its time runs from the scroll. */
  scrollTo?: string;
}

const PAGES: TimedPage[] = [
  { path: '/graph/', drawing: 'graph explorer', ready: '[data-graph-canvas][data-state="ready"]' },
  { path: '/timeline/', drawing: 'timeline', ready: '#tl-canvas .vis-item-content' },
  { path: '/search/?q=Hestness', drawing: 'search results', ready: '#search-results li' },
  { path: '/people/dario-amodei/', drawing: 'local graph, from the scroll to it', ready: '[data-local-graph-canvas][data-state="ready"]', scrollTo: '[data-local-graph]' },
];

/** One load's times, in milliseconds from navigation. */
interface Load {
  text: number;
  drawing: number;
}

/** Load `page` once in a fresh context of `browser` from `origin`. */
async function loadOnce(browser: Browser, origin: string, page: TimedPage): Promise<Load> {
  const context = await browser.newContext({ viewport: VIEWPORT });
  try {
    // The moment the drawing is ready is taken in the page, two frames after the marker appears, so
    // that polling from here adds nothing to it. The watch starts once the HTML is parsed (no page
    // script draws before that), so that it does not slow the parsing it would otherwise see.
    await context.addInitScript((selector) => {
      const watch = new MutationObserver(() => {
        if (!document.querySelector(selector)) return;
        watch.disconnect();
        requestAnimationFrame(() => requestAnimationFrame(() => ((window as unknown as { drawnAt: number }).drawnAt = performance.now())));
      });
      document.addEventListener('DOMContentLoaded', () => watch.observe(document.body, { subtree: true, childList: true, attributeFilter: ['data-state'] }));
    }, page.ready);
    const tab = await context.newPage();
    await tab.goto(`${origin}${page.path}`);
    const scrolledAt = page.scrollTo
      ? await tab.evaluate((selector) => {
          document.querySelector(selector)!.scrollIntoView();
          return performance.now();
        }, page.scrollTo)
      : 0;
    await tab.waitForFunction(() => (window as unknown as { drawnAt?: number }).drawnAt !== undefined, undefined, { timeout: 60_000 });
    return await tab.evaluate(
      (from) => ({ text: (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).domContentLoadedEventEnd, drawing: (window as unknown as { drawnAt: number }).drawnAt - from }),
      scrolledAt
    );
  } finally {
    await context.close();
  }
}

if (!hasChromium) {
  process.stderr.write(`bench:pages needs Chromium at ${CHROMIUM_PATH} (apt-get install -y chromium, or set CHROMIUM_PATH).\n`);
  process.exit(1);
}
for (const dist of DISTS) {
  if (existsSync(join(dist, 'index.html'))) continue;
  process.stderr.write(`bench:pages times a built site, and ${dist} holds none: run npm run build first.\n`);
  process.exit(1);
}
const servers = await Promise.all(DISTS.map((dist) => serveStatic(dist)));
const browser = await launchBrowser();
const rows: string[][] = [];
try {
  for (const page of PAGES) {
    process.stderr.write(`  ${page.path}: ${RUNS} loads${DISTS.length > 1 ? ` of each of ${DISTS.length} builds, in turn` : ''}…\n`);
    const loads: Load[][] = DISTS.map(() => []);
    for (let run = 0; run < RUNS; run++) for (const [i, server] of servers.entries()) loads[i]!.push(await loadOnce(browser, server.url, page));
    loads.forEach((ofBuild, i) => {
      const drawings = ofBuild.map((load) => load.drawing);
      const row = [page.path, ms(median(ofBuild.map((load) => load.text))), page.drawing, `${ms(median(drawings))} (${ms(Math.min(...drawings))}–${ms(Math.max(...drawings))})`];
      rows.push(DISTS.length > 1 ? [DISTS[i]!, ...row] : row);
    });
  }
} finally {
  await browser.close();
  await Promise.all(servers.map((server) => server.close()));
}
const head = [...(DISTS.length > 1 ? ['build'] : []), 'page', `text ready (DOMContentLoaded), median of ${RUNS}`, 'drawing', `drawing ready to use, median (range)`];
process.stdout.write(`${markdownTable(head, rows)}\n`);
