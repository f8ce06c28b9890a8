/**
 * After-build step: the Pagefind search index, built with its Node API (modelled on Starlight's
 * integration). Only elements inside `data-pagefind-body` (entry pages)
 * are indexed; Chinese text is segmented first, see src/lib/search-text.ts.
 */
import type { AstroIntegrationLogger } from 'astro';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import * as pagefind from 'pagefind';
import { prepareHtmlForIndex } from '../lib/search-text.ts';
import type { AfterBuildStep } from './after-build.ts';

/** Boilerplate inside entry pages that must not match queries: badges, screen-reader prefixes, source labels, asides. */
export const EXCLUDED_SELECTORS = ['.visually-hidden', '[aria-hidden="true"]', '.kind', '.source-ref', '.relation-evidence', '.entry-aside', '#relations-heading', '#sources-heading'];

/** Index every HTML page of the built site into its `pagefind/` folder. */
export function searchIndex(): AfterBuildStep {
  return { name: 'scaling-atlas:pagefind', run: buildIndex };
}

/**
 * Run Pagefind over the built site and log how many pages it indexed. The indexed pages (those
 * with `data-pagefind-body`) are copied, prepared for the index, to a staging folder that Pagefind
 * reads as a directory (handing it one file per call took twice as long). The copying is
 * synchronous: thousands of small reads and writes took twice as long through the async API.
 */
async function buildIndex(root: string, logger: AstroIntegrationLogger): Promise<void> {
  const started = Date.now();
  const staging = stagingFolder();
  try {
    const { index } = assertResponse(await pagefind.createIndex({ excludeSelectors: EXCLUDED_SELECTORS }));
    if (!index) throw new Error('Pagefind returned no index');
    for (const file of readdirSync(root, { recursive: true, encoding: 'utf8' }).filter((name) => name.endsWith('.html'))) {
      const html = readFileSync(join(root, file), 'utf8');
      if (!html.includes('data-pagefind-body')) continue;
      mkdirSync(dirname(join(staging, file)), { recursive: true });
      writeFileSync(join(staging, file), prepareHtmlForIndex(html));
    }
    const staged = Date.now();
    const { page_count: indexed } = assertResponse(await index.addDirectory({ path: staging }));
    assertResponse(await index.writeFiles({ outputPath: join(root, 'pagefind') }));
    logger.info(`Pagefind indexed ${indexed} pages in ${Date.now() - started} ms (${staged - started} ms preparing them)`);
  } catch (cause) {
    throw new Error('Failed to build the Pagefind search index.', { cause });
  } finally {
    await pagefind.close();
    rmSync(staging, { recursive: true, force: true });
  }
}

/** A new temporary folder, in memory where the system offers one (Linux's /dev/shm): copying, indexing and removing thousands of pages there is a quarter faster than on disk. */
function stagingFolder(): string {
  try {
    return mkdtempSync('/dev/shm/atlas-pagefind-');
  } catch {
    return mkdtempSync(join(tmpdir(), 'atlas-pagefind-'));
  }
}

/** Throw Pagefind's own error messages when a step reports any. */
function assertResponse<T extends { errors: string[] }>(response: T): T {
  if (response.errors.length > 0) throw new Error(response.errors.join('\n'));
  return response;
}
