// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { siteConfig } from './src/site.config.ts';
import { contentIntegrity } from './src/integrations/content-integrity.ts';
import { pagefindIntegration } from './src/integrations/pagefind.ts';

export default defineConfig({
  site: siteConfig.site,
  base: siteConfig.base,
  trailingSlash: 'always',
  build: { format: 'directory' },
  integrations: [contentIntegrity(), mdx(), pagefindIntegration()],
  devToolbar: { enabled: false },
});
