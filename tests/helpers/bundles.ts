/** The built JavaScript bundles: which contain a library, and what a page loads before any dynamic import. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DIST } from './static-server.ts';
import { attributeValues } from './dist-files.ts';
import { listDist } from './dist-files.ts';

/** A string only Cytoscape's own code contains (the id of the stylesheet it injects). */
export const CYTOSCAPE_MARKER = '__________cytoscape_container';

/** Site paths (e.g. `/_astro/x.js`) of the bundles whose code contains `marker`. */
export function bundlesContaining(marker: string, root = DIST): string[] {
  return listDist(root)
    .filter((file) => file.endsWith('.js'))
    .filter((file) => readFileSync(join(root, file), 'utf8').includes(marker))
    .map((file) => `/${file}`);
}

/** Every bundle a page's HTML loads at once: its module scripts and what they import statically, transitively. */
export function eagerBundles(html: string, root = DIST): string[] {
  const scripts = [...html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"/g)].map((match) => match[1]!);
  const preloads = attributeValues(html, 'href').filter((href) => href.endsWith('.js'));
  const seen = new Set<string>();
  const visit = (path: string) => {
    if (seen.has(path)) return;
    seen.add(path);
    const code = readFileSync(join(root, path), 'utf8');
    // Static imports only: `import x from"./a.js"` and `import"./a.js"`, never `import("./a.js")`.
    for (const match of code.matchAll(/\bimport\s*(?:[\w${},*\s]+?\s*from\s*)?["']([^"']+\.js)["']/g)) visit(new URL(match[1]!, `http://site${path}`).pathname);
  };
  for (const path of [...scripts, ...preloads]) visit(path);
  return [...seen];
}
