/**
 * Worker thread of src/integrations/pagefind.ts: reads each page the main thread posts, prepares it
 * for Pagefind (Chinese segmented, see src/lib/search-text.ts) and hands it to Pagefind's indexing
 * process, in the order the pages were posted; writes the index when told to, then posts what it did.
 * Decoding, preparing and sending the pages took about a tenth of the main thread's time in a
 * 10,000-page build, time the main thread now spends rendering.
 */
import { join } from 'node:path';
import { parentPort } from 'node:worker_threads';
import * as pagefind from 'pagefind';
import { prepareHtmlForIndex } from '../lib/search-text.ts';
import { lowerChildProcessesPriority, lowerThisThreadsPriority } from './priority.ts';

/**
 * Boilerplate inside indexed pages that must not match queries nor fill result excerpts: badges (kind,
 * verdict), screen-reader prefixes, source labels, asides, the labels of fact lists and of the affiliations
 * table, the verification notice (a note on how the entry was checked, whose unverified details the entry
 * itself does not assert), and on the Chinese check (/zh/) the caption of each quote and the label of each
 * evidence list.
 */
export const EXCLUDED_SELECTORS = ['.visually-hidden', '[aria-hidden="true"]', '.kind', '.verdict', '.source-ref', '.relation-evidence', '.entry-aside', '#relations-heading', '#sources-heading', '.facts > dt', '[aria-labelledby="affiliations-heading"] thead', '.translation > .meta', '.native-label-note', '.verification-notice', '.claim-check blockquote > .meta', '.claim-evidence > summary', '.evidence-anchor'];

/** The one language of the index: the search page's, whatever the language of the page indexed. */
const INDEX_LANGUAGE = 'en';

/** What the main thread posts: a rendered page (its HTML as UTF-8 bytes), or the folder to write the index into once every page is in. */
export type IndexerRequest = { kind: 'page'; sourcePath: string; body: ArrayBuffer } | { kind: 'write'; root: string };

/** What the worker posts back once the index is written, or why it could not be. */
export type IndexerReply = { kind: 'written'; pages: number; preparingMs: number; finishingMs: number; writingMs: number } | { kind: 'failed'; message: string };

lowerThisThreadsPriority();
const port = parentPort!;
const decoder = new TextDecoder();
const index = pagefind.createIndex({ excludeSelectors: EXCLUDED_SELECTORS, forceLanguage: INDEX_LANGUAGE }).then((response) => {
  const { index: created } = assertResponse(response);
  if (!created) throw new Error('Pagefind returned no index');
  // Indexing fills the gaps Astro leaves; on Linux it yields the core to page rendering (see priority.ts).
  lowerChildProcessesPriority(/^pagefind/);
  return created;
});
// Awaited by every page and by `write`; marked handled here, so a failure is reported there rather than crashing the thread.
index.catch(() => undefined);
const added: Promise<unknown>[] = [];
let preparingMs = 0;

port.on('message', (request: IndexerRequest) => {
  if (request.kind === 'page') {
    const html = decoder.decode(request.body);
    if (!html.includes('data-pagefind-body')) return;
    const before = Date.now();
    const content = prepareHtmlForIndex(html);
    preparingMs += Date.now() - before;
    const adding = index.then((created) => created.addHTMLFile({ sourcePath: request.sourcePath, content })).then(assertResponse);
    adding.catch(() => undefined);
    added.push(adding);
  } else void write(request.root);
});

/** Wait until every page is indexed, write the index into `root`/pagefind, and report. */
async function write(root: string): Promise<void> {
  const waited = Date.now();
  let reply: IndexerReply;
  try {
    await Promise.all(added);
    const indexed = Date.now();
    assertResponse(await (await index).writeFiles({ outputPath: join(root, 'pagefind') }));
    reply = { kind: 'written', pages: added.length, preparingMs, finishingMs: indexed - waited, writingMs: Date.now() - indexed };
  } catch (error) {
    reply = { kind: 'failed', message: error instanceof Error ? error.message : String(error) };
  }
  await pagefind.close();
  port.postMessage(reply);
}

/** Throw Pagefind's own error messages when a step reports any. */
function assertResponse<T extends { errors: string[] }>(response: T): T {
  if (response.errors.length > 0) throw new Error(response.errors.join('\n'));
  return response;
}
