/**
 * Astro integration: checks content/ with the same code as `npm run check` before Astro reads it,
 * so a content mistake stops the build with one line per problem and no stack trace; and makes Astro
 * parse every entry again after a schema change (see content-store.ts).
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { checkContentFolder } from '../lib/content-check.ts';
import { formatReport } from '../lib/check-report.ts';
import { dropStaleContentStore } from './content-store.ts';

/** Stop the build when content/ has errors, listing every one of them. */
export function contentIntegrity(): AstroIntegration {
  return {
    name: 'scaling-atlas:content-integrity',
    hooks: {
      'astro:config:setup': ({ config, command, logger }) => {
        if (dropStaleContentStore(fileURLToPath(config.root), fileURLToPath(config.cacheDir))) logger.info('the schemas changed: content is parsed afresh');
        const { entries, issues } = checkContentFolder(fileURLToPath(config.root), { locate: 'errors' });
        const errors = issues.filter((issue) => issue.severity === 'error');
        if (errors.length === 0) {
          logger.info(`content OK: ${entries.length} entries`);
          return;
        }
        const report = formatReport(errors, { colour: false, warnings: 'count' });
        if (command === 'dev') {
          logger.error(`content has ${errors.length} error(s):\n${report}`);
          return;
        }
        process.stderr.write(`\nContent check failed:\n\n${report}\n(npm run check lists the same; build again once it passes.)\n`);
        process.exit(1);
      },
    },
  };
}
