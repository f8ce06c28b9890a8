/**
 * Astro integration: the work done on the built site (derived files, the search index) runs
 * together once Astro is done. Pagefind indexes in its own process, so the derived files are
 * computed meanwhile instead of after it; on two cores that is the difference between adding
 * the two times and overlapping them.
 */
import type { AstroIntegration, AstroIntegrationLogger, InjectedRoute } from 'astro';
import { fileURLToPath } from 'node:url';

/** One piece of work on the built site. */
export interface AfterBuildStep {
  /** Label of the step's log lines, e.g. `scaling-atlas:pagefind`. */
  name: string;
  /** Routes that serve the step's output in `astro dev`, where nothing is built. */
  devRoutes?: InjectedRoute[];
  /** Do the work on the built site in the folder `root`. */
  run(root: string, logger: AstroIntegrationLogger): Promise<void>;
}

/** Run every step on the built site at the same time (and inject their dev routes in `astro dev`). */
export function afterBuild(steps: readonly AfterBuildStep[]): AstroIntegration {
  return {
    name: 'scaling-atlas:after-build',
    hooks: {
      'astro:config:setup': ({ command, injectRoute }) => {
        if (command === 'dev') for (const route of steps.flatMap((step) => step.devRoutes ?? [])) injectRoute(route);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        await Promise.all(steps.map((step) => step.run(root, logger.fork(step.name))));
      },
    },
  };
}
