/**
 * Astro integration: `/graph.json`, every local graph and every work's citation files
 * (src/lib/derived-files.ts), and the link-preview cards (src/lib/social-card-png.ts). They need only
 * `content/` or nothing at all, so a worker thread makes them on the second core while Astro renders
 * the pages, and writes them into the output folder as soon as Astro has emptied it: the whole-graph
 * layout, thousands of ring layouts, citation.js formatting, drawing the cards and tens of thousands
 * of small writes no longer add to the build's time. (As Astro routes, each file also cost 2-3 ms,
 * and the cards about half a second.) `astro dev` serves the same files through injected routes.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { GRAPH_JSON_PATH, localGraphPath } from '../lib/graph.ts';
import { CITATION_FORMAT_NAMES, citationRoutePattern } from '../lib/citation-formats.ts';
import { socialCardPath } from '../lib/social-card.ts';
import type { WriteInto, Written } from './derived-files-worker.ts';

const DEV_ROUTES = [
  { pattern: GRAPH_JSON_PATH, file: 'graph.json.ts' },
  { pattern: localGraphPath('[id]'), file: 'local-graph.json.ts' },
  ...CITATION_FORMAT_NAMES.map((format) => ({ pattern: citationRoutePattern(format), file: 'work-citation.ts' })),
  { pattern: socialCardPath('[card]'), file: 'social-card.png.ts' },
];

/** Make and write the derived files while the site builds (serve them in `astro dev`). */
export function derivedFiles(): AstroIntegration {
  let making: ReturnType<typeof startWorker> | undefined;
  let outDir = '';
  let outDirSent = false;
  return {
    name: 'scaling-atlas:derived-files',
    hooks: {
      'astro:config:setup': ({ command, config, injectRoute }) => {
        if (command === 'dev') for (const { pattern, file } of DEV_ROUTES) injectRoute({ pattern, entrypoint: new URL(`../routes/${file}`, import.meta.url), prerender: true });
        if (command === 'build') making ??= startWorker(fileURLToPath(config.root));
      },
      'astro:config:done': ({ config }) => {
        outDir = fileURLToPath(config.outDir);
      },
      // Astro empties the output folder just before it first calls this hook (once per build environment).
      'astro:build:setup': () => {
        if (!making || outDirSent) return;
        making.worker.postMessage({ outDir } satisfies WriteInto);
        outDirSent = true;
      },
      'astro:build:done': async ({ logger }) => {
        if (!making) throw new Error('derived files: the worker was not started with the build');
        const started = Date.now();
        making.worker.ref();
        const { files } = await making.written;
        logger.info(`${files} derived files and cards written during the build (waited ${Date.now() - started} ms for the last of them)`);
      },
    },
  };
}

/** A worker making the derived files of the project at `projectRoot`; it keeps the process alive only once awaited. */
function startWorker(projectRoot: string): { worker: Worker; written: Promise<Written> } {
  const worker = new Worker(new URL('./derived-files-worker.ts', import.meta.url), { workerData: { root: projectRoot } });
  worker.unref();
  const written = new Promise<Written>((resolve, reject) => {
    worker.once('message', resolve);
    worker.once('error', (cause) => reject(new Error('Making the derived files (graph, local graphs, citation files, link-preview cards) failed.', { cause })));
    worker.once('exit', (code) => reject(new Error(`The derived-files worker stopped (exit code ${code}) before writing its files.`)));
  });
  // A failure is reported when the build is done, not as an unhandled rejection during it.
  written.catch(() => undefined);
  return { worker, written };
}
