/**
 * Internal link checking over built pages: every href and src resolves to a file (HTML or not:
 * JSON, CSV, BibTeX…), every #anchor to an id on its page, every id is unique on its page and
 * every id reference (label for, aria-labelledby…) points at an id there.
 */
import { attributeValues } from './dist-files.ts';

/** A built page: URL path and HTML. */
export interface BuiltPage {
  path: string;
  html: string;
}

/** Maps a URL path to a built file, or undefined when nothing is there. */
export type Resolver = (pathname: string) => string | undefined;

/** Attributes whose value is a URL to check. */
const URL_ATTRIBUTES = ['href', 'src'];
/** Attributes whose value is a space-separated list of ids on the same page. */
const ID_REFERENCES = ['for', 'aria-labelledby', 'aria-describedby', 'aria-controls', 'aria-owns', 'aria-details', 'headers', 'list'];

/** True for a URL that leaves the site or is not a location. */
function isExternal(url: string): boolean {
  return /^([a-z][a-z0-9+.-]*:|\/\/)/i.test(url);
}

/** Internal URLs a page points to, resolved against its own path. */
export function internalUrls(page: BuiltPage): { raw: string; url: URL }[] {
  return URL_ATTRIBUTES.flatMap((attribute) => attributeValues(page.html, attribute))
    .filter((raw) => !isExternal(raw))
    .map((raw) => ({ raw, url: new URL(raw, `http://site${page.path}`) }));
}

/** Every broken internal link, anchor and id reference of `pages`, as "page → problem" lines. */
export function findBrokenLinks(pages: readonly BuiltPage[], resolve: Resolver): string[] {
  const idsByFile = new Map<string, string[]>();
  for (const page of pages) {
    const file = resolve(page.path);
    if (file) idsByFile.set(file, attributeValues(page.html, 'id'));
  }
  const broken: string[] = [];
  for (const page of pages) {
    const ids = attributeValues(page.html, 'id');
    const own = new Set(ids);
    for (const id of new Set(ids.filter((id, index) => ids.indexOf(id) !== index))) broken.push(`${page.path}: id "${id}" is used more than once`);
    for (const attribute of ID_REFERENCES) {
      for (const value of attributeValues(page.html, attribute)) {
        for (const id of value.split(/\s+/).filter(Boolean)) if (!own.has(id)) broken.push(`${page.path}: ${attribute}="${value}" names no id "${id}"`);
      }
    }
    for (const { raw, url } of internalUrls(page)) {
      const file = resolve(url.pathname);
      if (!file) {
        broken.push(`${page.path} → ${raw} (no such file)`);
        continue;
      }
      const anchor = decodeURIComponent(url.hash.slice(1));
      const targetIds = idsByFile.get(file);
      if (anchor && targetIds && !targetIds.includes(anchor)) broken.push(`${page.path} → ${raw} (no id "${anchor}")`);
    }
  }
  return broken;
}
