/**
 * Many small files derived from one built export (`/graph.json`, `/bibliography.json`), written in
 * one pass after the build: as Astro routes each cost 2-3 ms (a third of a 10,000-entry build).
 * `astro dev` serves the same text through injected routes.
 */
import type { InjectedRoute } from 'astro';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { FILES_IN_FLIGHT } from '../lib/batches.ts';
import type { AfterBuildStep } from './after-build.ts';

/** What one set of derived files is. */
export interface DerivedFiles {
  /** Label of the log line, e.g. `scaling-atlas:local-graphs`. */
  name: string;
  /** Built file the others derive from, relative to the site root, e.g. `graph.json`. */
  source: string;
  /** Every file to write, `[path relative to the site root, text]`, from the parsed source, made one at a time. */
  files: (source: unknown) => Iterable<[string, string]>;
  /** The routes that serve the same files in `astro dev`, each pattern ending in its file extension. */
  devRoutes: InjectedRoute[];
  /** What the files are, for the log line, e.g. `local graphs`. */
  label: string;
}

/**
 * A step that makes `files(source)` and writes them, a few dozen at a time: waiting on each group's
 * writes lets the search index, built at the same time, get on with its part.
 */
export function derivedFiles({ name, source, files, devRoutes, label }: DerivedFiles): AfterBuildStep {
  return {
    name,
    devRoutes: devRoutes.map((route) => ({ ...route, prerender: true })),
    async run(root, logger) {
      const started = Date.now();
      const folders = new Set<string>();
      let writes: Promise<void>[] = [];
      let count = 0;
      for (const [path, text] of files(JSON.parse(await readFile(join(root, source), 'utf8')))) {
        const target = join(root, path);
        if (!folders.has(dirname(target))) {
          folders.add(dirname(target));
          await mkdir(dirname(target), { recursive: true });
        }
        writes.push(writeFile(target, text));
        count += 1;
        if (writes.length === FILES_IN_FLIGHT) {
          await Promise.all(writes);
          writes = [];
        }
      }
      await Promise.all(writes);
      logger.info(`wrote ${count} ${label} in ${Date.now() - started} ms`);
    },
  };
}
