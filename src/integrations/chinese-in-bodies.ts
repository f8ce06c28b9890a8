/**
 * Astro integration: entry bodies go through markChineseInBodies (src/lib/body-lang.ts), added to the
 * Markdown processor Astro already uses (Sätteri's, which MDX inherits) rather than a second one configured by hand.
 */
import type { AstroIntegration } from 'astro';
import { markChineseInBodies } from '../lib/body-lang.ts';

/** Add the plugin that marks Chinese in entry bodies to the configured Markdown processor's hast plugins. */
export function chineseInBodies(): AstroIntegration {
  return {
    name: 'scaling-atlas:chinese-in-bodies',
    hooks: {
      'astro:config:setup': ({ config }) => {
        const { processor } = config.markdown;
        const plugins = (processor.options as { hastPlugins?: unknown[] }).hastPlugins;
        if (processor.name !== 'satteri' || !Array.isArray(plugins)) throw new Error(`scaling-atlas:chinese-in-bodies: the Markdown processor is "${processor.name}", not Sätteri: add markChineseInBodies (src/lib/body-lang.ts) to its plugins another way.`);
        plugins.push(markChineseInBodies);
      },
    },
  };
}
