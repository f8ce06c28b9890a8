/**
 * The kinds of page the built site has, found in dist/ rather than listed by hand, so pages added
 * later (graph, timeline, search, charts, data…) are checked as soon as they are built.
 */
import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { htmlPages } from './dist-files.ts';

/** One kind of page and the page that stands for it. */
export interface PageType {
  /** Name such as `home`, `people`, `people entry`, `graph`, `404`. */
  name: string;
  /** URL path of the sample page, e.g. `/people/dario-amodei/`. */
  path: string;
  /** `entry` for a page below a section, otherwise the page itself. */
  kind: 'home' | 'section' | 'entry' | 'file';
}

/** Folders of dist/ that hold assets, not pages. */
const ASSET_FOLDERS = new Set(['_astro', 'pagefind']);

/**
 * Page types of a list of built pages (URL paths with their HTML size): the home page, each
 * top-level section, the largest page below each section (the richest entry), and every top-level
 * HTML file such as /404.html.
 */
export function classifyPages(pages: readonly { path: string; bytes: number }[]): PageType[] {
  const types: PageType[] = [];
  const sections = new Map<string, { path: string; bytes: number }[]>();
  for (const page of pages) {
    if (page.path === '/') {
      types.push({ name: 'home', path: '/', kind: 'home' });
      continue;
    }
    const [first, ...rest] = page.path.slice(1).split('/');
    if (ASSET_FOLDERS.has(first!)) continue;
    if (rest.length === 0) {
      types.push({ name: first!.replace(/\.html$/, ''), path: page.path, kind: 'file' });
      continue;
    }
    sections.set(first!, [...(sections.get(first!) ?? []), page]);
  }
  for (const [section, members] of [...sections].sort(([a], [b]) => a.localeCompare(b))) {
    const index = members.find((member) => member.path === `/${section}/`);
    if (index) types.push({ name: section, path: index.path, kind: 'section' });
    const below = members.filter((member) => member !== index).sort((a, b) => b.bytes - a.bytes || a.path.localeCompare(b.path));
    if (below[0]) types.push({ name: `${section} entry`, path: below[0].path, kind: 'entry' });
  }
  return types;
}

/** Page types of the built site in `root` (default dist/). */
export function pageTypes(root?: string): PageType[] {
  return classifyPages(htmlPages(root).map((page) => ({ path: page.path, bytes: Buffer.byteLength(page.html) })));
}

/**
 * The page types the source promises, from the route files of src/pages/: a static route
 * (`graph/index.astro`, `404.astro`) must be built; a dynamic one (`people/[id].astro`) must have
 * at least one page built below its folder. Endpoints (`graph.json.ts`) are not pages.
 */
export function expectedPageTypes(pagesDir: string): { name: string; path: string }[] {
  const routes = readdirSync(pagesDir, { recursive: true, withFileTypes: true })
    .filter((item) => item.isFile() && /\.(astro|md|mdx)$/.test(item.name))
    .map((item) => relative(pagesDir, join(item.parentPath, item.name)).split('\\').join('/').replace(/\.(astro|md|mdx)$/, ''));
  return routes.sort().map((route) => {
    const dynamic = route.split('/').findIndex((part) => part.includes('['));
    if (dynamic >= 0) {
      const folder = route.split('/').slice(0, dynamic).join('/');
      return { name: `${folder} entry`, path: `/${folder}/…` };
    }
    if (route === 'index') return { name: 'home', path: '/' };
    if (route.endsWith('/index')) return { name: route.slice(0, -'/index'.length), path: `/${route.slice(0, -'index'.length)}` };
    return { name: route, path: `/${route}.html` };
  });
}
