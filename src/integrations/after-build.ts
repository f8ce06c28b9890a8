/**
 * Astro integration: work around the build. A step may start when the build starts, from the
 * sources alone (the derived files, in a worker thread); every step finishes once Astro is done
 * (the search index needs the built pages). Steps run at the same time.
 */
import type { AstroIntegration, AstroIntegrationLogger, InjectedRoute } from 'astro';
import { fileURLToPath } from 'node:url';

/** One piece of work on the built site. */
export interface AfterBuildStep {
  /** Label of the step's log lines, e.g. `scaling-atlas:pagefind`. */
  name: string;
  /** Routes that serve the step's output in `astro dev`, where nothing is built. */
  devRoutes?: InjectedRoute[];
  /**
   * Begin, when a build starts, work that needs only the project's sources (in the folder
   * `projectRoot`); `outDir` resolves to the output folder once Astro has emptied it, from when
   * files may be written into it.
   */
  start?(projectRoot: string, outDir: Promise<string>): void;
  /** Do the work on the built site in the folder `root`. */
  run(root: string, logger: AstroIntegrationLogger): Promise<void>;
}

/** Run every step on the built site at the same time (and inject their dev routes in `astro dev`). */
export function afterBuild(steps: readonly AfterBuildStep[]): AstroIntegration {
  const outDirEmptied = Promise.withResolvers<string>();
  let outDir = '';
  return {
    name: 'scaling-atlas:after-build',
    hooks: {
      'astro:config:setup': ({ command, config, injectRoute }) => {
        if (command === 'dev') for (const route of steps.flatMap((step) => step.devRoutes ?? [])) injectRoute(route);
        if (command === 'build') for (const step of steps) step.start?.(fileURLToPath(config.root), outDirEmptied.promise);
      },
      'astro:config:done': ({ config }) => {
        outDir = fileURLToPath(config.outDir);
      },
      // Astro empties the output folder just before it calls this hook (once per build environment).
      'astro:build:setup': () => {
        outDirEmptied.resolve(outDir);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        await Promise.all(steps.map((step) => step.run(root, logger.fork(step.name))));
      },
    },
  };
}
