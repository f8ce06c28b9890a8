import { describe, expect, test } from 'vitest';
import { findBrokenLinks, internalUrls, type Resolver } from './link-check.ts';

const files = new Set(['/index.html', '/people/a/index.html', '/data/atlas.json', '/data/kaplan.csv', '/cite/atlas.bib', '/404.html']);
/** Directory paths serve index.html, as the static server and hosts do. */
const resolve: Resolver = (pathname) => [pathname, `${pathname}index.html`].find((candidate) => files.has(candidate));

describe('findBrokenLinks', () => {
  test('accepts links to pages, data files and existing anchors', () => {
    const pages = [
      { path: '/', html: '<a href="/people/a/#bio">A</a><a href="/data/atlas.json">json</a><a href="data/kaplan.csv">csv</a><a href="/cite/atlas.bib">bib</a><img src="/data/atlas.json"><a href="https://example.org/x">out</a><a href="mailto:x@y.z">mail</a>' },
      { path: '/people/a/', html: '<h2 id="bio">Bio</h2><label for="q">Q</label><input id="q"><a href="#bio">up</a><a href="../../404.html">404</a>' },
      { path: '/404.html', html: '<p>not found</p>' },
    ];
    expect(findBrokenLinks(pages, resolve)).toEqual([]);
  });

  test('reports missing JSON, CSV and BibTeX files, missing pages and src', () => {
    const pages = [{ path: '/', html: '<a href="/data/missing.json">a</a><a href="/data/missing.csv">b</a><a href="/cite/missing.bib">c</a><a href="/people/b/">d</a><script type="module" src="/_astro/gone.js"></script>' }];
    expect(findBrokenLinks(pages, resolve)).toEqual([
      '/ → /data/missing.json (no such file)',
      '/ → /data/missing.csv (no such file)',
      '/ → /cite/missing.bib (no such file)',
      '/ → /people/b/ (no such file)',
      '/ → /_astro/gone.js (no such file)',
    ]);
  });

  test('reports anchors with no id on the target page, on the same page too', () => {
    const pages = [
      { path: '/', html: '<a href="/people/a/#nope">x</a><a href="#top">top</a>' },
      { path: '/people/a/', html: '<h2 id="bio">Bio</h2>' },
    ];
    expect(findBrokenLinks(pages, resolve)).toEqual(['/ → /people/a/#nope (no id "nope")', '/ → #top (no id "top")']);
  });

  test('reports duplicate ids and id references that name no id', () => {
    const pages = [{ path: '/', html: '<h2 id="a">1</h2><h2 id="a">2</h2><label for="q">Q</label><div aria-labelledby="a b"></div>' }];
    expect(findBrokenLinks(pages, resolve)).toEqual([
      '/: id "a" is used more than once',
      '/: for="q" names no id "q"',
      '/: aria-labelledby="a b" names no id "b"',
    ]);
  });
});

describe('internalUrls', () => {
  test('resolves relative links against the page and leaves out other sites and schemes', () => {
    const urls = internalUrls({ path: '/people/a/', html: '<a href="../b/">b</a><a href="//cdn.example/x.js">cdn</a><a href="data:,x">d</a>' });
    expect(urls.map((u) => u.url.pathname)).toEqual(['/people/b/']);
  });
});
