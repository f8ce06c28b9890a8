/** Read the built site: its HTML pages, their links and their ids. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { DIST } from './static-server.ts';

/** Every file below a folder, as paths relative to it. */
export function listDist(root = DIST): string[] {
  return readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((item) => item.isFile())
    .map((item) => relative(root, join(item.parentPath, item.name)).split('\\').join('/'))
    .sort();
}

/** Every HTML page of the built site: URL path and text. */
export function htmlPages(root = DIST): { path: string; html: string }[] {
  return listDist(root)
    .filter((file) => file.endsWith('.html'))
    .map((file) => ({ path: `/${file.replace(/index\.html$/, '')}`, html: readFileSync(join(root, file), 'utf8') }));
}

/** Values of one attribute on every element of an HTML text (entities decoded for &amp;). */
export function attributeValues(html: string, attribute: string): string[] {
  const pattern = new RegExp(`\\s${attribute}="([^"]*)"`, 'g');
  return [...html.matchAll(pattern)].map((match) => match[1]!.replace(/&amp;/g, '&'));
}

/** True when dist/ holds a built site; throws the instruction to build when it does not. */
export function builtSite(root = DIST): true {
  if (!existsSync(join(root, 'index.html'))) throw new Error(`${root} has no built site: run "npm run build" first (npm test does it for you).`);
  return true;
}
