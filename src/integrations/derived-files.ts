/**
 * After-build step: `/graph.json`, every local graph and every work's citation files
 * (src/lib/derived-files.ts). They need only `content/`, so a worker thread makes them on the
 * second core while Astro renders the pages, and writes them into the output folder as soon as
 * Astro has emptied it: the whole-graph layout, thousands of ring layouts, citation.js formatting
 * and tens of thousands of small writes no longer add to the build's time. (As Astro routes, each
 * file also cost 2-3 ms.) `astro dev` serves the same files through injected routes.
 */
import { Worker } from 'node:worker_threads';
import { GRAPH_JSON_PATH, localGraphPath } from '../lib/graph.ts';
import { CITATION_FORMAT_NAMES, citationFilePath } from '../lib/citation-formats.ts';
import type { AfterBuildStep } from './after-build.ts';
import type { WriteInto, Written } from './derived-files-worker.ts';

const route = (pattern: string, file: string) => ({ pattern, entrypoint: new URL(`../routes/${file}`, import.meta.url), prerender: true });

/** Make and write the derived files while the site builds (from the project's `content/`); after the build, wait until they are written. */
export function derivedFilesStep(): AfterBuildStep {
  let making: { worker: Worker; written: Promise<Written> } | undefined;
  return {
    name: 'scaling-atlas:derived-files',
    devRoutes: [
      route(GRAPH_JSON_PATH, 'graph.json.ts'),
      route(localGraphPath('[id]'), 'local-graph.json.ts'),
      ...CITATION_FORMAT_NAMES.map((format) => route(citationFilePath('[id]', format), 'work-citation.ts')),
    ],
    start(projectRoot, outDir) {
      making ??= startWorker(projectRoot, outDir);
    },
    async run(_root, logger) {
      if (!making) throw new Error('derived files: the worker was not started with the build');
      const started = Date.now();
      making.worker.ref();
      const { files } = await making.written;
      logger.info(`${files} derived files written during the build (waited ${Date.now() - started} ms for the last of them)`);
    },
  };
}

/** A worker making the derived files of the project at `projectRoot` and writing them into `outDir` once it resolves; it keeps the process alive only once awaited. */
function startWorker(projectRoot: string, outDir: Promise<string>): { worker: Worker; written: Promise<Written> } {
  const worker = new Worker(new URL('./derived-files-worker.ts', import.meta.url), { workerData: { root: projectRoot } });
  worker.unref();
  void outDir.then((dir) => worker.postMessage({ outDir: dir } satisfies WriteInto));
  const written = new Promise<Written>((resolve, reject) => {
    worker.once('message', resolve);
    worker.once('error', (cause) => reject(new Error('Making the derived files (graph, local graphs, citation files) failed.', { cause })));
    worker.once('exit', (code) => reject(new Error(`The derived-files worker stopped (exit code ${code}) before writing its files.`)));
  });
  // A failure is reported when the step runs, after the build, not as an unhandled rejection during it.
  written.catch(() => undefined);
  return { worker, written };
}
