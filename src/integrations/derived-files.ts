/**
 * Many small files derived from one built export (`/graph.json`, `/bibliography.json`), written in
 * one pass after the build: as Astro routes each cost 2-3 ms (a third of a 10,000-entry build).
 * `astro dev` serves the same text through injected routes.
 */
import type { InjectedRoute } from 'astro';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { FILES_IN_FLIGHT, inBatches } from '../lib/batches.ts';
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
      // One mkdir per folder, shared by the writes into it that may run at the same time.
      const folders = new Map<string, Promise<unknown>>();
      const folder = (path: string) => folders.get(path) ?? folders.set(path, mkdir(path, { recursive: true })).get(path)!;
      let count = 0;
      await inBatches(files(JSON.parse(await readFile(join(root, source), 'utf8'))), FILES_IN_FLIGHT, async ([path, text]) => {
        const target = join(root, path);
        await folder(dirname(target));
        await writeFile(target, text);
        count += 1;
      });
      logger.info(`wrote ${count} ${label} in ${Date.now() - started} ms`);
    },
  };
}
