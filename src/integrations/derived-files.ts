/**
 * Astro integrations for many small files derived from one built export (`/graph.json`,
 * `/bibliography.json`): a build writes them all in one pass after Astro is done, because as
 * routes each cost Astro 2-3 ms (a third of a 10,000-entry build); `astro dev` serves the same
 * text through an injected route.
 */
import type { AstroIntegration } from 'astro';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { FILES_IN_FLIGHT, inBatches } from '../lib/batches.ts';

/** What one derived-files integration makes. */
export interface DerivedFiles {
  /** Integration name, for Astro's log. */
  name: string;
  /** Built file the others derive from, relative to the site root, e.g. `graph.json`. */
  source: string;
  /** Every file to write, `[path relative to the site root, text]`, from the parsed source. */
  files: (source: unknown) => [string, string][];
  /** The routes that serve the same files in `astro dev`, each pattern ending in its file extension. */
  devRoutes: { pattern: string; entrypoint: URL }[];
  /** What the files are, for the log line, e.g. `local graphs`. */
  label: string;
}

/** An integration that writes `files(source)` after the build and serves them through `devRoutes` in dev. */
export function derivedFiles({ name, source, files, devRoutes, label }: DerivedFiles): AstroIntegration {
  return {
    name,
    hooks: {
      'astro:config:setup': ({ command, injectRoute }) => {
        if (command === 'dev') for (const route of devRoutes) injectRoute({ ...route, prerender: true });
      },
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const started = Date.now();
        const written = files(JSON.parse(await readFile(join(root, source), 'utf8')));
        const folders = new Set(written.map(([path]) => dirname(join(root, path))));
        for (const folder of folders) await mkdir(folder, { recursive: true });
        await inBatches(written, FILES_IN_FLIGHT, ([path, text]) => writeFile(join(root, path), text));
        logger.info(`wrote ${written.length} ${label} in ${Date.now() - started} ms`);
      },
    },
  };
}
