/**
 * Astro integration: the local graph files, `/graph/local/<id>.json`, one per entry. A build writes
 * them all in one pass from the built `/graph.json` (as Astro routes, their per-route overhead
 * was a third of a large build); `astro dev` serves them from an injected route instead.
 */
import type { AstroIntegration } from 'astro';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { LOCAL_GRAPH, type GraphElements } from '../lib/graph.ts';
import { localGraphFiles } from '../lib/graph-layout.ts';

/** Write (build) or serve (dev) every entry's local graph. */
export function localGraphsIntegration(): AstroIntegration {
  return {
    name: 'scaling-atlas:local-graphs',
    hooks: {
      'astro:config:setup': ({ command, injectRoute }) => {
        if (command === 'dev') injectRoute({ pattern: '/graph/local/[id].json', entrypoint: new URL('../routes/local-graph.json.ts', import.meta.url), prerender: true });
      },
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const started = Date.now();
        const graph = JSON.parse(await readFile(join(root, 'graph.json'), 'utf8')) as GraphElements;
        const folder = join(root, 'graph', 'local');
        await mkdir(folder, { recursive: true });
        const files = localGraphFiles(graph, LOCAL_GRAPH);
        for (const [id, json] of files) await writeFile(join(folder, `${id}.json`), json);
        logger.info(`wrote ${files.length} local graphs in ${Date.now() - started} ms`);
      },
    },
  };
}
