/**
 * Astro integration: the Pagefind search index, built with its Node API (modelled on Starlight's
 * integration) while Astro renders the pages. A prerenderer wrapping Astro's own hands each
 * rendered page marked `data-pagefind-body` (entry pages and the Chinese check, /zh/) to Pagefind,
 * which indexes in its own process, on the other core, so that when the last page is built only the
 * index files remain to be written. Astro renders several pages at once (`build.concurrency`); they reach Pagefind in the
 * order Astro started them, which keeps the index byte-identical between builds. Chinese text is
 * segmented first, see src/lib/search-text.ts.
 *
 * Pagefind writes one index per `<html lang>` and the search page, being English, loads only the
 * English one; the whole site is indexed as English (`forceLanguage`), so /zh/ is found from there
 * and its Chinese is read as the Chinese on entry pages is: segmented, then split at the spaces.
 */
import type { AstroIntegration, AstroIntegrationLogger, AstroPrerenderer } from 'astro';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { prepareHtmlForIndex } from '../lib/search-text.ts';
import { indexedSourcePath } from '../lib/search-index.ts';
import { inStartOrder, type StartOrderQueue } from '../lib/in-start-order.ts';
import { lowerChildProcessesPriority } from './priority.ts';

/**
 * Boilerplate inside indexed pages that must not match queries nor fill result excerpts: badges (kind,
 * verdict), screen-reader prefixes, source labels, asides, the labels of fact lists and of the affiliations
 * table, the verification notice (a note on how the entry was checked, whose unverified details the entry
 * itself does not assert), and on the Chinese check (/zh/) the caption of each quote and the label of each
 * evidence list.
 */
export const EXCLUDED_SELECTORS = ['.visually-hidden', '[aria-hidden="true"]', '.kind', '.verdict', '.source-ref', '.relation-evidence', '.entry-aside', '#relations-heading', '#sources-heading', '.facts > dt', '[aria-labelledby="affiliations-heading"] thead', '.translation > .meta', '.native-label-note', '.verification-notice', '.claim-check blockquote > .meta', '.claim-evidence > summary'];

/** The one language of the index: the search page's, whatever the language of the page indexed. */
const INDEX_LANGUAGE = 'en';

/** Index every page marked for search (entry pages, /zh/) into the built site's `pagefind/` folder. */
export function searchIndex(): AstroIntegration {
  let base = '/';
  let indexing: { index: PageIndex; pages: StartOrderQueue<RenderedPage | undefined> } | undefined;
  return {
    name: 'scaling-atlas:pagefind',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
        // Pages an incremental build restores from its cache are never rendered, so never indexed.
        if (config.experimental.incrementalBuild) throw new Error('The search index needs every page rendered in every build: turn off experimental.incrementalBuild in astro.config.mjs.');
      },
      'astro:build:start': ({ setPrerenderer }) => {
        const index = pageIndex();
        const pages = inStartOrder<RenderedPage | undefined>((page) => page && index.add(indexedSourcePath(page.url, base), page.html));
        indexing = { index, pages };
        setPrerenderer((astros) => indexingPrerenderer(astros, (page) => pages.queue(page)));
      },
      'astro:build:done': async ({ dir, logger }) => {
        if (!indexing) throw new Error('Pagefind: the index was not started with the build');
        await indexing.pages.settled();
        await indexing.index.write(fileURLToPath(dir), logger);
      },
    },
  };
}

/** A page Astro rendered as HTML. */
interface RenderedPage {
  url: string;
  html: string;
}

/** Astro's prerenderer, also handing each page it renders, as it starts rendering it, to `started` (undefined when not HTML). */
function indexingPrerenderer(astros: AstroPrerenderer, started: (page: Promise<RenderedPage | undefined>) => void): AstroPrerenderer {
  return {
    ...astros,
    name: 'scaling-atlas:indexing-prerenderer',
    render(request, options) {
      const result = astros.render(request, options);
      started(
        result.then(async (rendered) => {
          const response = rendered instanceof Response ? rendered : rendered.response;
          const html = response.ok && response.headers.get('content-type')?.startsWith('text/html');
          return html ? { url: request.url, html: await response.clone().text() } : undefined;
        })
      );
      return result;
    },
  };
}

/** A Pagefind index that takes pages as they come and writes its files at the end. */
interface PageIndex {
  /** Index the page at `sourcePath` (relative to the site root) if it has `data-pagefind-body`. */
  add(sourcePath: string, html: string): void;
  /** Wait until every page is indexed, write the index into `root`/pagefind and log what it did. */
  write(root: string, logger: AstroIntegrationLogger): Promise<void>;
}

/** Start Pagefind's indexing service and keep every page's result for `write`. */
function pageIndex(): PageIndex {
  let preparing = 0;
  const index = pagefind.createIndex({ excludeSelectors: EXCLUDED_SELECTORS, forceLanguage: INDEX_LANGUAGE }).then((response) => {
    const { index: created } = assertResponse(response);
    if (!created) throw new Error('Pagefind returned no index');
    // Indexing fills the gaps Astro leaves; on Linux it yields the core to page rendering (see priority.ts).
    lowerChildProcessesPriority(/^pagefind/);
    return created;
  });
  const added: Promise<unknown>[] = [];
  return {
    add(sourcePath, html) {
      if (!html.includes('data-pagefind-body')) return;
      const before = Date.now();
      const content = prepareHtmlForIndex(html);
      preparing += Date.now() - before;
      added.push(index.then((created) => created.addHTMLFile({ sourcePath, content })).then(assertResponse));
    },
    async write(root, logger) {
      const waited = Date.now();
      try {
        await Promise.all(added);
        const indexed = Date.now();
        assertResponse(await (await index).writeFiles({ outputPath: join(root, 'pagefind') }));
        logger.info(`Pagefind indexed ${added.length} pages as they were built (${preparing} ms preparing them), then took ${indexed - waited} ms to finish and ${Date.now() - indexed} ms to write the index`);
      } catch (cause) {
        throw new Error('Failed to build the Pagefind search index.', { cause });
      } finally {
        await pagefind.close();
      }
    },
  };
}

/** Throw Pagefind's own error messages when a step reports any. */
function assertResponse<T extends { errors: string[] }>(response: T): T {
  if (response.errors.length > 0) throw new Error(response.errors.join('\n'));
  return response;
}
