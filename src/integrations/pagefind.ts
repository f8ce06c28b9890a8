/**
 * Astro integration: builds the Pagefind search index with its Node API when the build is done
 * (modelled on Starlight's integration). Only elements inside `data-pagefind-body` (entry pages)
 * are indexed; Chinese text is segmented first, see src/lib/search-text.ts.
 */
import type { AstroIntegration, HookParameters } from 'astro';
import { readdir, readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { prepareHtmlForIndex } from '../lib/search-text.ts';

/** Boilerplate inside entry pages that must not match queries: badges, screen-reader prefixes, source labels, asides. */
export const EXCLUDED_SELECTORS = ['.visually-hidden', '[aria-hidden="true"]', '.kind', '.source-ref', '.relation-evidence', '.entry-aside', '#relations-heading', '#sources-heading'];

/** Index every HTML page of `dir` into `<dir>/pagefind/`. */
export function pagefindIntegration(): AstroIntegration {
  return {
    name: 'scaling-atlas:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        await buildIndex({ dir, logger });
      },
    },
  };
}

/** Run Pagefind over the built site and log how many pages it indexed. */
export async function buildIndex({ dir, logger }: Pick<HookParameters<'astro:build:done'>, 'dir' | 'logger'>): Promise<void> {
  const root = fileURLToPath(dir);
  const started = Date.now();
  try {
    const { index } = assertResponse(await pagefind.createIndex({ excludeSelectors: EXCLUDED_SELECTORS }));
    if (!index) throw new Error('Pagefind returned no index');
    const files = (await readdir(root, { recursive: true })).filter((file) => file.endsWith('.html'));
    let indexed = 0;
    for (const file of files) {
      const content = prepareHtmlForIndex(await readFile(join(root, file), 'utf8'));
      const { file: added } = assertResponse(await index.addHTMLFile({ sourcePath: file.split('\\').join('/'), content }));
      if (added.uniqueWords > 0 && content.includes('data-pagefind-body')) indexed += 1;
    }
    assertResponse(await index.writeFiles({ outputPath: join(root, 'pagefind') }));
    logger.info(`Pagefind indexed ${indexed} pages in ${Date.now() - started} ms`);
  } catch (cause) {
    throw new Error('Failed to build the Pagefind search index.', { cause });
  } finally {
    await pagefind.close();
  }
}

/** Throw Pagefind's own error messages when a step reports any. */
function assertResponse<T extends { errors: string[] }>(response: T): T {
  if (response.errors.length > 0) throw new Error(response.errors.join('\n'));
  return response;
}
