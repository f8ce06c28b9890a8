/**
 * Astro integration: checks content/ with the same code as `npm run check` before Astro reads it,
 * so a content mistake stops the build with one line per problem and no stack trace.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { checkContentFolder } from '../lib/content-check.ts';
import { formatIssue } from '../lib/integrity.ts';

/** Stop the build when content/ has errors, listing every one of them. */
export function contentIntegrity(): AstroIntegration {
  return {
    name: 'scaling-atlas:content-integrity',
    hooks: {
      'astro:config:setup': ({ config, command, logger }) => {
        const { entries, issues } = checkContentFolder(fileURLToPath(config.root));
        const errors = issues.filter((issue) => issue.severity === 'error');
        if (errors.length === 0) {
          logger.info(`content OK: ${entries.length} entries`);
          return;
        }
        const report = errors.map(formatIssue).join('\n');
        if (command === 'dev') {
          logger.error(`content has ${errors.length} error(s):\n${report}`);
          return;
        }
        process.stderr.write(`\nContent check failed with ${errors.length} error(s):\n${report}\n\nFix them (npm run check lists the same) and build again.\n`);
        process.exit(1);
      },
    },
  };
}
