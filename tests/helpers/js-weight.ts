/**
 * What JavaScript a built page loads: the scripts its HTML names and, through their imports, every
 * module they pull in at once (first load) or later through dynamic import() (lazy).
 */
import { gzipSync } from 'node:zlib';

/** Reads a built file by URL path; undefined when there is none. */
export type ReadFile = (pathname: string) => Buffer | undefined;

/** Gzip size in bytes (level 9, as hosts serve static files). */
export function gzipBytes(content: Buffer | string): number {
  return gzipSync(content, { level: 9 }).length;
}

/** URL paths of the scripts and module preloads a page's HTML names. */
export function pageScripts(html: string, pagePath: string): string[] {
  const sources = [
    ...[...html.matchAll(/<script\b[^>]*\ssrc="([^"]+)"/gi)].map((m) => m[1]!),
    ...[...html.matchAll(/<link\b[^>]*rel="modulepreload"[^>]*href="([^"]+)"/gi)].map((m) => m[1]!),
  ];
  return sources.filter((src) => !/^([a-z]+:)?\/\//i.test(src)).map((src) => new URL(src, `http://site${pagePath}`).pathname);
}

/** Modules one script imports: `static` ones load with it, `lazy` ones through import() later. */
export function moduleImports(code: string, scriptPath: string): { static: string[]; lazy: string[] } {
  const resolve = (specifier: string) => new URL(specifier, `http://site${scriptPath}`).pathname;
  const relative = (specifier: string) => /^\.{0,2}\//.test(specifier);
  const staticImports = [...code.matchAll(/\b(?:from|import)\s*["']([^"']+)["']/g)].map((m) => m[1]!).filter(relative);
  const dynamicImports = [...code.matchAll(/\bimport\(\s*["']([^"']+)["']\s*\)/g)].map((m) => m[1]!).filter(relative);
  // Vite lists a lazy chunk's own dependencies (site-relative, e.g. "_astro/x.js") in __vite__mapDeps.
  const mapped = /__vite__mapDeps[\s\S]*?\[([^\]]*)\]/.exec(code)?.[1] ?? '';
  const mappedDeps = [...mapped.matchAll(/["']([^"']+\.m?js)["']/g)].map((m) => `/${m[1]!.replace(/^\.?\//, '')}`);
  return { static: staticImports.map(resolve), lazy: [...dynamicImports.map(resolve), ...mappedDeps] };
}

/** The JavaScript of a page: first-load and lazy module paths, and their gzip bytes. */
export interface PageJs {
  firstLoad: string[];
  lazy: string[];
  firstLoadGzip: number;
  lazyGzip: number;
  /** Imports that name no built file. */
  missing: string[];
}

/** Follow a page's scripts through their imports. */
export function pageJs(html: string, pagePath: string, read: ReadFile): PageJs {
  const firstLoad = new Set<string>();
  const lazy = new Set<string>();
  const missing: string[] = [];
  const visit = (path: string, isLazy: boolean) => {
    if (firstLoad.has(path) || (isLazy && lazy.has(path))) return;
    const content = read(path);
    if (!content) {
      missing.push(path);
      return;
    }
    if (isLazy) lazy.add(path);
    else {
      lazy.delete(path);
      firstLoad.add(path);
    }
    const imports = moduleImports(content.toString('utf8'), path);
    for (const next of imports.static) visit(next, isLazy);
    for (const next of imports.lazy) visit(next, true);
  };
  for (const script of pageScripts(html, pagePath)) visit(script, false);
  const total = (paths: Set<string>) => [...paths].reduce((sum, path) => sum + gzipBytes(read(path)!), 0);
  return { firstLoad: [...firstLoad], lazy: [...lazy], firstLoadGzip: total(firstLoad), lazyGzip: total(lazy), missing };
}
