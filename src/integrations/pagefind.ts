/**
 * After-build step: the Pagefind search index, built with its Node API (modelled on Starlight's
 * integration). Only elements inside `data-pagefind-body` (entry pages)
 * are indexed; Chinese text is segmented first, see src/lib/search-text.ts.
 */
import type { AstroIntegrationLogger } from 'astro';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import * as pagefind from 'pagefind';
import { prepareHtmlForIndex } from '../lib/search-text.ts';
import { FILES_IN_FLIGHT, inBatches } from '../lib/batches.ts';
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
 * reads as a directory: in parallel and in a fixed order, where one file at a time took twice as long.
 */
async function buildIndex(root: string, logger: AstroIntegrationLogger): Promise<void> {
  const started = Date.now();
  const staging = await mkdtemp(join(tmpdir(), 'atlas-pagefind-'));
  try {
    const { index } = assertResponse(await pagefind.createIndex({ excludeSelectors: EXCLUDED_SELECTORS }));
    if (!index) throw new Error('Pagefind returned no index');
    const files = (await readdir(root, { recursive: true })).filter((file) => file.endsWith('.html'));
    const stage = async (file: string) => {
      const html = await readFile(join(root, file), 'utf8');
      if (!html.includes('data-pagefind-body')) return;
      await mkdir(dirname(join(staging, file)), { recursive: true });
      await writeFile(join(staging, file), prepareHtmlForIndex(html));
    };
    await inBatches(files, FILES_IN_FLIGHT, stage);
    const { page_count: indexed } = assertResponse(await index.addDirectory({ path: staging }));
    assertResponse(await index.writeFiles({ outputPath: join(root, 'pagefind') }));
    logger.info(`Pagefind indexed ${indexed} pages in ${Date.now() - started} ms`);
  } catch (cause) {
    throw new Error('Failed to build the Pagefind search index.', { cause });
  } finally {
    await pagefind.close();
    await rm(staging, { recursive: true, force: true });
  }
}

/** Throw Pagefind's own error messages when a step reports any. */
function assertResponse<T extends { errors: string[] }>(response: T): T {
  if (response.errors.length > 0) throw new Error(response.errors.join('\n'));
  return response;
}
