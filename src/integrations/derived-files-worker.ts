/**
 * Worker thread of src/integrations/derived-files.ts: reads `content/` of the project at
 * `workerData.root` the way `npm run check` does, makes every derived file and draws the link-preview
 * cards, and writes them into the output folder the main thread names once Astro has emptied it; then
 * posts how many it wrote.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import { checkContentFolder } from '../lib/content-check.ts';
import { buildKnowledgeBase, type KbEntry } from '../lib/kb.ts';
import { derivedFiles } from '../lib/derived-files.ts';
import { socialCardFiles } from '../lib/social-card-png.ts';
import { lowerThisThreadsPriority } from './priority.ts';

/** What the main thread sends: the output folder, ready to be written into. */
export interface WriteInto {
  outDir: string;
}

/** What the worker sends back once every file is written. */
export interface Written {
  files: number;
}

lowerThisThreadsPriority();
const port = parentPort!;
const outDir = new Promise<string>((resolve) => port.once('message', (message: WriteInto) => resolve(message.outDir)));
const { entries } = checkContentFolder((workerData as { root: string }).root, { locate: 'errors' });
const files = [...derivedFiles(buildKnowledgeBase(entries as KbEntry[])), ...(await socialCardFiles())];
writeFiles(await outDir, files);
port.postMessage({ files: files.length } satisfies Written);

/** Write `files` below `root` with one mkdir per folder; synchronously, as thousands of small writes took twice as long through the async API. */
function writeFiles(root: string, files: readonly [string, string | Uint8Array][]): void {
  const folders = new Set<string>();
  for (const [path, text] of files) {
    const target = join(root, path);
    const folder = dirname(target);
    if (!folders.has(folder)) mkdirSync(folder, { recursive: true });
    folders.add(folder);
    writeFileSync(target, text);
  }
}
