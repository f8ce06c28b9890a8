// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { siteConfig } from './src/site.config.ts';
import { contentIntegrity } from './src/integrations/content-integrity.ts';
import { searchIndex } from './src/integrations/pagefind.ts';
import { derivedFiles } from './src/integrations/derived-files.ts';
import { chineseInBodies } from './src/integrations/chinese-in-bodies.ts';

export default defineConfig({
  site: siteConfig.site,
  base: siteConfig.base,
  trailingSlash: 'always',
  // Three pages in flight: while one page's file is written, the next is rendered (at 10,000 pages
  // one at a time left the main thread idle a quarter of the build). Search indexing keeps its
  // order regardless, see src/integrations/pagefind.ts.
  // Stylesheets are files, never inlined: the component styles every entry page shares (charts,
  // citations, tables) are then fetched once and cached, not repeated in each page's HTML.
  build: { format: 'directory', concurrency: 3, inlineStylesheets: 'never' },
  integrations: [contentIntegrity(), chineseInBodies(), mdx(), sitemap(), derivedFiles(), searchIndex()],
  devToolbar: { enabled: false },
  vite: {
    build: {
      rollupOptions: {
        // Astro's own MDX directive triggers a harmless bundler warning per entry:
        // https://github.com/withastro/astro/issues/18087
        onwarn(warning, warn) {
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && String(warning.message).includes('astro:head-inject')) return;
          warn(warning);
        },
      },
    },
  },
});
