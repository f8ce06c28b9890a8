/**
 * Astro integration: the Pagefind search index, built with its Node API (modelled on Starlight's
 * integration) while Astro renders the pages. A prerenderer wrapping Astro's own hands each
 * rendered page to a worker thread (src/integrations/search-index-worker.ts), which hands those marked
 * `data-pagefind-body` (entry pages and the Chinese check, /zh/) to Pagefind, which indexes in its own
 * process; both run on the other core, so that when the last page is built only the index files
 * remain to be written. Astro renders several pages at once (`build.concurrency`); they reach Pagefind
 * in the order Astro started them, which keeps the index byte-identical between builds. Chinese text
 * is segmented first, see src/lib/search-text.ts.
 *
 * Pagefind writes one index per `<html lang>` and the search page, being English, loads only the
 * English one; the whole site is indexed as English (`forceLanguage`), so /zh/ is found from there
 * and its Chinese is read as the Chinese on entry pages is: segmented, then split at the spaces.
 */
import type { AstroIntegration, AstroIntegrationLogger, AstroPrerenderer } from 'astro';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { indexedSourcePath } from '../lib/search-index.ts';
import { inStartOrder, type StartOrderQueue } from '../lib/in-start-order.ts';
import type { IndexerReply, IndexerRequest } from './search-index-worker.ts';

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
        const pages = inStartOrder<RenderedPage | undefined>((page) => page && index.add(indexedSourcePath(page.url, base), page.body));
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

/** A page Astro rendered as HTML, its text as UTF-8 bytes (decoded by the worker, not the main thread). */
interface RenderedPage {
  url: string;
  body: ArrayBuffer;
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
          return html ? { url: request.url, body: await response.clone().arrayBuffer() } : undefined;
        })
      );
      return result;
    },
  };
}

/** A Pagefind index that takes pages as they come and writes its files at the end. */
interface PageIndex {
  /** Index the page at `sourcePath` (relative to the site root) if it has `data-pagefind-body`; its bytes move to the worker. */
  add(sourcePath: string, body: ArrayBuffer): void;
  /** Wait until every page is indexed, write the index into `root`/pagefind and log what it did. */
  write(root: string, logger: AstroIntegrationLogger): Promise<void>;
}

/** Start the indexing worker (which starts Pagefind's indexing service) and hand it each page. */
function pageIndex(): PageIndex {
  const worker = new Worker(new URL('./search-index-worker.ts', import.meta.url));
  // It keeps the process alive only once the index is being written: a build that fails before then exits as it would without it.
  worker.unref();
  const replied = new Promise<IndexerReply>((resolve, reject) => {
    worker.once('message', resolve);
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`the indexing worker stopped (exit code ${code}) before writing the index`)));
  });
  // A failure is reported when the index is written, not as an unhandled rejection during the build.
  replied.catch(() => undefined);
  const post = (request: IndexerRequest, transfer: ArrayBuffer[] = []) => worker.postMessage(request, transfer);
  return {
    add(sourcePath, body) {
      post({ kind: 'page', sourcePath, body }, [body]);
    },
    async write(root, logger) {
      worker.ref();
      post({ kind: 'write', root });
      try {
        const reply = await replied;
        if (reply.kind === 'failed') throw new Error(reply.message);
        logger.info(`Pagefind indexed ${reply.pages} pages as they were built (${reply.preparingMs} ms preparing them in a worker), then took ${reply.finishingMs} ms to finish and ${reply.writingMs} ms to write the index`);
      } catch (cause) {
        throw new Error('Failed to build the Pagefind search index.', { cause });
      } finally {
        await worker.terminate();
      }
    },
  };
}
